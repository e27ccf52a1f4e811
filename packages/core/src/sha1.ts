/**
 * `@a2f/core/sha1`: the OTP functions for SHA-1 keys only — the algorithm of every court authenticator
 * seen so far — in the smallest bundle (no @noble/hashes). Same names and behaviour as `@a2f/core`;
 * another algorithm is an `OPTION_INVALID` error that points to the main entry.
 *
 * @example
 * import { totp } from '@a2f/core/sha1'
 * totp('MMZD IMRU GZRG CNRQ GA2G MMRW MVQW IZBW', { timestamp: 1_750_000_000_000 }) // '624923'
 */
import { sha1OnlyMac } from './otp/mac-sha1-only.js'
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
} from './otp/otp-functions.js'
import type { TotpOptions } from './otp/params.js'
import type { Secret } from './otp/secret-bytes.js'

export { A2FError, isA2FError } from './errors.js'
export type { A2FErrorCode, A2FErrorDetails } from './errors.js'
export { totpWindow } from './otp/totp-window.js'
export type * from './otp/public-types.js'

/** HOTP value for a counter (RFC 4226 §5.3), SHA-1 only. See `hotp` in `@a2f/core`. */
export function hotp(secret: Secret, counter: number | bigint, options?: HotpOptions): string {
  return hotpWith(sha1OnlyMac, secret, counter, options)
}

/** TOTP code (RFC 6238 §4), SHA-1 only. See `totp` in `@a2f/core`. */
export function totp(secret: Secret, options?: TotpOptions): string {
  return totpWith(sha1OnlyMac, secret, options)
}

/** Constant-time check with window and replay guard, SHA-1 only. See `verifyTotp` in `@a2f/core`. */
export function verifyTotp(secret: Secret, code: string, options?: TotpVerifyOptions): VerifyResult | null {
  return verifyTotpWith(sha1OnlyMac, secret, code, options)
}

/** A code still valid on arrival, SHA-1 only. See `codeForSubmission` in `@a2f/core`. */
export function codeForSubmission(secret: Secret, options?: TotpSubmissionOptions): Submission {
  return codeForSubmissionWith(sha1OnlyMac, secret, options)
}

/** A key prepared once for many codes, SHA-1 only. See `createTotp` in `@a2f/core`. */
export function createTotp(secret: Secret, options?: CreateTotpOptions): TotpGenerator {
  return createTotpWith(sha1OnlyMac, secret, options)
}
