/**
 * The options of `claimCode`, checked the same way by every store (the HTTP client checks them before
 * sending, since JSON would turn NaN into null).
 *
 * @example
 * readClaimOptions({ minRemainingMs: 8000 })  // { minRemainingMs: 8000 }
 * readClaimOptions(undefined)                 // { minRemainingMs: 5000 }
 */
import { storageError } from '../errors.js'

/** Default of `minRemainingMs`, as `codeForSubmission` in @a2f/core. */
export const DEFAULT_MIN_REMAINING_MS = 5000

/** `minRemainingMs` as given, or the default; a value no window can satisfy is `INVALID_INPUT`. */
export function readClaimOptions(options: unknown): { minRemainingMs: number } {
  if (options === undefined || options === null) return { minRemainingMs: DEFAULT_MIN_REMAINING_MS }
  if (typeof options !== 'object') {
    throw storageError('INVALID_INPUT', { field: 'options', reason: 'an object or nothing' })
  }
  const value = (options as { minRemainingMs?: unknown }).minRemainingMs
  if (value === undefined) return { minRemainingMs: DEFAULT_MIN_REMAINING_MS }
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw minRemainingError()
  return { minRemainingMs: value }
}

/** The period bound, checked once the credential (and so its period) is known. */
export function checkMinRemaining(minRemainingMs: number, periodMs: number): void {
  if (minRemainingMs >= periodMs) throw minRemainingError(periodMs)
}

function minRemainingError(periodMs?: number) {
  return storageError('INVALID_INPUT', {
    field: 'minRemainingMs',
    reason: `milliseconds from 0 to less than the period${periodMs === undefined ? '' : ` (${periodMs})`}`,
  })
}
