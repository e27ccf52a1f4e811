import { isStorageError } from '@a2f/storage'

/**
 * How long to wait after a failed call, when its answer was a deliberate refusal: a 503 whose
 * `Retry-After` the client read (`UNAVAILABLE` with `details.retryAfterMs`, @a2f/storage's HTTP client).
 * Undefined for anything else (no answer, another status, a 503 without a valid Retry-After), which the
 * run counts as an error.
 *
 * ```ts
 * deliberateWaitMs(error, 503) // 2000 for a 503 with Retry-After: 2
 * ```
 */
export function deliberateWaitMs(error: unknown, status: number | undefined): number | undefined {
  if (status !== 503 || !isStorageError(error, 'UNAVAILABLE')) return undefined
  return error.details.retryAfterMs
}
