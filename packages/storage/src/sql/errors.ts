import { isStorageError, storageError, type StorageError } from '../errors.js'

/**
 * What a failed adapter call throws: its own `StorageError`s (NOT_FOUND, CONFLICT, ALREADY_EXISTS) pass
 * through; anything else — a dropped connection, a server shutting down, a closed pool or database — is
 * `UNAVAILABLE`, with the driver's error kept as `cause` for logs. The write's transaction was rolled back
 * by then, so the message's "nothing was changed" holds (except in the unknowable case of a connection
 * lost during COMMIT itself, which no client can tell apart).
 */
export function adapterError(error: unknown, operation: string, adapter: string): StorageError {
  if (isStorageError(error)) return error
  return storageError('UNAVAILABLE', { operation, adapter }, { cause: withoutValues(error) })
}

/** Whether a driver error is PostgreSQL's unique_violation. */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === '23505'
}

/**
 * Drivers put row values on some errors: PGlite attaches the bound parameters (sealed values, e-mails,
 * notes) and PostgreSQL's `detail` of a constraint violation quotes the whole failing row. Errors end up
 * in logs, so those are removed; SQL state, constraint and message stay.
 */
function withoutValues(error: unknown): unknown {
  if (error === null || typeof error !== 'object') return error
  const record = error as Record<string, unknown>
  for (const key of ['params', 'queryOptions']) if (key in record) delete record[key]
  if (typeof record.detail === 'string' && record.detail.startsWith('Failing row contains')) {
    record.detail = 'Failing row contains (values removed).'
  }
  return error
}
