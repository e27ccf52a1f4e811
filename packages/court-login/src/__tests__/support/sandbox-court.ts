/**
 * The real sandbox court (apps/sandbox-court, built by turbo before these tests) on a free port, with
 * a clear failure when its build is missing, and its registry entries for that port by flow.
 */
import type { SandboxCourt, SandboxCourtOptions } from '@a2f/sandbox-court'
import type { SandboxCourtSystem } from '@a2f/sandbox-court/court-system'

export type SandboxFlow = SandboxCourtSystem['login']['flow']

export async function startCourt(
  options: SandboxCourtOptions = {},
): Promise<{ court: SandboxCourt; systems: Record<SandboxFlow, SandboxCourtSystem> }> {
  let server: typeof import('@a2f/sandbox-court')
  let entries: typeof import('@a2f/sandbox-court/court-system')
  try {
    server = await import('@a2f/sandbox-court')
    entries = await import('@a2f/sandbox-court/court-system')
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new Error(
      `@a2f/sandbox-court could not be loaded (${reason}): build it with \`npx tsup\` in apps/sandbox-court ` +
        '(turbo builds it before these tests).',
      { cause: error },
    )
  }
  const court = await server.startSandboxCourt({ ...options, port: 0 })
  const systems = Object.fromEntries(
    entries.sandboxCourtSystems(court.url).map((system) => [system.login.flow, system]),
  ) as Record<SandboxFlow, SandboxCourtSystem>
  return { court, systems }
}
