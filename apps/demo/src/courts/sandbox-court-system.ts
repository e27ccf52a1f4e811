/**
 * The local sandbox court (apps/sandbox-court) as more entries of the court registry, added through
 * `extend`: one per login flow the court serves (classic eproc form, eproc behind Keycloak, PJe with the
 * national SSO, e-SAJ), so the demo finds them like any real court (search "sandbox" in the wizard or in
 * "Tribunais"). Their address comes from `VITE_SANDBOX_COURT_URL` at build time (any page of the court,
 * e.g. its classic login URL), else the sandbox's default port.
 *
 * @example
 * demoRegistry.get('sandbox-eproc')?.loginUrl                 // 'http://127.0.0.1:5180/eproc/'
 * demoRegistry.get('sandbox-eproc-keycloak')?.loginUrl        // 'http://127.0.0.1:5180/eproc-keycloak/'
 * demoRegistry.search('sandbox').map((system) => system.id)   // the four sandbox systems
 */
import { courtRegistry } from '@a2f/core'
import {
  SANDBOX_KEYCLOAK_SYSTEM_ID,
  SANDBOX_SYSTEM_ID,
  sandboxCourtSystems as sandboxEntries,
  type SandboxCourtSystem,
} from '@a2f/sandbox-court/court-system'

export {
  SANDBOX_ESAJ_SYSTEM_ID,
  SANDBOX_KEYCLOAK_SYSTEM_ID,
  SANDBOX_PJE_SYSTEM_ID,
  SANDBOX_SYSTEM_ID,
} from '@a2f/sandbox-court/court-system'

const courtUrl: string | undefined = import.meta.env.VITE_SANDBOX_COURT_URL

/**
 * The two eproc doors of the sandbox are one court, one system and one degree: the picker's lines
 * ("SANDBOX Tribunal Sandbox (local) · eproc · 1º grau") would be identical, and a lawyer could not tell
 * which one they are enrolling at. The demo names the door in the court's name (in the parentheses, so
 * a list of names, "… serve A e B", still reads as two); PJe and e-SAJ already differ by system.
 */
const NAMES: Readonly<Record<string, string>> = {
  [SANDBOX_SYSTEM_ID]: 'Tribunal Sandbox (local, formulário clássico)',
  [SANDBOX_KEYCLOAK_SYSTEM_ID]: 'Tribunal Sandbox (local, login pelo Keycloak)',
}

const named = (system: SandboxCourtSystem): SandboxCourtSystem => {
  const name = NAMES[system.id]
  return name === undefined ? system : { ...system, court: { ...system.court, name } }
}

/** Every flow of the sandbox court, as the court package describes them, at the address this build uses. */
export const sandboxCourtSystems = sandboxEntries(courtUrl).map(named)

const sandboxIds: ReadonlySet<string> = new Set(sandboxCourtSystems.map((system) => system.id))

/** Whether a system (a credential's `systemId`) is one of the sandbox court's. */
export const isSandboxSystem = (systemId: string | undefined): boolean =>
  systemId !== undefined && sandboxIds.has(systemId)

/** The classic eproc form's entry (its login page is where the demo's README starts). */
export const sandboxCourtSystem: SandboxCourtSystem = (() => {
  const classic = sandboxCourtSystems.find((system) => system.id === SANDBOX_SYSTEM_ID)
  if (!classic) throw new Error(`The sandbox court package has no ${SANDBOX_SYSTEM_ID} entry.`)
  return classic
})()

/** The built-in registry plus every sandbox flow: what every widget of the demo uses. */
export const demoRegistry = courtRegistry.extend(sandboxCourtSystems)

/** The sandbox court's clock endpoint (`GET /api/hora`, CORS, its `Date` header is the court's time). */
export const sandboxClockUrl = new URL('/api/hora', sandboxCourtSystem.loginUrl).href
