/**
 * HOTP and TOTP for every algorithm (SHA1, SHA256, SHA512). A secret is bytes or a base32 key as people
 * paste it (`'MMZD IMRU GZRG CNRQ GA2G MMRW MVQW IZBW'`). Time is ms since the Unix epoch.
 *
 * @example
 * totp('MMZD IMRU GZRG CNRQ GA2G MMRW MVQW IZBW', { timestamp: 1_750_000_000_000 })   // '624923'
 * verifyTotp(key, typedCode, { lastCounter: stored })   // { counter, delta } or null; store counter
 * createTotp(key).codeForSubmission()                   // { code, counter, validUntil, waitMs }
 */
import { anyAlgorithmMac } from './mac-any-algorithm.js'
import {
  codeForSubmissionWith,
  createTotpWith,
  hotpWith,
  totpWith,
  verifyTotpWith,
  type CreateTotpOptions,
  type HotpOptions,
  type Submission,
  type TotpGenerator,
  type TotpSubmissionOptions,
  type TotpVerifyOptions,
  type VerifyResult,
} from './otp-functions.js'
import type { TotpOptions } from './params.js'
import type { Secret } from './secret-bytes.js'

/**
 * HOTP value for a counter (RFC 4226 §5.3). Counters are exact up to 2^53 − 1 as numbers and 2^64 − 1
 * as bigints. Throws `OPTION_INVALID` for bad options and `SECRET_*` errors for a bad key.
 */
export function hotp(secret: Secret, counter: number | bigint, options?: HotpOptions): string {
  return hotpWith(anyAlgorithmMac, secret, counter, options)
}

/** TOTP code (RFC 6238 §4) at `options.timestamp` (default now). Defaults: SHA1, 6 digits, 30 s, T0 = 0. */
export function totp(secret: Secret, options?: TotpOptions): string {
  return totpWith(anyAlgorithmMac, secret, options)
}

/**
 * Checks a code typed by a person, in constant time. Accepts `window` steps around now (default 1) and
 * refuses counters ≤ `lastCounter` (the replay guard: store the returned `counter`). Returns null for a
 * wrong or malformed code; throws only for invalid options.
 */
export function verifyTotp(secret: Secret, code: string, options?: TotpVerifyOptions): VerifyResult | null {
  return verifyTotpWith(anyAlgorithmMac, secret, code, options)
}

/**
 * For robots: a code that will still be valid when it reaches the court. When fewer than
 * `minRemainingMs` (default 5000) remain, returns the next window's code and `waitMs` to sleep before
 * submitting it; with `lastCounter`, never a code for that counter again (court codes are single-use).
 */
export function codeForSubmission(secret: Secret, options?: TotpSubmissionOptions): Submission {
  return codeForSubmissionWith(anyAlgorithmMac, secret, options)
}

/**
 * Prepares a key once (HMAC pads hashed up front) for servers and robots that compute many codes. The key
 * is kept in a closure, not on the returned object.
 */
export function createTotp(secret: Secret, options?: CreateTotpOptions): TotpGenerator {
  return createTotpWith(anyAlgorithmMac, secret, options)
}
