/**
 * Every failure in a2f is an `A2FError` with a stable `code` that user interfaces translate, and
 * `details` that say where and why. Messages are English, for developers and logs, and never contain a
 * secret: at most the one character that is not part of the key alphabet.
 *
 * @example
 * try {
 *   parseSecret('MMZD IMRU GZRG CNRQ GA2G MMRW MVQW IZB0')
 * } catch (error) {
 *   if (isA2FError(error, 'SECRET_INVALID_CHARACTER')) {
 *     error.details // { index: 38, character: '0', suggestion: 'O' }
 *   }
 * }
 */
import type { LimitDetails } from './limits.js'

/** Why a text is not a usable base32 key even though each character is in the alphabet. */
export type SecretMalformedReason =
  /** Base32 text cannot have 1, 3 or 6 characters past a multiple of 8 (RFC 4648 §6). */
  | 'LENGTH'
  /** The unused low bits of the last character are not zero, so the text is not a canonical encoding. */
  | 'TRAILING_BITS'
  /** `=` padding followed by more key characters, or the wrong amount of padding (strict decoding). */
  | 'PADDING'
  /** A Google Authenticator export holds several accounts: read it with `readMigrationUri`. */
  | 'MIGRATION_URI'
  /** An `otpauth://` URI where only a key is accepted: read it with `parseSecret`. */
  | 'URI'
  /** Over MAX_SECRET_TEXT_LENGTH characters or MAX_SECRET_BYTES bytes (`details.limit` says which). */
  | 'TOO_LARGE'

/** Why an `otpauth://` key URI was refused. */
export type UriInvalidReason =
  | 'NOT_A_STRING'
  | 'SCHEME'
  | 'TYPE'
  | 'ENCODING'
  | 'DUPLICATE_PARAMETER'
  | 'MISSING_SECRET'
  | 'SECRET'
  | 'ALGORITHM'
  | 'DIGITS'
  | 'PERIOD'
  | 'MISSING_COUNTER'
  | 'COUNTER'
  | 'ACCOUNT'
  | 'ISSUER'
  /** Over MAX_OTPAUTH_URI_LENGTH, or a key or name over its bound (`details.limit` says which). */
  | 'TOO_LARGE'

/** Why a Google Authenticator export (`otpauth-migration://offline?data=…`) was refused. */
export type MigrationInvalidReason =
  | 'NOT_A_STRING'
  | 'SCHEME'
  | 'MISSING_DATA'
  | 'BASE64'
  | 'PROTOBUF'
  | 'EMPTY_SECRET'
  | 'UNSUPPORTED_ALGORITHM'
  | 'UNSUPPORTED_DIGITS'
  | 'UNSUPPORTED_TYPE'
  | 'UNSUPPORTED_PERIOD'
  | 'UNSUPPORTED_ENTRY'
  /** An HOTP entry whose int64 counter is negative or above 2^53 − 1 (not exact as a JavaScript number). */
  | 'UNSUPPORTED_COUNTER'
  /** The export URI has more than one `data` parameter: which one is meant is ambiguous. */
  | 'DUPLICATE_DATA'
  /**
   * Over one of the bounds of limits.ts (`details.limit` says which): the link's length, the payload's
   * bytes, its accounts, fields or QR codes, the QR codes given to `combineMigrationBatches`; for a
   * skipped entry, its key or a name.
   */
  | 'TOO_LARGE'

/** Why court registry data was refused by `createCourtRegistry` / `extend`. */
export type RegistryInvalidReason =
  'DUPLICATE_ID' | 'MISSING_FIELD' | 'INVALID_FIELD' | 'INVALID_URL' | 'MISSING_PROVENANCE'

/** `details` carried by each error code. */
export interface A2FErrorDetailsByCode {
  SECRET_EMPTY: Record<string, never>
  SECRET_INVALID_CHARACTER: {
    /** UTF-16 index in the text as given, ready for `input.setSelectionRange(index, index + 1)`. */
    index: number
    /** The character found (a whole code point). It is not part of the key alphabet. */
    character: string
    /** The alphabet character it is usually confused with: '0'→'O', '1'→'I', '8'→'B'. */
    suggestion?: string
  }
  SECRET_TOO_SHORT: { bits: number; minimumBits: number }
  SECRET_MALFORMED: {
    reason: SecretMalformedReason
    /** Where: the `=` of 'PADDING', the last key character of 'TRAILING_BITS'. */
    index?: number
    /** 'LENGTH' and 'TRAILING_BITS': how many key characters were read (separators and padding left out). */
    length?: number
  } & Partial<LimitDetails> // reason 'TOO_LARGE': which bound (limits.ts)
  OPTION_INVALID: { option: string; expected: string; received: string }
  /** With reason 'TOO_LARGE', also `limit`, `maximum` and `actual` (limits.ts). */
  URI_INVALID: {
    reason: UriInvalidReason
    parameter?: string
    secretCode?: A2FErrorCode
  } & Partial<LimitDetails>
  /** With reason 'TOO_LARGE', also `limit`, `maximum` and `actual` (limits.ts). */
  MIGRATION_INVALID: {
    reason: MigrationInvalidReason
    position?: number
    positions?: number[]
  } & Partial<LimitDetails>
  REGISTRY_INVALID: { reason: RegistryInvalidReason; id?: string; field?: string }
  DATE_INVALID: { received: string }
}

/** Stable error codes: switch on these, never on messages. */
export type A2FErrorCode = keyof A2FErrorDetailsByCode

/** The `details` type for one code. */
export type A2FErrorDetails<C extends A2FErrorCode = A2FErrorCode> = A2FErrorDetailsByCode[C]

export class A2FError<C extends A2FErrorCode = A2FErrorCode> extends Error {
  override readonly name = 'A2FError'
  readonly code: C
  readonly details: A2FErrorDetails<C>

  constructor(code: C, message: string, details: A2FErrorDetails<C>) {
    super(message)
    this.code = code
    this.details = details
  }
}

/**
 * Whether `value` is an `A2FError` (optionally with the given code). Also recognises errors thrown by
 * another copy of this package, where `instanceof` would fail.
 */
export function isA2FError<C extends A2FErrorCode>(value: unknown, code?: C): value is A2FError<C> {
  if (!(value instanceof Error) || value.name !== 'A2FError') return false
  const actual = (value as { code?: unknown }).code
  return typeof actual === 'string' && (code === undefined || actual === code)
}

/** Describes a received option value for an error message, briefly and without echoing long input. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string')
    return value.length > 24 ? `${value.length} characters` : JSON.stringify(value)
  return value === null || typeof value !== 'object' ? String(value) : typeof value
}

/** Throws `OPTION_INVALID` for `option`, saying what was expected and what was received. */
export function invalidOption(option: string, expected: string, received: unknown): never {
  const shown = describeValue(received)
  throw new A2FError('OPTION_INVALID', `Invalid ${option}: expected ${expected}, got ${shown}.`, {
    option,
    expected,
    received: shown,
  })
}
