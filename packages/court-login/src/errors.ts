/**
 * What `loginToCourt` throws when it cannot tell how the login went: the page did not load or answer,
 * the call was aborted, or the system or its codes cannot be used. A court's answer is never an error:
 * it is an outcome (outcome.ts). `code` is stable, for hosts that translate it; messages name the step
 * and the error's type, never what was being typed (a Playwright `fill` error could quote the password).
 *
 * ```ts
 * try { await loginToCourt(options) } catch (error) {
 *   if (error instanceof CourtLoginError && error.code === 'ABORTED') return
 *   throw error
 * }
 * ```
 */
export type CourtLoginErrorCode =
  /** `system.login` is missing, or its flow is not one this package drives. */
  | 'UNSUPPORTED_SYSTEM'
  /** The login page could not be opened (connection refused, DNS, timeout). */
  | 'PAGE_UNREACHABLE'
  /** A field could not be filled or a button did not answer in `timeoutMs`. */
  | 'PAGE_TIMEOUT'
  /** The `codes` source or the `emailCode` provider failed, or gave a counter the court has seen. */
  | 'CODES_FAILED'
  /** `signal` was aborted. */
  | 'ABORTED'

export class CourtLoginError extends Error {
  readonly code: CourtLoginErrorCode
  readonly details: Readonly<Record<string, string | number>>

  constructor(
    code: CourtLoginErrorCode,
    message: string,
    details: Record<string, string | number> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options)
    this.name = 'CourtLoginError'
    this.code = code
    this.details = details
  }
}

/** The type of a thrown value, which is safe to quote (its message may not be). */
export function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error
}
