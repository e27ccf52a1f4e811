/**
 * OTP parameters, their defaults and their validation. Time is milliseconds since the epoch
 * (`timestamp`, `epoch`); periods are seconds, as in RFC 6238 §4.1 (X, the time step).
 */
import { invalidOption } from '../errors.js'

export type Algorithm = 'SHA1' | 'SHA256' | 'SHA512'

export interface OtpParams {
  /** HMAC hash function. Default 'SHA1' (RFC 4226; every court system seen uses it). */
  algorithm: Algorithm
  /** Code length, 6 to 10. Default 6. */
  digits: number
  /** Time step in seconds (RFC 6238 §4.1 "X"). Default 30. */
  period: number
}

export interface TotpOptions extends Partial<OtpParams> {
  /** Moment to compute the code for, in ms since the Unix epoch. Default `Date.now()`. */
  timestamp?: number
  /** T0 of RFC 6238 §4.1: when counting starts, in ms since the Unix epoch. Default 0. */
  epoch?: number
}

export const DEFAULT_OTP_PARAMS: Readonly<OtpParams> = /* @__PURE__ */ Object.freeze({
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
})

export const ALGORITHMS: readonly Algorithm[] = ['SHA1', 'SHA256', 'SHA512']

/** RFC 4226 §5.3 asks for at least 6 digits; a 31-bit truncated value has at most 10. */
export const MIN_DIGITS = 6
export const MAX_DIGITS = 10

/** Returns `value` when `valid`, else throws `OPTION_INVALID` saying what `option` expected. */
function check<T>(valid: boolean, option: string, expected: string, value: unknown): T {
  return valid ? (value as T) : invalidOption(option, expected, value)
}

export function checkAlgorithm(value: unknown): Algorithm {
  return check(ALGORITHMS.includes(value as Algorithm), 'algorithm', 'SHA1, SHA256 or SHA512', value)
}

export function checkDigits(value: unknown): number {
  const valid = Number.isInteger(value) && (value as number) >= MIN_DIGITS && (value as number) <= MAX_DIGITS
  return check(valid, 'digits', `an integer, ${MIN_DIGITS} to ${MAX_DIGITS}`, value)
}

export function checkPeriod(value: unknown): number {
  return check(Number.isSafeInteger(value) && (value as number) > 0, 'period', 'whole seconds > 0', value)
}

/** The ECMAScript time range (ECMA-262 §21.4.1.1): ±100,000,000 days from the Unix epoch, in ms. */
export const MAX_TIME_MS = 8.64e15

export function checkTime(option: string, value: unknown): number {
  const valid = typeof value === 'number' && Math.abs(value) <= MAX_TIME_MS // false for NaN
  return check(valid, option, 'ms in the Date range', value)
}

/** Fills defaults and validates; `options` may be undefined. */
export function resolveOtpParams(options: Partial<OtpParams> | undefined): OtpParams {
  const { algorithm = 'SHA1', digits = 6, period = 30 } = options ?? {}
  return { algorithm: checkAlgorithm(algorithm), digits: checkDigits(digits), period: checkPeriod(period) }
}
