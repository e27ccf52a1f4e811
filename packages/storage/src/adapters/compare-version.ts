import { storageError } from '../errors.js'

/**
 * The compare-and-swap check adapters run inside a write, on the row they read there: a missing row is
 * `NOT_FOUND`, another version than `expectedVersion` (when one is expected) a `ConflictError`. Returns
 * the stored version (undefined for a malformed row without one).
 */
export function compareVersion(
  id: string,
  stored: unknown,
  expectedVersion: number | undefined,
): number | undefined {
  if (stored === undefined) throw storageError('NOT_FOUND', { id })
  const version = (stored as { version?: unknown }).version
  const actualVersion = typeof version === 'number' ? version : undefined
  if (expectedVersion !== undefined && actualVersion !== expectedVersion) {
    throw storageError('CONFLICT', {
      id,
      expectedVersion,
      ...(actualVersion === undefined ? {} : { actualVersion }),
    })
  }
  return actualVersion
}
