import { storageError } from './errors.js'

/** setTimeout's limit: a longer delay fires at once. */
export const MAX_TIMER_MS = 2 ** 31 - 1

/**
 * An option `value` checked as a whole number from `min` to `max`, or `fallback` when undefined; else
 * INVALID_INPUT naming `field` (never quoting the value).
 */
export function wholeNumberOption(
  value: unknown,
  field: string,
  fallback: number,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): number {
  if (value === undefined) return fallback
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`
    throw storageError('INVALID_INPUT', { field, reason: `a whole number ${range}` })
  }
  return value
}
