/**
 * An error the robot explains to its user: a pt-BR message (never a key, password, code or passphrase)
 * and the exit code it ends with. Anything else that escapes is reported as unexpected (exit 1).
 *
 * ```ts
 * throw new RobotError('Informe a conta com --account.', EXIT.usage)
 * ```
 */
import { EXIT, type ExitCode } from './exit-codes.js'

export class RobotError extends Error {
  override readonly name = 'RobotError'
  readonly exitCode: ExitCode

  constructor(message: string, exitCode: ExitCode = EXIT.unexpected) {
    super(message)
    this.exitCode = exitCode
  }
}

export function usageError(message: string): RobotError {
  return new RobotError(message, EXIT.usage)
}
