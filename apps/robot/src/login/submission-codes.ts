/**
 * The codes the robot submits: @a2f/core's `codeForSubmission` at the clock's time, with at least 5 s
 * left in the window (else the next window's code and how long to wait for it), never a counter up to
 * `lastCounter` — a code the court has already seen.
 *
 * ```ts
 * const codeFor = submissionCodes(credential.secret, credential.otp, clock.now)
 * const { code, counter, waitMs } = codeFor()     // first try
 * const next = codeFor(counter)                    // "já foi utilizado": a later window
 * ```
 */
import { codeForSubmission, type OtpParams } from '@a2f/core'

export interface CodeToSubmit {
  code: string
  /** The code's time step: pass it back as `lastCounter` to get a later one. */
  counter: number
  /** How long to wait before the code is current (0: submit now). */
  waitMs: number
}

export type CodeSource = (lastCounter?: number) => CodeToSubmit

export const MIN_REMAINING_MS = 5000

export function submissionCodes(secret: Uint8Array, otp: Partial<OtpParams>, now: () => number): CodeSource {
  return (lastCounter) => {
    const { code, counter, waitMs } = codeForSubmission(secret, {
      ...otp,
      timestamp: now(),
      minRemainingMs: MIN_REMAINING_MS,
      ...(lastCounter === undefined ? {} : { lastCounter }),
    })
    return { code, counter, waitMs }
  }
}
