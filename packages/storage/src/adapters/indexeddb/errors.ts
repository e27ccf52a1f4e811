import { isStorageError, StorageError, storageError } from '../../errors.js'

export const ADAPTER_NAME = 'indexeddb'

/**
 * What a failed operation throws. Errors the adapter raised on purpose (`NOT_FOUND`, `CONFLICT`, …) pass
 * through unchanged; anything else — a DOMException from IndexedDB (quota, abort, closed or blocked
 * database, a value that cannot be cloned) or a failure to open — means the backend could not do it, and
 * its transaction was rolled back: `UNAVAILABLE`, with the original error kept as `cause`.
 */
export function toStorageError(operation: string, error: unknown): StorageError {
  if (isStorageError(error)) return error
  return storageError('UNAVAILABLE', { operation, adapter: ADAPTER_NAME }, { cause: error })
}

/** `UNAVAILABLE` with a message that says what to do, for the cases a developer must fix. */
export function unavailable(
  operation: string,
  message: string,
  cause?: unknown,
): StorageError<'UNAVAILABLE'> {
  return new StorageError(
    'UNAVAILABLE',
    message,
    { operation, adapter: ADAPTER_NAME },
    cause === undefined ? undefined : { cause },
  )
}

/** Whether `error` is a DOMException (or fake-indexeddb's stand-in) with the given name. */
export function isDomError(error: unknown, name: string): boolean {
  return error instanceof Error && error.name === name
}
