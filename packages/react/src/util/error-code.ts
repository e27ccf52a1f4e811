/**
 * The stable `code` of an error from @a2f/core or @a2f/storage (`A2FError`, `StorageError`), or undefined
 * for anything else. UIs translate errors by this code, never by their English message.
 */
export function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined
}
