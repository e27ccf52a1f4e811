/**
 * Where the TOTP codes come from. Either a `CodeSource` function (the robot's: `totpCodes` below, or a
 * host's own) or a credential store with `claimCode` (@a2f/storage), which hands each counter of an
 * authenticator to one caller only, across processes and machines: two robots never submit the same
 * code. Typed structurally, so this package does not depend on a storage backend.
 *
 * Either way: never a code with under 5 s left in its window (`minRemainingMs`, the next window's code
 * and the wait for it instead), never a counter the court has seen (`lastCounter`).
 *
 * ```ts
 * codes: totpCodes(credential.secret, credential.otp)          // this process alone
 * codes: { store, id: credential.id }                          // many robots, one authenticator
 * ```
 */
import { codeForSubmission, type OtpParams } from '@a2f/core'
import { CourtLoginError, errorName } from './errors.js'

export interface CodeToSubmit {
  code: string
  /** The code's time step: passed back as `lastCounter` to get a later one. */
  counter: number
  /** How long to wait before the code is current (0: submit now). */
  waitMs: number
}

/** The next code to submit, after `lastCounter` when given (a counter the court has already seen). */
export type CodeSource = (lastCounter?: number) => CodeToSubmit | Promise<CodeToSubmit>

/** The part of a credential store (`@a2f/storage`'s `CredentialStore`) that claims codes. */
export interface CodeClaimingStore {
  claimCode(
    id: string,
    options: { minRemainingMs?: number },
  ): Promise<{ code: string; counter: number; validUntil: number; waitMs: number }>
}

export type CodesOption = CodeSource | { store: CodeClaimingStore; id: string }

/** A code with less left than this is not submitted: it could expire on the way (issue 5). */
export const MIN_REMAINING_MS = 5000

/** Claims a store makes in one turn before giving up on getting a counter after `lastCounter`. */
const MAX_STALE_CLAIMS = 3

/**
 * Codes of a secret this process holds, at the time of `now` (default `Date.now`), by @a2f/core's
 * `codeForSubmission`.
 */
export function totpCodes(
  secret: Uint8Array | string,
  otp: Partial<OtpParams> = {},
  options: { now?: () => number; minRemainingMs?: number } = {},
): CodeSource {
  const now = options.now ?? Date.now
  const minRemainingMs = options.minRemainingMs ?? MIN_REMAINING_MS
  return (lastCounter) => {
    const { code, counter, waitMs } = codeForSubmission(secret, {
      ...otp,
      timestamp: now(),
      minRemainingMs,
      ...(lastCounter === undefined ? {} : { lastCounter }),
    })
    return { code, counter, waitMs }
  }
}

/** One function for both kinds of `codes`, that checks what it is given and hides the source's errors. */
export function codeSourceOf(codes: CodesOption): (lastCounter?: number) => Promise<CodeToSubmit> {
  const next = typeof codes === 'function' ? codes : claimingSource(codes.store, codes.id)
  return async (lastCounter) => {
    let result: CodeToSubmit
    try {
      result = await next(lastCounter)
    } catch (error) {
      // The source's own message could hold anything (a store's SQL, a secret's bytes): its type only.
      throw new CourtLoginError(
        'CODES_FAILED',
        `The codes source failed (${errorName(error)}).`,
        {},
        { cause: error },
      )
    }
    if (
      !/^\d{4,10}$/.test(result.code) ||
      !Number.isSafeInteger(result.counter) ||
      !(result.waitMs >= 0 && Number.isFinite(result.waitMs))
    )
      throw new CourtLoginError(
        'CODES_FAILED',
        'The codes source gave something that is not a code to submit.',
      )
    if (lastCounter !== undefined && result.counter <= lastCounter)
      throw new CourtLoginError(
        'CODES_FAILED',
        `The codes source gave counter ${result.counter}, not after ${lastCounter}, which the court has seen.`,
        { counter: result.counter, lastCounter },
      )
    return result
  }
}

function claimingSource(store: CodeClaimingStore, id: string): CodeSource {
  return async (lastCounter) => {
    // A store never hands a counter out twice, so a claim after one the court saw is later, unless the
    // court saw a code claimed elsewhere before this run; a few more claims move past it.
    for (let claim = 0; ; claim++) {
      const { code, counter, waitMs } = await store.claimCode(id, { minRemainingMs: MIN_REMAINING_MS })
      if (lastCounter === undefined || counter > lastCounter || claim + 1 >= MAX_STALE_CLAIMS)
        return { code, counter, waitMs }
    }
  }
}
