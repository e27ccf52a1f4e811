/**
 * `submissionCodes`, the robot's code source since issue 5, kept for callers of `loginToEproc`: the
 * same as @a2f/court-login's `totpCodes` with the clock as a third argument. Never a code with under
 * 5 s left in its window, never a counter up to `lastCounter` (a code the court has seen).
 *
 * ```ts
 * const codeFor = submissionCodes(credential.secret, credential.otp, clock.now)
 * const { code, counter, waitMs } = await codeFor()
 * ```
 */
import type { OtpParams } from '@a2f/core'
import { totpCodes, type CodeSource } from '@a2f/court-login'

export function submissionCodes(secret: Uint8Array, otp: Partial<OtpParams>, now: () => number): CodeSource {
  return totpCodes(secret, otp, { now })
}
