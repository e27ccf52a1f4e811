/**
 * The sandbox court as entries of a2f's court registry, one per login flow, for the apps that talk to
 * it (the demo adds them with `courtRegistry.extend`, the robot finds each login by them). Plain data,
 * in the shape of @a2f/core's `CourtSystem` with its `login` description, with no import from @a2f/*:
 * the court stays an independent implementation. Its own entry point (`@a2f/sandbox-court/court-system`)
 * holds no Node API, so browsers can import it.
 *
 * | id                       | flow         | starts at                         | authenticator group |
 * | ------------------------ | ------------ | --------------------------------- | ------------------- |
 * | `sandbox-eproc`          | 'eproc-form' | `/eproc/`                         | 'sandbox'           |
 * | `sandbox-eproc-keycloak` | 'keycloak'   | `/eproc-keycloak/`                | 'sandbox' (shared)  |
 * | `sandbox-pje`            | 'pje-sso'    | `/pje/primeirograu/login.seam`    | 'sandbox-pje'       |
 * | `sandbox-esaj`           | 'esaj'       | `/sajcas/login`                   | 'sandbox-esaj'      |
 *
 * @example
 * courtRegistry.extend([sandboxCourtSystem()]).get('sandbox-eproc')?.loginUrl // 'http://127.0.0.1:5180/eproc/'
 * sandboxCourtSystem('http://127.0.0.1:5199/eproc/')    // a court started on another port
 * courtRegistry.extend(sandboxCourtSystems(court.url))  // every flow of a court started on port 0
 */
import { sandboxCourtSystem } from './court-systems/classic-eproc.js'
import { DEFAULT_ORIGIN, sandboxOrigin } from './court-systems/common.js'
import { sandboxEsajSystem } from './court-systems/esaj.js'
import { sandboxKeycloakSystem } from './court-systems/keycloak-eproc.js'
import { sandboxPjeSystem } from './court-systems/pje-sso.js'
import type { SandboxCourtSystem } from './court-systems/shape.js'

export {
  DEFAULT_LOGIN_URL,
  SANDBOX_EPROC_GROUP,
  SANDBOX_SYSTEM_ID,
  sandboxCourtSystem,
} from './court-systems/classic-eproc.js'
export { DEFAULT_ORIGIN } from './court-systems/common.js'
export { SANDBOX_ESAJ_SYSTEM_ID, sandboxEsajSystem } from './court-systems/esaj.js'
export { SANDBOX_KEYCLOAK_SYSTEM_ID, sandboxKeycloakSystem } from './court-systems/keycloak-eproc.js'
export { SANDBOX_PJE_SYSTEM_ID, sandboxPjeSystem } from './court-systems/pje-sso.js'
export type { SandboxCourtSystem, SandboxLogin, SandboxLoginExtra } from './court-systems/shape.js'

/**
 * Every flow of the court at `base` (its origin, or any of its pages such as the classic login URL):
 * classic eproc, eproc behind Keycloak, PJe with the SSO hop, e-SAJ.
 */
export function sandboxCourtSystems(base: string = DEFAULT_ORIGIN): SandboxCourtSystem[] {
  const origin = sandboxOrigin(base)
  return [
    sandboxCourtSystem(`${origin}/eproc/`),
    sandboxKeycloakSystem(origin),
    sandboxPjeSystem(origin),
    sandboxEsajSystem(origin),
  ]
}
