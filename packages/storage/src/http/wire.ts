import { A2FError, decodeBase32, encodeBase32, isA2FError, type A2FErrorCode } from '@a2f/core'
import {
  isStorageError,
  storageError,
  type StorageError,
  type StorageErrorCode,
  type StorageErrorDetails,
} from '../errors.js'
import type { Credential, CredentialInput, CredentialPatch } from '../model/credential.js'
import type { StoreEvent } from '../model/credential-store.js'
import type { ChangeEvent } from '../store/adapter.js'

/**
 * The JSON both sides speak. Secrets travel only in bodies: raw key bytes as base32 (the same text a
 * user could paste, so the server checks them through the same code as typed keys), pasted text as is.
 */

/** `{ error: WireError }` is the body of every error response. */
export interface WireError {
  code: string
  message: string
  details: Record<string, unknown>
}

/** A revealed credential on the wire: the key as base32 text. */
export type WireCredential = Omit<Credential, 'secret'> & { secret: string }

/**
 * The HTTP status of each storage error code. 4xx where the client can act or the record is at fault.
 * A store's `INVALID_INPUT` (a field it refuses: a U+0000 in `notes`, an issuer too long, on whatever
 * backend) is 422, like the core's key errors: the request was well-formed, its content is refused, and
 * sending it again will not help. The handler's own refusals of a malformed request (a body that is not
 * JSON, a query number that is not a number) keep 400, 413 and 415 (see `invalidRequest`).
 */
export const STORAGE_STATUS = {
  INVALID_INPUT: 422,
  UNAUTHORIZED: 401,
  SECRET_WITHHELD: 403,
  NOT_FOUND: 404,
  ALREADY_EXISTS: 409,
  CONFLICT: 409,
  // The request was fine but the stored record cannot be opened. A 4xx, so that proxies that rewrite 5xx
  // bodies into error pages let the typed error (id and reason) through.
  UNREADABLE_RECORD: 422,
  UNAVAILABLE: 503,
  LOCKED: 503,
  CRYPTO_UNAVAILABLE: 503,
  // Server-side key setup problems: nothing the client can fix, but typed and free of secrets.
  KEY_INVALID: 500,
  WRONG_PASSPHRASE: 500,
  VAULT_NOT_FOUND: 500,
  VAULT_EXISTS: 500,
  BACKUP_INVALID: 500,
} as const satisfies Record<StorageErrorCode, number>

/** Every core error code: bad keys and OTP options from `create`/`update` (status 422). */
const CORE_CODES = {
  SECRET_EMPTY: true,
  SECRET_INVALID_CHARACTER: true,
  SECRET_TOO_SHORT: true,
  SECRET_MALFORMED: true,
  OPTION_INVALID: true,
  URI_INVALID: true,
  MIGRATION_INVALID: true,
  REGISTRY_INVALID: true,
  DATE_INVALID: true,
} as const satisfies Record<A2FErrorCode, true>

/** Codes of the handler itself, never of a store. */
export type HandlerErrorCode = 'ROUTE_NOT_FOUND' | 'METHOD_NOT_ALLOWED' | 'INTERNAL'

const isStorageCode = (code: string): code is StorageErrorCode => Object.hasOwn(STORAGE_STATUS, code)
const isCoreCode = (code: string): code is A2FErrorCode => Object.hasOwn(CORE_CODES, code)

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

/** A typed error as status and body. Anything else is an `INTERNAL` 500 whose message says nothing. */
export function toWireError(error: unknown): { status: number; error: WireError } | undefined {
  if (isStorageError(error) && isStorageCode(error.code)) {
    return { status: STORAGE_STATUS[error.code], error: wireError(error.code, error.message, error.details) }
  }
  if (isA2FError(error) && isCoreCode(error.code)) {
    // Core messages name at most the one offending character of a key, never the key.
    return { status: 422, error: wireError(error.code, error.message, error.details) }
  }
  return undefined
}

export function wireError(code: string, message: string, details: object = {}): WireError {
  return { code, message, details: { ...details } }
}

/** Rebuilds the error a local store would have thrown, from an error response. */
export function fromWireError(body: unknown, status: number, operation: string): Error {
  const wire = isRecord(body) ? body.error : undefined
  if (!isRecord(wire) || typeof wire.code !== 'string') {
    return unavailable(operation, new Error(`The server answered ${status} without an a2f error body.`))
  }
  const details = isRecord(wire.details) ? wire.details : {}
  try {
    if (isStorageCode(wire.code)) return storageError(wire.code, details as StorageErrorDetails)
    if (isCoreCode(wire.code)) {
      const message = typeof wire.message === 'string' ? wire.message : wire.code
      return new A2FError(wire.code, message, details as never)
    }
  } catch {
    // Details that do not fit the code's message: a server of another version. Fall through.
  }
  // A code this client does not know (a route that is not there, an internal error): the server's word
  // on whether anything changed is not available, so say "unavailable" with the code for developers.
  const code = /^[A-Z_]{1,64}$/.test(wire.code) ? wire.code : 'unknown code'
  return unavailable(operation, new Error(`The server answered ${status} ${code}.`))
}

/** The longest wait a `Retry-After` may ask for: a day (the handler's own bound). */
const MAX_RETRY_AFTER_MS = 86_400_000

/**
 * A `Retry-After` header in milliseconds from `now`: delta-seconds or an HTTP date (RFC 9110 §10.2.3).
 * Anything else, or nothing, is undefined; a date in the past is 0; the wait is bounded to a day.
 */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (header === null) return undefined
  const text = header.trim()
  let ms: number
  if (/^\d{1,10}$/.test(text)) ms = Number(text) * 1000
  else if (text.length <= 64 && /[a-z]/i.test(text) && !Number.isNaN(Date.parse(text))) {
    // The three date forms HTTP allows (IMF-fixdate and the obsolete two) all name a day or month.
    ms = Math.max(0, Date.parse(text) - now)
  } else return undefined
  return Math.min(ms, MAX_RETRY_AFTER_MS)
}

/** The same error with the server's `Retry-After`, when it is an UNAVAILABLE and the answer had one. */
export function withRetryAfter(error: Error, header: string | null): Error {
  const wait = retryAfterMs(header)
  if (wait === undefined || !isStorageError(error, 'UNAVAILABLE')) return error
  return storageError('UNAVAILABLE', { ...error.details, retryAfterMs: wait }, { cause: error.cause })
}

export function unavailable(operation: string, cause: unknown): StorageError<'UNAVAILABLE'> {
  return storageError('UNAVAILABLE', { operation, adapter: 'http' }, { cause })
}

/** `create`'s input for JSON: key bytes become base32; everything else is checked by the server's store. */
export function encodeInput(input: CredentialInput): unknown {
  if (!isRecord(input) || !(input.secret instanceof Uint8Array)) return input
  return { ...input, secret: encodeBase32(input.secret) }
}

export function encodePatch(patch: CredentialPatch): unknown {
  if (!isRecord(patch) || !(patch.secret instanceof Uint8Array)) return patch
  return { ...patch, secret: encodeBase32(patch.secret) }
}

export function encodeCredential(credential: Credential): WireCredential {
  return { ...credential, secret: encodeBase32(credential.secret) }
}

/** Undefined when the body is not a revealed credential. */
export function decodeCredential(value: unknown): Credential | undefined {
  if (!isRecord(value) || typeof value.secret !== 'string' || typeof value.id !== 'string') return undefined
  let secret: Uint8Array
  try {
    secret = decodeBase32(value.secret)
  } catch {
    // The core error would name a character of the key: report a malformed answer instead.
    return undefined
  }
  return { ...(value as unknown as WireCredential), secret }
}

const EVENT_TYPES = new Set<unknown>(['created', 'updated', 'removed'])

/** A change event from its JSON, or undefined when it is not one. */
export function decodeChangeEvent(value: unknown): ChangeEvent | undefined {
  if (!isRecord(value) || !EVENT_TYPES.has(value.type)) return undefined
  if (typeof value.id !== 'string' || !Number.isSafeInteger(value.version)) return undefined
  const event: ChangeEvent = {
    type: value.type as ChangeEvent['type'],
    id: value.id,
    version: value.version as number,
  }
  if (value.remote === true) event.remote = true
  if (isChangeNumber(value.seq)) event.seq = value.seq
  return event
}

/** A Server-Sent Event of the change stream (`change` or `reset`), or undefined when it is neither. */
export function decodeStreamEvent(name: string, value: unknown): StoreEvent | undefined {
  if (name === 'change') return decodeChangeEvent(value)
  if (name === 'reset' && isRecord(value) && isChangeNumber(value.seq))
    return { type: 'reset', seq: value.seq }
  return undefined
}

const isChangeNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0

/**
 * An id as one path segment. WHATWG URLs resolve `.` and `..` segments (also written `%2E`): the store
 * refuses such ids, but a caller may still ask for one, and the request must reach the credential route
 * (and answer NOT_FOUND) rather than resolve to another route. So they get a `~` in front; `~` is not
 * an id character, and an id starting with one (which cannot exist either) gets one more, so the
 * mapping reverses.
 */
export function idToSegment(id: string): string {
  return encodeURIComponent(/^\.+$|^~/.test(id) ? `~${id}` : id)
}

/** The reverse of `idToSegment` (after percent-decoding). */
export function segmentToId(segment: string): string {
  return segment.startsWith('~') ? segment.slice(1) : segment
}
