/**
 * HOTP (RFC 4226) and TOTP (RFC 6238), written once over a `CounterMacFactory`. The public entries bind a
 * factory: `@a2f/core` every algorithm, `@a2f/core/sha1` SHA-1 only.
 */
import { invalidOption } from '../errors.js'
import type { CounterMacFactory } from './counter-mac.js'
import { constantTimeEqual } from './constant-time.js'
import { splitCounter } from './counter.js'
import { formatCode } from './format-code.js'
import { checkTime, resolveOtpParams, type Algorithm, type OtpParams, type TotpOptions } from './params.js'
import { secretBytes, type Secret } from './secret-bytes.js'
import { counterAt } from './totp-window.js'

export interface HotpOptions {
  /** Default 'SHA1'. */
  algorithm?: Algorithm
  /** 6 to 10; default 6. */
  digits?: number
}

export interface VerifyWindow {
  /** Time steps accepted before the current one. */
  past: number
  /** Time steps accepted after the current one. */
  future: number
}

export interface VerifyOptions {
  /** Moment of verification in ms; default `Date.now()`. */
  timestamp?: number
  /** Steps accepted around the current one: a number for both sides, or each side; default 1. At most 100. */
  window?: number | VerifyWindow
  /**
   * Replay guard: the counter of the last code accepted for this key. Codes for this counter or earlier
   * are refused, as RFC 6238 §5.2 requires ("the verifier MUST NOT accept the second attempt").
   */
  lastCounter?: number
}

export interface TotpVerifyOptions extends TotpOptions, VerifyOptions {}

export interface VerifyResult {
  /** The time step of the accepted code: store it as the next `lastCounter`. */
  counter: number
  /** Steps between the accepted code and the current one (negative: the code was from the past). */
  delta: number
}

export interface SubmissionOptions {
  /** Default `Date.now()`. */
  timestamp?: number
  /**
   * A code with less time than this left is not worth submitting (typing or a page load could outlast
   * it): the next window's code is returned instead, with how long to wait for it. Default 5000 ms.
   */
  minRemainingMs?: number
  /** The counter of the code last submitted for this key: single-use codes are never offered twice. */
  lastCounter?: number
}

export interface TotpSubmissionOptions extends TotpOptions, SubmissionOptions {}

export interface Submission {
  code: string
  /** The code's time step: pass it as `lastCounter` next time. */
  counter: number
  /** When the code stops being current, in ms since the Unix epoch. */
  validUntil: number
  /** How long to wait before submitting (0 when the current code is good to go). */
  waitMs: number
}

/** A key prepared once, for servers and robots that compute many codes for it. */
export interface TotpGenerator {
  readonly algorithm: Algorithm
  readonly digits: number
  readonly period: number
  readonly epoch: number
  /** The code at `timestamp` (default now). */
  at(timestamp?: number): string
  /** `verifyTotp` with this key and its parameters. */
  verify(code: string, options?: VerifyOptions): VerifyResult | null
  /** `codeForSubmission` with this key and its parameters. */
  codeForSubmission(options?: SubmissionOptions): Submission
}

export interface CreateTotpOptions extends Partial<OtpParams> {
  /** T0 in ms since the Unix epoch; default 0. */
  epoch?: number
}

const MAX_WINDOW = 100

export function hotpWith(
  macs: CounterMacFactory,
  secret: Secret,
  counter: number | bigint,
  options?: HotpOptions,
): string {
  const { algorithm, digits } = resolveOtpParams(options)
  const [high, low] = splitCounter(counter)
  return formatCode(macs(algorithm, secretBytes(secret))(high, low), digits)
}

export function totpWith(macs: CounterMacFactory, secret: Secret, options?: TotpOptions): string {
  const { algorithm, digits, period } = resolveOtpParams(options)
  const { epoch = 0, timestamp = Date.now() } = options ?? {}
  const counter = counterAt(checkTime('timestamp', timestamp), period * 1000, checkTime('epoch', epoch))
  return formatCode(
    macs(algorithm, secretBytes(secret))(Math.floor(counter / 0x100000000) | 0, counter | 0),
    digits,
  )
}

export function createTotpWith(
  macs: CounterMacFactory,
  secret: Secret,
  options?: CreateTotpOptions,
): TotpGenerator {
  const { algorithm, digits, period } = resolveOtpParams(options)
  const epoch = options?.epoch === undefined ? 0 : checkTime('epoch', options.epoch)
  const mac = macs(algorithm, secretBytes(secret))
  const periodMs = period * 1000
  const codeAt = (counter: number) =>
    formatCode(mac(Math.floor(counter / 0x100000000) | 0, counter | 0), digits)
  return {
    algorithm,
    digits,
    period,
    epoch,
    at(timestamp) {
      const t = timestamp === undefined ? Date.now() : checkTime('timestamp', timestamp)
      return codeAt(counterAt(t, periodMs, epoch))
    },
    verify(code, verifyOptions) {
      return verifyCode(codeAt, code, digits, periodMs, epoch, verifyOptions)
    },
    codeForSubmission(submissionOptions) {
      return submission(codeAt, periodMs, epoch, submissionOptions)
    },
  }
}

export function verifyTotpWith(
  macs: CounterMacFactory,
  secret: Secret,
  code: string,
  options?: TotpVerifyOptions,
): VerifyResult | null {
  return createTotpWith(macs, secret, options).verify(code, options)
}

export function codeForSubmissionWith(
  macs: CounterMacFactory,
  secret: Secret,
  options?: TotpSubmissionOptions,
): Submission {
  return createTotpWith(macs, secret, options).codeForSubmission(options)
}

function checkWindow(window: VerifyOptions['window']): VerifyWindow {
  if (window === undefined) return { past: 1, future: 1 }
  const isSide = (n: unknown): n is number =>
    typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= MAX_WINDOW
  if (isSide(window)) return { past: window, future: window }
  if (typeof window === 'object' && window !== null && isSide(window.past) && isSide(window.future))
    return window
  return invalidOption(
    'window',
    `a whole number of steps from 0 to ${MAX_WINDOW}, or { past, future }`,
    window,
  )
}

function checkLastCounter(lastCounter: unknown): number {
  if (lastCounter === undefined) return -1
  if (typeof lastCounter === 'number' && Number.isSafeInteger(lastCounter) && lastCounter >= -1)
    return lastCounter
  return invalidOption(
    'lastCounter',
    'the counter of the last accepted code (a whole number ≥ −1)',
    lastCounter,
  )
}

/** Spaces people type or paste inside a code ("123 456"); anything else makes the code wrong. */
const CODE_SPACES = /[\s\u200b]/g

function verifyCode(
  codeAt: (counter: number) => string,
  code: string,
  digits: number,
  periodMs: number,
  epoch: number,
  options: VerifyOptions | undefined,
): VerifyResult | null {
  // The code is never echoed: it is a credential for the next few seconds.
  if (typeof code !== 'string') return invalidOption('code', 'a string of digits', typeof code)
  const { past, future } = checkWindow(options?.window)
  const lastCounter = checkLastCounter(options?.lastCounter)
  const timestamp = options?.timestamp === undefined ? Date.now() : checkTime('timestamp', options.timestamp)
  const current = counterAt(timestamp, periodMs, epoch)
  const candidate = code.replace(CODE_SPACES, '')
  if (candidate.length !== digits || !/^\d+$/.test(candidate)) return null

  // Every step of the window is computed and compared, match or not, so timing reveals nothing; the
  // match closest to now wins (the past first on ties, since clocks lag more often than they lead).
  let result: VerifyResult | null = null
  for (let distance = 0; distance <= Math.max(past, future); distance++) {
    for (const delta of distance === 0 ? [0] : [-distance, distance]) {
      if (delta < -past || delta > future) continue
      const counter = current + delta
      if (counter < 0 || counter <= lastCounter) continue
      if (constantTimeEqual(codeAt(counter), candidate) && result === null) result = { counter, delta }
    }
  }
  return result
}

function submission(
  codeAt: (counter: number) => string,
  periodMs: number,
  epoch: number,
  options: SubmissionOptions | undefined,
): Submission {
  const timestamp = options?.timestamp === undefined ? Date.now() : checkTime('timestamp', options.timestamp)
  const minRemainingMs = options?.minRemainingMs ?? 5000
  if (typeof minRemainingMs !== 'number' || !(minRemainingMs >= 0 && minRemainingMs < periodMs)) {
    invalidOption(
      'minRemainingMs',
      `milliseconds from 0 to less than the period (${periodMs})`,
      minRemainingMs,
    )
  }
  const lastCounter = checkLastCounter(options?.lastCounter)
  const current = counterAt(timestamp, periodMs, epoch)
  let counter = epoch + (current + 1) * periodMs - timestamp < minRemainingMs ? current + 1 : current
  if (counter <= lastCounter) counter = lastCounter + 1
  const startsAt = epoch + counter * periodMs
  return {
    code: codeAt(counter),
    counter,
    validUntil: startsAt + periodMs,
    waitMs: Math.max(0, startsAt - timestamp),
  }
}
