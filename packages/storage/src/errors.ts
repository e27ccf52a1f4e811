/**
 * Every failure in @a2f/storage is a `StorageError` with a stable `code` that user interfaces translate
 * and `details` that say which record and why. Messages are English, for developers and logs.
 *
 * No message, detail or `cause` ever holds a secret, a court password or a passphrase: errors carry ids,
 * versions, field names and reasons only. Errors from a database driver are kept as `cause` for their SQL
 * state and constraint names, with the parts that quote row values removed (PGlite attaches the bound
 * parameters, PostgreSQL's "Failing row contains (…)" the row): those hold sealed values and e-mails.
 */

import type { LimitDetails } from './limits.js'

/** Why a stored record could not be opened or listed. */
export type UnreadableReason =
  /** The sealed value failed authentication: corrupted, tampered or moved from another record. */
  | 'CIPHERTEXT'
  /** Sealed under a key id this store does not have (a rotated-out master key, another vault). */
  | 'KEY_UNKNOWN'
  /** The stored row is not a credential record (missing or mistyped fields). */
  | 'FORMAT'

/** Why a backup file or import could not be read at all. */
export type BackupInvalidReason =
  | 'JSON'
  | 'FORMAT'
  | 'VERSION'
  /** Key-derivation settings refused: another algorithm, or a cost past a limit (`details.limit`). */
  | 'KDF'
  /** The ciphertext failed authentication with the right passphrase: the file was truncated or edited. */
  | 'TAMPERED'
  /**
   * A size, count or nesting past one of the documented limits (limits.ts; `details.limit`,
   * `maximum`, `actual`), refused before it was decoded or parsed. Nothing was imported.
   */
  | 'TOO_LARGE'

/**
 * Why an HTTP server answered UNAVAILABLE without asking its store (absent when the store failed):
 * - 'OVERLOADED': every slot was taken and the queue was full (or every event-stream slot was taken);
 * - 'QUEUE_TIMEOUT': the request waited in the queue for `queueTimeoutMs` without getting a slot.
 */
export type UnavailableReason = 'OVERLOADED' | 'QUEUE_TIMEOUT'

/** `details` carried by each error code. */
export interface StorageErrorDetailsByCode {
  /** No credential with this id in this tenant (it may exist in another tenant: that is not said). */
  NOT_FOUND: { id: string }
  /** `create` with an id that is taken. */
  ALREADY_EXISTS: { id: string }
  /** The record changed since it was read: reload and apply the change again. */
  CONFLICT: { id: string; expectedVersion: number; actualVersion?: number }
  /** Bad input to `create`/`update` or an option. `reason` is a short English phrase. */
  INVALID_INPUT: { field: string; reason: string }
  /** A stored record that cannot be opened. Every other record still lists and opens. */
  UNREADABLE_RECORD: { id: string; reason: UnreadableReason }
  /** The passphrase does not open the vault (or the vault record was altered). Nothing changed. */
  WRONG_PASSPHRASE: Record<string, never>
  /** No passphrase vault in this tenant yet: create one first. */
  VAULT_NOT_FOUND: { tenant: string }
  /** A passphrase vault exists already in this tenant. */
  VAULT_EXISTS: { tenant: string }
  /** The vault was locked: unlock it again to open secrets. */
  LOCKED: Record<string, never>
  /**
   * A key ring or vault setting that cannot be used. A vault record whose scrypt cost or salt is past a
   * limit also says which (`limit`, `maximum`, `actual`).
   */
  KEY_INVALID: { reason: string; keyId?: string } & Partial<LimitDetails>
  /**
   * The storage backend failed (database down, quota, network), or an HTTP server had no room for the
   * request (`reason`). The operation was not applied; worth retrying (over HTTP: after `Retry-After`).
   */
  UNAVAILABLE: {
    operation: string
    adapter: string
    reason?: UnavailableReason
    /**
     * How long the server asked to wait before trying again (its `Retry-After`, in milliseconds, at
     * most a day): set by the HTTP client when the answer had one.
     */
    retryAfterMs?: number
  }
  /** An HTTP request without valid credentials (`authorize` refused it). */
  UNAUTHORIZED: Record<string, never>
  /** The server keeps secrets and serves codes only. */
  SECRET_WITHHELD: { id: string }
  /**
   * A backup or imported file (Aegis vault, URI list) that is not one, a newer version, truncated or
   * edited, or past a limit ('TOO_LARGE', or 'KDF' for a cost: then `limit`, `maximum`, `actual` say which).
   */
  BACKUP_INVALID: { reason: BackupInvalidReason } & Partial<LimitDetails>
  /** WebCrypto (`crypto.subtle`) is missing: a page served over plain http from a non-local host. */
  CRYPTO_UNAVAILABLE: Record<string, never>
}

export type StorageErrorCode = keyof StorageErrorDetailsByCode
export type StorageErrorDetails<C extends StorageErrorCode = StorageErrorCode> = StorageErrorDetailsByCode[C]

export class StorageError<C extends StorageErrorCode = StorageErrorCode> extends Error {
  override readonly name: string = 'StorageError'
  readonly code: C
  readonly details: StorageErrorDetails<C>

  constructor(code: C, message: string, details: StorageErrorDetails<C>, options?: { cause?: unknown }) {
    super(message, options)
    this.code = code
    this.details = details
  }
}

/** A stale `expectedVersion`: someone else changed or removed the record first. Never a silent overwrite. */
export class ConflictError extends StorageError<'CONFLICT'> {
  override readonly name = 'ConflictError'

  constructor(details: StorageErrorDetails<'CONFLICT'>) {
    const actual =
      details.actualVersion === undefined ? 'it is gone' : `it is at version ${details.actualVersion}`
    super(
      'CONFLICT',
      `Credential ${details.id} changed: expected version ${details.expectedVersion}, ${actual}.`,
      details,
    )
  }
}

/**
 * Whether `value` is a `StorageError` (optionally with the given code). Also recognises errors from another
 * copy of this package and errors rebuilt from an HTTP response, where `instanceof` would fail.
 */
export function isStorageError<C extends StorageErrorCode>(
  value: unknown,
  code?: C,
): value is StorageError<C> {
  if (!(value instanceof Error) || (value.name !== 'StorageError' && value.name !== 'ConflictError'))
    return false
  const actual = (value as { code?: unknown }).code
  return typeof actual === 'string' && (code === undefined || actual === code)
}

/** Builds the error for `code` with its standard message. */
export function storageError<C extends StorageErrorCode>(
  code: C,
  details: StorageErrorDetails<C>,
  options?: { cause?: unknown },
): StorageError<C> {
  if (code === 'CONFLICT')
    return new ConflictError(details as StorageErrorDetails<'CONFLICT'>) as StorageError<C>
  return new StorageError(code, MESSAGES[code](details as never), details, options)
}

type MessageFor = { [C in StorageErrorCode]: (details: StorageErrorDetails<C>) => string }

const MESSAGES: MessageFor = {
  NOT_FOUND: (d) => `Credential ${d.id} not found.`,
  ALREADY_EXISTS: (d) => `Credential ${d.id} already exists.`,
  CONFLICT: (d) => `Credential ${d.id} changed since version ${d.expectedVersion}.`,
  INVALID_INPUT: (d) => `Invalid ${d.field}: ${d.reason}.`,
  UNREADABLE_RECORD: (d) =>
    `Credential ${d.id} cannot be opened (${
      d.reason === 'CIPHERTEXT'
        ? 'its sealed data failed authentication: corrupted or tampered'
        : d.reason === 'KEY_UNKNOWN'
          ? 'sealed under a key this store does not have'
          : 'the stored record is malformed'
    }).`,
  WRONG_PASSPHRASE: () => 'Wrong passphrase: the vault was not opened and nothing changed.',
  VAULT_NOT_FOUND: (d) => `No passphrase vault in tenant ${d.tenant}.`,
  VAULT_EXISTS: (d) => `A passphrase vault already exists in tenant ${d.tenant}.`,
  LOCKED: () => 'The vault is locked.',
  KEY_INVALID: (d) => `Invalid key${d.keyId === undefined ? '' : ` ${d.keyId}`}: ${d.reason}.${limitText(d)}`,
  UNAVAILABLE: (d) =>
    `Storage unavailable (${d.adapter}, ${d.operation}${
      d.reason === 'OVERLOADED'
        ? ', server overloaded'
        : d.reason === 'QUEUE_TIMEOUT'
          ? ', no slot free in time'
          : ''
    }): nothing was changed.${
      d.retryAfterMs === undefined
        ? ''
        : ` The server asks to try again in ${Math.ceil(d.retryAfterMs / 1000)} s.`
    }`,
  UNAUTHORIZED: () => 'Not authorized.',
  SECRET_WITHHELD: (d) => `The server serves codes only; the key of credential ${d.id} stays on the server.`,
  BACKUP_INVALID: (d) =>
    ({
      JSON: 'The backup is not valid JSON (truncated?).',
      FORMAT: 'The file is not an a2f backup.',
      VERSION: 'The backup was written by a newer version of a2f.',
      KDF: 'The backup names key-derivation parameters this version does not accept.',
      TAMPERED: 'The backup failed authentication: it was truncated or edited.',
      TOO_LARGE: 'The file or list goes past a limit of this reader; nothing was imported.',
    })[d.reason] + limitText(d),
  CRYPTO_UNAVAILABLE: () =>
    'WebCrypto (crypto.subtle) is unavailable: serve the page over https or from localhost.',
}

/** ' (MAX_KDF_MEMORY_BYTES: at most 536870912, found 2147483648.)', or '' when no limit was passed. */
function limitText(d: Partial<LimitDetails>): string {
  return d.limit === undefined ? '' : ` (${d.limit}: at most ${d.maximum}, found ${d.actual}.)`
}
