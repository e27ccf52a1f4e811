/**
 * Where a moment falls among TOTP time steps (RFC 6238 §4.2: T = floor((Current Unix time − T0) / X)).
 *
 * @example
 * totpWindow({ timestamp: 1_700_000_012_345 })
 * // { counter: 56666667, startsAt: 1700000010000, endsAt: 1700000040000, remainingMs: 27655, progress: 0.078… }
 */
import { invalidOption } from '../errors.js'
import { checkPeriod, checkTime } from './params.js'

export interface TotpWindow {
  /** The time step T of RFC 6238 §4.2: the HOTP counter for this moment. */
  counter: number
  /** When this step began and ends, in ms since the Unix epoch. */
  startsAt: number
  endsAt: number
  /** Milliseconds until the next code. */
  remainingMs: number
  /** Elapsed fraction of the step, from 0 to just under 1. */
  progress: number
}

export interface TotpWindowOptions {
  /** Default `Date.now()`. */
  timestamp?: number
  /** Seconds; default 30. */
  period?: number
  /** T0 in ms since the Unix epoch; default 0. */
  epoch?: number
}

export function totpWindow(options: TotpWindowOptions = {}): TotpWindow {
  const period = options.period === undefined ? 30 : checkPeriod(options.period)
  const timestamp = options.timestamp === undefined ? Date.now() : checkTime('timestamp', options.timestamp)
  const epoch = options.epoch === undefined ? 0 : checkTime('epoch', options.epoch)
  return windowAt(timestamp, period * 1000, epoch)
}

/** `totpWindow` for validated numbers: the hot paths call this directly. */
export function windowAt(timestamp: number, periodMs: number, epoch: number): TotpWindow {
  const counter = counterAt(timestamp, periodMs, epoch)
  const startsAt = epoch + counter * periodMs
  const endsAt = startsAt + periodMs
  return {
    counter,
    startsAt,
    endsAt,
    remainingMs: endsAt - timestamp,
    progress: (timestamp - startsAt) / periodMs,
  }
}

/** T for validated numbers; refuses moments before T0 and beyond a safe counter. */
export function counterAt(timestamp: number, periodMs: number, epoch: number): number {
  const counter = Math.floor((timestamp - epoch) / periodMs)
  if (counter >= 0 && Number.isSafeInteger(counter)) return counter
  return invalidOption('timestamp', 'a time at or after T0', timestamp)
}
