/**
 * The real sandbox court (apps/sandbox-court, built by turbo before these tests) on a free port, with a
 * clear failure when its build is missing.
 */
import type { SandboxCourt, SandboxCourtOptions } from '@a2f/sandbox-court'

export async function startCourt(options: SandboxCourtOptions = {}): Promise<SandboxCourt> {
  let module: typeof import('@a2f/sandbox-court')
  try {
    module = await import('@a2f/sandbox-court')
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new Error(
      `@a2f/sandbox-court could not be loaded (${reason}): build it with \`npx tsup\` in apps/sandbox-court ` +
        '(turbo builds it before these tests).',
      { cause: error },
    )
  }
  return module.startSandboxCourt({ ...options, port: 0 })
}
