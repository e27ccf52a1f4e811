/**
 * The court systems the robot logs into by id: @a2f/core's registry plus every flow of the local
 * sandbox court (`sandbox-eproc`, `sandbox-eproc-keycloak`, `sandbox-pje`, `sandbox-esaj`, as the demo
 * registers them). `robotRegistryFor(origin)` places the sandbox at another address (`--url`), so a court
 * started on another port needs nothing else.
 *
 * ```ts
 * robotRegistry.get('sandbox-eproc')?.loginUrl                                   // 'http://127.0.0.1:5180/eproc/'
 * robotRegistryFor('http://127.0.0.1:5199').get('sandbox-pje')?.login?.url       // 'http://127.0.0.1:5199/pje/…'
 * ```
 */
import { courtRegistry, type CourtRegistry } from '@a2f/core'
import { sandboxCourtSystem, sandboxCourtSystems } from '@a2f/sandbox-court/court-system'

/** The classic sandbox eproc's entry, as the court package describes itself (port 5180). */
export const SANDBOX_COURT_SYSTEM = sandboxCourtSystem()

/** The ids of the sandbox court's systems: their address follows `--url`. */
export const SANDBOX_SYSTEM_IDS: readonly string[] = sandboxCourtSystems().map((system) => system.id)

/** The registry with the sandbox court at `origin` (any of its pages; default its port 5180). */
export function robotRegistryFor(origin?: string): CourtRegistry {
  return courtRegistry.extend(sandboxCourtSystems(origin))
}

export const robotRegistry = robotRegistryFor()
