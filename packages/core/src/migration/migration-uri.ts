/**
 * Google Authenticator exports ("Transfer accounts" → "Export accounts"): QR codes that hold
 * `otpauth-migration://offline?data=…`, where `data` is the percent-encoded standard base64
 * (RFC 4648 §4) of a protobuf `MigrationPayload`:
 *
 *     MigrationPayload { repeated OtpParameters otp_parameters = 1; int32 version = 2;
 *                        int32 batch_size = 3; int32 batch_index = 4; int32 batch_id = 5; }
 *     OtpParameters    { bytes secret = 1; string name = 2; string issuer = 3; Algorithm algorithm = 4;
 *                        DigitCount digits = 5; OtpType type = 6; int64 counter = 7; }
 *
 * A large export spans several QR codes ("batches") of up to 10 accounts that share a `batch_id`.
 *
 * @example
 * const batch = readMigrationUri(scannedText)       // one QR code
 * batch.batch                                        // { index: 1, size: 3, id: 1234567 }
 * const result = combineMigrationBatches([first, second])
 * result.batches[0].missing                          // [2]: "QR code 3 of 3 is missing"
 * parseMigrationUri('otpauth-migration://offline?data=CjEKCkhlbGxvId6tvu8SGEV4YW1wbGU6YWxpY2VAZ29vZ2xlLmNvbRoHRXhhbXBsZTAC')
 * // [{ type: 'totp', secret: <JBSWY3DPEHPK3PXP>, account: 'alice@google.com', issuer: 'Example',
 * //    algorithm: 'SHA1', digits: 6, period: 30 }]
 *
 * Reading (`readMigrationUri`):
 * - White space around the URI is trimmed; scheme and host (`offline`) are case-insensitive; a fragment
 *   is dropped. A second `data` parameter is refused ('DUPLICATE_DATA') rather than guessed at.
 * - `data` is percent-decoded, but `+` stays `+` (it is base64, not form data); a space can only mean
 *   that someone form-decoded the link, so it is turned back into `+`, wherever it is. At the very end
 *   of the URI such a space looks like white space around it: spaces right after a `data` that ends the
 *   URI are trimmed, unless the data only reads with them (up to 3) as `+`. The URL-safe alphabet and
 *   missing padding are accepted. Malformed percent-encoding counts as bad base64 ('BASE64').
 * - Bounds (limits.ts), each checked before anything is allocated from what it bounds, and refused as
 *   'TOO_LARGE' with `details.limit`, `maximum` and `actual`: the URI's length (MAX_MIGRATION_URI_LENGTH,
 *   before it is even trimmed), the decoded payload (MAX_MIGRATION_PAYLOAD_BYTES, computed from the
 *   base64 length before decoding), its accounts (MAX_MIGRATION_ENTRIES), its other fields
 *   (MAX_PROTOBUF_FIELDS) and its QR codes (`batch_size` up to MAX_MIGRATION_BATCH_SIZE). An account
 *   with more than MAX_PROTOBUF_FIELDS fields, a key over MAX_SECRET_BYTES or a name over
 *   MAX_LABEL_LENGTH is skipped with reason 'TOO_LARGE' and its `limit`.
 * - Unknown protobuf fields are skipped (a repeated field keeps its last value, as protobuf does). A
 *   payload without batch fields (hand-made examples, early exports) is batch 0 of 1 with id 0; a
 *   negative batch size or index, or an index not below the size, is a corrupt payload ('PROTOBUF').
 * - Entries: algorithm 0/1 → SHA1, 2 → SHA256, 3 → SHA512; digits 0/1 → 6, 2 → 8; type 0/2 → TOTP,
 *   1 → HOTP with `counter` (default 0); the period is always 30 s (the format has no field for it).
 *   MD5 and other values, an empty secret, an HOTP counter that is negative or above 2^53 − 1, and an
 *   entry whose own bytes are not valid protobuf or UTF-8 are *skipped* with their position and reason,
 *   so the other accounts still import. Secrets shorter than 80 bits are kept: Google accepts them.
 * - Names: with an empty issuer field, `name` is split at its first `:` into issuer and account
 *   (spaces before the account dropped); with an issuer, a leading `issuer + ':'` is stripped from it.
 *
 * Errors are `A2FError` 'MIGRATION_INVALID' with `details.reason`. The data holds every secret of the
 * export, so no message or detail ever quotes the URI or any part of it.
 */
import { A2FError, invalidOption, isA2FError, type MigrationInvalidReason } from '../errors.js'
import { Base64Error, decodeBase64, encodeBase64 } from '../encoding/base64.js'
import {
  limitDetails,
  MAX_LABEL_LENGTH,
  MAX_MIGRATION_BATCH_SIZE,
  MAX_MIGRATION_BATCHES,
  MAX_MIGRATION_ENTRIES,
  MAX_MIGRATION_PAYLOAD_BYTES,
  MAX_MIGRATION_URI_LENGTH,
  MAX_PROTOBUF_FIELDS,
  MAX_SECRET_BYTES,
  type InputLimit,
  type LimitDetails,
} from '../limits.js'
import type { Algorithm } from '../otp/params.js'
import { checkOtpauthRecord, type OtpauthRecord } from '../uri/otpauth-uri.js'
import {
  forEachField,
  ProtobufError,
  ProtobufFieldLimitError,
  ProtobufWriter,
  readMessage,
  toInt32,
  toInt64,
  type ProtobufField,
} from './protobuf.js'

/** An entry of an export that cannot become an `OtpauthRecord`. */
export interface MigrationSkippedEntry {
  /** Index of the entry in its payload (0-based). */
  position: number
  reason: MigrationInvalidReason
  /** With reason 'TOO_LARGE': the bound the entry exceeded (MAX_PROTOBUF_FIELDS, MAX_SECRET_BYTES, MAX_LABEL_LENGTH). */
  limit?: InputLimit
  /** Present when the entry's names could be read, so a UI can say which account was left out. */
  issuer?: string
  account?: string
}

/** Where one QR code sits in a multi-code export. */
export interface MigrationBatchInfo {
  /** 0-based index of this QR code. */
  index: number
  /** How many QR codes the export has (at least 1). */
  size: number
  /** Shared by all QR codes of one export (a signed 32-bit integer). */
  id: number
}

/** One QR code of an export, as read by `readMigrationUri`. */
export interface MigrationBatch {
  records: OtpauthRecord[]
  skipped: MigrationSkippedEntry[]
  batch: MigrationBatchInfo
  /** `version` field of the payload (1 in current exports; 0 when absent). */
  version: number
}

/** A skipped entry of a combined import: which QR code it was in. */
export interface MigrationImportSkippedEntry extends MigrationSkippedEntry {
  batchId: number
  batchIndex: number
}

/** Which QR codes of one export were received. */
export interface MigrationBatchProgress {
  id: number
  size: number
  /** Batch indexes received, ascending. */
  received: number[]
  /** Batch indexes from 0 to size − 1 not received yet, ascending. */
  missing: number[]
}

/** Several scanned QR codes put together by `combineMigrationBatches`. */
export interface MigrationImport {
  /** Every record, export by export (in the order first seen), QR code by QR code (by batch index). */
  records: OtpauthRecord[]
  skipped: MigrationImportSkippedEntry[]
  batches: MigrationBatchProgress[]
  /** True when at least one QR code was given and no export has a missing one. */
  complete: boolean
}

export interface BuildMigrationUrisOptions {
  /** Accounts per QR code (Google Authenticator uses 10), at most MAX_MIGRATION_ENTRIES. Default 10. */
  batchSize?: number
  /** `batch_id` of the export, a signed 32-bit integer. Default: a random integer from 1 to 2^31 − 1. */
  batchId?: number
}

const SCHEME = 'otpauth-migration://'
const HOST = 'offline'
/**
 * How many spaces that end the URI right after `data` may be read as form-decoded `+` when the data
 * does not read without them. Google's payloads end in a varint's last byte (< 0x80), so their base64
 * ends in at most one `+`; three cover any hand-made payload's last group of four characters.
 */
const MAX_TRAILING_PLUS = 3

/** MigrationPayload field numbers (formats.md; Google Authenticator's `migration.proto`). */
const PAYLOAD = { entry: 1, version: 2, batchSize: 3, batchIndex: 4, batchId: 5 } as const
/** OtpParameters field numbers. */
const ENTRY = { secret: 1, name: 2, issuer: 3, algorithm: 4, digits: 5, type: 6, counter: 7 } as const

/** Algorithm enum: 0 ALGORITHM_UNSPECIFIED (SHA1 by convention), 1 SHA1, 2 SHA256, 3 SHA512, 4 MD5. */
const ALGORITHM_BY_VALUE: ReadonlyMap<number, Algorithm> = new Map([
  [0, 'SHA1'],
  [1, 'SHA1'],
  [2, 'SHA256'],
  [3, 'SHA512'],
])
const ALGORITHM_VALUE: Readonly<Record<Algorithm, number>> = { SHA1: 1, SHA256: 2, SHA512: 3 }
/** DigitCount enum: 0 DIGIT_COUNT_UNSPECIFIED (6), 1 SIX, 2 EIGHT. */
const DIGITS_BY_VALUE: ReadonlyMap<number, number> = new Map([
  [0, 6],
  [1, 6],
  [2, 8],
])
const DIGITS_VALUE: Readonly<Record<number, number>> = { 6: 1, 8: 2 }
/** OtpType enum: 0 OTP_TYPE_UNSPECIFIED (TOTP), 1 HOTP, 2 TOTP. */
const TYPE_BY_VALUE: ReadonlyMap<number, 'totp' | 'hotp'> = new Map([
  [0, 'totp'],
  [1, 'hotp'],
  [2, 'totp'],
])
const TYPE_VALUE = { hotp: 1, totp: 2 } as const
/** Google's format has no period field: every TOTP entry uses 30 s. */
const PERIOD = 30

function fail(reason: MigrationInvalidReason, message: string): never {
  throw new A2FError('MIGRATION_INVALID', message, { reason })
}

/** Throws 'TOO_LARGE' for a bound of limits.ts. */
function tooLarge(limit: InputLimit, maximum: number, actual: number, what: string): never {
  const details: LimitDetails = limitDetails(limit, maximum, actual)
  throw new A2FError('MIGRATION_INVALID', `${what}: at most ${maximum}, found ${actual} (${limit}).`, {
    reason: 'TOO_LARGE',
    ...details,
  })
}

/** The raw `data` value of an export URI, and how many U+0020 spaces follow it at the very end. */
interface RawData {
  data: string
  /** Spaces trimmed right after `data` when it ends the URI: possibly form-decoded `+` (see the header). */
  trailingSpaces: number
}

/** Returns the raw `data` value of an export URI. */
function extractData(uri: string): RawData {
  if (typeof uri !== 'string') fail('NOT_A_STRING', `An export URI must be a string, received ${typeof uri}.`)
  // Before anything else: trim, slice and split all cost in proportion to the length.
  if (uri.length > MAX_MIGRATION_URI_LENGTH) {
    tooLarge('MAX_MIGRATION_URI_LENGTH', MAX_MIGRATION_URI_LENGTH, uri.length, 'The export URI is too long')
  }
  let text = uri.trim()
  const end = uri.length - uri.trimStart().length + text.length
  let trailing = 0
  while (uri.charCodeAt(end + trailing) === 32 /* space */) trailing++
  if (text.slice(0, SCHEME.length).toLowerCase() !== SCHEME) {
    fail('SCHEME', "A Google Authenticator export URI must start with 'otpauth-migration://offline'.")
  }
  const hash = text.indexOf('#')
  if (hash >= 0) text = text.slice(0, hash)
  const question = text.indexOf('?')
  const authorityAndPath = question < 0 ? text.slice(SCHEME.length) : text.slice(SCHEME.length, question)
  const slash = authorityAndPath.indexOf('/')
  if ((slash < 0 ? authorityAndPath : authorityAndPath.slice(0, slash)).toLowerCase() !== HOST) {
    fail('SCHEME', "A Google Authenticator export URI must start with 'otpauth-migration://offline'.")
  }

  let data: string | undefined
  let dataIsLast = false
  const pieces = question < 0 ? [] : text.slice(question + 1).split('&')
  for (const [i, piece] of pieces.entries()) {
    const equals = piece.indexOf('=')
    if ((equals < 0 ? piece : piece.slice(0, equals)).toLowerCase() !== 'data') continue
    if (data !== undefined) fail('DUPLICATE_DATA', 'The export URI has more than one data parameter.')
    data = equals < 0 ? '' : piece.slice(equals + 1)
    dataIsLast = i === pieces.length - 1
  }
  if (data === undefined || data === '') fail('MISSING_DATA', 'The export URI has no data parameter.')
  // Spaces after a fragment, or after another parameter, were never part of `data`.
  return { data, trailingSpaces: dataIsLast && hash < 0 ? trailing : 0 }
}

/** Percent-decodes and base64-decodes `data`, refusing payloads over MAX_MIGRATION_PAYLOAD_BYTES. */
function decodeData(data: string): Uint8Array {
  let base64: string
  try {
    base64 = decodeURIComponent(data)
  } catch {
    return fail('BASE64', 'The export data has malformed percent-encoding.')
  }
  // A space here is a '+' that went through form decoding (application/x-www-form-urlencoded).
  base64 = base64.replace(/ /g, '+')
  // The decoded size follows from the base64 length (RFC 4648 §4: 3 bytes per 4 characters).
  const unpadded = base64.replace(/=+$/, '').length
  const bytes = Math.floor((unpadded * 3) / 4)
  if (bytes > MAX_MIGRATION_PAYLOAD_BYTES) {
    tooLarge(
      'MAX_MIGRATION_PAYLOAD_BYTES',
      MAX_MIGRATION_PAYLOAD_BYTES,
      bytes,
      'The export data is too large',
    )
  }
  try {
    return decodeBase64(base64)
  } catch (error) {
    if (!(error instanceof Base64Error)) throw error
    return fail('BASE64', `The export data is not base64: ${error.message}`)
  }
}

/** Reads an account's protobuf message: its fields, or why it cannot be read. */
function tryReadEntryMessage(bytes: Uint8Array): ProtobufField[] | 'PROTOBUF' | 'TOO_LARGE' {
  try {
    return readMessage(bytes, MAX_PROTOBUF_FIELDS)
  } catch (error) {
    if (error instanceof ProtobufFieldLimitError) return 'TOO_LARGE'
    if (error instanceof ProtobufError) return 'PROTOBUF'
    throw error
  }
}

const UTF8 = /* @__PURE__ */ new TextDecoder('utf-8', { fatal: true })

/** Decodes UTF-8 strictly (protobuf strings must be valid UTF-8); `null` when invalid. */
function tryDecodeUtf8(bytes: Uint8Array): string | null {
  try {
    return UTF8.decode(bytes)
  } catch {
    return null
  }
}

/** Splits Google's `name` field into issuer and account (see the module header). */
function splitName(name: string, issuerField: string): { issuer?: string; account: string } {
  if (issuerField !== '') {
    const prefix = issuerField + ':'
    return { issuer: issuerField, account: name.startsWith(prefix) ? name.slice(prefix.length) : name }
  }
  const colon = name.indexOf(':')
  if (colon < 0) return { account: name }
  const issuer = name.slice(0, colon)
  const account = name.slice(colon + 1).replace(/^ +/, '')
  return issuer === '' ? { account } : { issuer, account }
}

/** Reads one OtpParameters entry into a record, or the reason it cannot be one. */
function readEntry(bytes: Uint8Array, position: number): OtpauthRecord | MigrationSkippedEntry {
  const fields = tryReadEntryMessage(bytes)
  if (fields === 'PROTOBUF') return { position, reason: 'PROTOBUF' }
  if (fields === 'TOO_LARGE') return { position, reason: 'TOO_LARGE', limit: 'MAX_PROTOBUF_FIELDS' }
  let secret: Uint8Array = new Uint8Array(0)
  let nameBytes: Uint8Array = new Uint8Array(0)
  let issuerBytes: Uint8Array = new Uint8Array(0)
  let algorithmValue = 0n
  let digitsValue = 0n
  let typeValue = 0n
  let counterValue = 0n
  // Protobuf: for a non-repeated field that appears more than once, the last value wins.
  for (const f of fields) {
    const isLength = f.wireType === 2
    const isVarint = f.wireType === 0
    switch (f.field) {
      case ENTRY.secret:
      case ENTRY.name:
      case ENTRY.issuer:
        if (!isLength) return { position, reason: 'PROTOBUF' }
        if (f.field === ENTRY.secret) secret = f.value
        else if (f.field === ENTRY.name) nameBytes = f.value
        else issuerBytes = f.value
        break
      case ENTRY.algorithm:
      case ENTRY.digits:
      case ENTRY.type:
      case ENTRY.counter:
        if (!isVarint) return { position, reason: 'PROTOBUF' }
        if (f.field === ENTRY.algorithm) algorithmValue = f.value
        else if (f.field === ENTRY.digits) digitsValue = f.value
        else if (f.field === ENTRY.type) typeValue = f.value
        else counterValue = f.value
        break
      default:
        break // unknown field: skipped, as protobuf readers do
    }
  }

  // `name` is `issuer:account`. A UTF-16 unit takes at most 3 UTF-8 bytes, so more bytes than 3 units
  // each cannot fit the bound: refused before decoding; what passes is measured after.
  const tooLongName = { position, reason: 'TOO_LARGE', limit: 'MAX_LABEL_LENGTH' } as const
  if (nameBytes.length > 3 * (2 * MAX_LABEL_LENGTH + 1) || issuerBytes.length > 3 * MAX_LABEL_LENGTH) {
    return tooLongName
  }
  const name = tryDecodeUtf8(nameBytes)
  const issuerField = tryDecodeUtf8(issuerBytes)
  if (name === null || issuerField === null) return { position, reason: 'PROTOBUF' }
  const names = splitName(name, issuerField)
  if (names.account.length > MAX_LABEL_LENGTH || (names.issuer?.length ?? 0) > MAX_LABEL_LENGTH) {
    return tooLongName
  }
  const skip = (reason: MigrationInvalidReason): MigrationSkippedEntry => ({ position, reason, ...names })

  if (secret.length === 0) return skip('EMPTY_SECRET')
  if (secret.length > MAX_SECRET_BYTES) return { ...skip('TOO_LARGE'), limit: 'MAX_SECRET_BYTES' }
  const algorithm = ALGORITHM_BY_VALUE.get(toInt32(algorithmValue))
  if (algorithm === undefined) return skip('UNSUPPORTED_ALGORITHM')
  const digits = DIGITS_BY_VALUE.get(toInt32(digitsValue))
  if (digits === undefined) return skip('UNSUPPORTED_DIGITS')
  const type = TYPE_BY_VALUE.get(toInt32(typeValue))
  if (type === undefined) return skip('UNSUPPORTED_TYPE')

  // Copy the secret: a view would keep the whole decoded payload (every other secret) alive.
  const record: OtpauthRecord = {
    type,
    secret: secret.slice(),
    account: names.account,
    algorithm,
    digits,
    period: PERIOD,
  }
  if (names.issuer !== undefined) record.issuer = names.issuer
  if (type === 'hotp') {
    const counter = toInt64(counterValue)
    if (counter < 0n || counter > BigInt(Number.MAX_SAFE_INTEGER)) return skip('UNSUPPORTED_COUNTER')
    record.counter = Number(counter)
  }
  return record
}

/**
 * Reads one QR code of a Google Authenticator export. Throws `A2FError` 'MIGRATION_INVALID' only
 * when the URI or the payload as a whole cannot be read ('NOT_A_STRING', 'SCHEME', 'MISSING_DATA',
 * 'DUPLICATE_DATA', 'BASE64', 'TOO_LARGE', 'PROTOBUF'); entries that cannot become records are listed
 * in `skipped` and the others are returned.
 */
export function readMigrationUri(uri: string): MigrationBatch {
  const { data, trailingSpaces } = extractData(uri)
  try {
    return readPayload(decodeData(data))
  } catch (error) {
    // A '+' that ended the data, form-decoded into a space and then trimmed as white space (see the
    // header): only when the data does not read as it is, and never past a bound.
    const reason = isA2FError(error, 'MIGRATION_INVALID') ? error.details.reason : undefined
    if (trailingSpaces === 0 || (reason !== 'BASE64' && reason !== 'PROTOBUF')) throw error
    for (let plus = 1; plus <= Math.min(trailingSpaces, MAX_TRAILING_PLUS); plus++) {
      try {
        return readPayload(decodeData(data + '+'.repeat(plus)))
      } catch {
        // not this reading either: the first error stands
      }
    }
    throw error
  }
}

/** Reads a decoded MigrationPayload, bounding its accounts, other fields and batch size. */
function readPayload(payload: Uint8Array): MigrationBatch {
  const records: OtpauthRecord[] = []
  const skipped: MigrationSkippedEntry[] = []
  let version = 0
  let size = 0
  let index = 0
  let id = 0
  let position = 0
  let others = 0
  const visit = (f: ProtobufField): void => {
    if (f.field === PAYLOAD.entry) {
      if (f.wireType !== 2) fail('PROTOBUF', 'An account entry of the export payload is not a message.')
      // Counted before the entry is read, so the bound holds before anything is made from it.
      if (position >= MAX_MIGRATION_ENTRIES) {
        tooLarge(
          'MAX_MIGRATION_ENTRIES',
          MAX_MIGRATION_ENTRIES,
          position + 1,
          'The export has too many accounts',
        )
      }
      const entry = readEntry(f.value, position++)
      if ('type' in entry) records.push(entry)
      else skipped.push(entry)
      return
    }
    if (++others > MAX_PROTOBUF_FIELDS) {
      tooLarge('MAX_PROTOBUF_FIELDS', MAX_PROTOBUF_FIELDS, others, 'The export payload has too many fields')
    }
    if (f.field >= PAYLOAD.version && f.field <= PAYLOAD.batchId) {
      if (f.wireType !== 0) fail('PROTOBUF', 'A batch field of the export payload is not an integer.')
      const value = toInt32(f.value)
      if (f.field === PAYLOAD.version) version = value
      else if (f.field === PAYLOAD.batchSize) size = value
      else if (f.field === PAYLOAD.batchIndex) index = value
      else id = value
    }
  }
  try {
    forEachField(payload, visit)
  } catch (error) {
    if (!(error instanceof ProtobufError)) throw error
    fail('PROTOBUF', 'The export data is not a valid protobuf MigrationPayload.')
  }
  // No batch fields (proto3 default 0): a single QR code.
  if (size === 0) size = 1
  if (size < 0 || index < 0 || index >= size) {
    fail('PROTOBUF', 'The batch index and size of the export payload are inconsistent.')
  }
  // combineMigrationBatches lists every index below the size that was not received.
  if (size > MAX_MIGRATION_BATCH_SIZE) {
    tooLarge(
      'MAX_MIGRATION_BATCH_SIZE',
      MAX_MIGRATION_BATCH_SIZE,
      size,
      'The export claims too many QR codes',
    )
  }
  return { records, skipped, batch: { index, size, id }, version }
}

/**
 * Reads one QR code of a Google Authenticator export into records, strictly: when any entry cannot be
 * imported it throws 'UNSUPPORTED_ENTRY' with their `positions` (use `readMigrationUri` to import the
 * others). Also throws what `readMigrationUri` throws.
 */
export function parseMigrationUri(uri: string): OtpauthRecord[] {
  const { records, skipped } = readMigrationUri(uri)
  if (skipped.length > 0) {
    const positions = skipped.map((entry) => entry.position)
    const list = skipped.map((entry) => `${entry.position} (${entry.reason})`).join(', ')
    throw new A2FError(
      'MIGRATION_INVALID',
      `${skipped.length} of ${skipped.length + records.length} accounts in the export cannot be imported, at position ${list}. ` +
        'Use readMigrationUri to import the others.',
      { reason: 'UNSUPPORTED_ENTRY', positions },
    )
  }
  return records
}

function sameRecord(a: OtpauthRecord, b: OtpauthRecord): boolean {
  if (
    a.type !== b.type ||
    a.account !== b.account ||
    a.issuer !== b.issuer ||
    a.algorithm !== b.algorithm ||
    a.digits !== b.digits ||
    a.period !== b.period ||
    a.counter !== b.counter ||
    a.secret.length !== b.secret.length
  ) {
    return false
  }
  return a.secret.every((byte, i) => byte === b.secret[i])
}

/** Whether two batches hold the same content: the same QR code scanned twice. */
function sameBatch(a: MigrationBatch, b: MigrationBatch): boolean {
  return (
    a.version === b.version &&
    a.batch.size === b.batch.size &&
    a.records.length === b.records.length &&
    a.skipped.length === b.skipped.length &&
    a.records.every((record, i) => sameRecord(record, b.records[i] as OtpauthRecord)) &&
    a.skipped.every((entry, i) => {
      const other = b.skipped[i] as MigrationSkippedEntry
      return (
        entry.position === other.position &&
        entry.reason === other.reason &&
        entry.issuer === other.issuer &&
        entry.account === other.account
      )
    })
  )
}

/**
 * Puts together QR codes scanned one at a time. Batches are grouped by `batch.id`; a QR code scanned
 * twice (same id, index and content) is ignored. A different QR code with the same id and index
 * belongs to another export whose id collides (exports without batch fields all have id 0), so it
 * starts a group of its own instead of being dropped. A group's size is the largest size seen in it.
 * `missing` lists the batch indexes not received (how a UI says "QR code 2 of 3 is missing").
 *
 * Bounded whatever the batches claim: more than MAX_MIGRATION_BATCHES batches, or one whose size or
 * index + 1 exceeds MAX_MIGRATION_BATCH_SIZE, is 'MIGRATION_INVALID' 'TOO_LARGE'; batch fields that
 * are not whole numbers (hand-made batches) are 'OPTION_INVALID'.
 */
export function combineMigrationBatches(batches: MigrationBatch[]): MigrationImport {
  if (!Array.isArray(batches)) invalidOption('batches', 'an array of MigrationBatch', batches)
  if (batches.length > MAX_MIGRATION_BATCHES) {
    tooLarge('MAX_MIGRATION_BATCHES', MAX_MIGRATION_BATCHES, batches.length, 'Too many QR codes to combine')
  }
  type Group = { id: number; size: number; byIndex: Map<number, MigrationBatch> }
  const groups: Group[] = []
  // Groups by batch id, so that many exports cost a lookup each rather than a scan of all groups.
  const groupsById = new Map<number, Group[]>()
  for (const [i, batch] of batches.entries()) {
    const { id, index, size } = checkBatchInfo(batch, i)
    let sameId = groupsById.get(id)
    if (sameId === undefined) groupsById.set(id, (sameId = []))
    const duplicate = sameId.some((group) => {
      const received = group.byIndex.get(index)
      return received !== undefined && sameBatch(received, batch)
    })
    if (duplicate) continue
    let group = sameId.find((candidate) => !candidate.byIndex.has(index))
    if (group === undefined) {
      group = { id, size, byIndex: new Map() }
      groups.push(group)
      sameId.push(group)
    }
    group.size = Math.max(group.size, size, index + 1)
    group.byIndex.set(index, batch)
  }

  const records: OtpauthRecord[] = []
  const skipped: MigrationImportSkippedEntry[] = []
  const progress: MigrationBatchProgress[] = []
  for (const group of groups) {
    const received = [...group.byIndex.keys()].sort((a, b) => a - b)
    for (const batchIndex of received) {
      const batch = group.byIndex.get(batchIndex) as MigrationBatch
      records.push(...batch.records)
      for (const entry of batch.skipped) skipped.push({ ...entry, batchId: group.id, batchIndex })
    }
    const missing: number[] = []
    for (let i = 0; i < group.size; i++) if (!group.byIndex.has(i)) missing.push(i)
    progress.push({ id: group.id, size: group.size, received, missing })
  }
  const complete = progress.length > 0 && progress.every((group) => group.missing.length === 0)
  return { records, skipped, batches: progress, complete }
}

/**
 * The batch fields of one batch given to `combineMigrationBatches`, checked: batches may be made by
 * hand, and the size decides how long the list of missing QR codes is.
 */
function checkBatchInfo(batch: MigrationBatch, i: number): MigrationBatchInfo {
  const info = (batch as Partial<MigrationBatch> | null)?.batch
  if (typeof info !== 'object' || info === null) {
    return invalidOption(`batches[${i}]`, 'a MigrationBatch from readMigrationUri', batch)
  }
  const { id, index, size } = info
  if (!(Number.isSafeInteger(size) && size >= 1)) {
    invalidOption(`batches[${i}].batch.size`, 'a whole number from 1', size)
  }
  if (!(Number.isSafeInteger(index) && index >= 0)) {
    invalidOption(`batches[${i}].batch.index`, 'a whole number from 0', index)
  }
  if (!Number.isSafeInteger(id)) invalidOption(`batches[${i}].batch.id`, 'a whole number', id)
  // A group's size is at least index + 1, so the index is bounded like the size.
  const claimed = Math.max(size, index + 1)
  if (claimed > MAX_MIGRATION_BATCH_SIZE) {
    tooLarge(
      'MAX_MIGRATION_BATCH_SIZE',
      MAX_MIGRATION_BATCH_SIZE,
      claimed,
      'An export claims too many QR codes',
    )
  }
  return { id, index, size }
}

/** A random `batch_id` from 1 to 2^31 − 1 (crypto.getRandomValues). */
function randomBatchId(): number {
  const word = new Uint32Array(1)
  let id = 0
  while (id === 0) id = (crypto.getRandomValues(word)[0] as number) >>> 1
  return id
}

/** Encodes one OtpParameters entry. */
function writeEntry(record: OtpauthRecord): Uint8Array {
  const writer = new ProtobufWriter().bytes(ENTRY.secret, record.secret)
  writer.string(
    ENTRY.name,
    record.issuer === undefined ? record.account : `${record.issuer}:${record.account}`,
  )
  if (record.issuer !== undefined) writer.string(ENTRY.issuer, record.issuer)
  writer
    .varint(ENTRY.algorithm, ALGORITHM_VALUE[record.algorithm])
    .varint(ENTRY.digits, DIGITS_VALUE[record.digits] as number)
    .varint(ENTRY.type, TYPE_VALUE[record.type])
  if (record.type === 'hotp') writer.varint(ENTRY.counter, record.counter as number)
  return writer.finish()
}

/**
 * Writes records as a Google Authenticator export: one `otpauth-migration://offline?data=…` URI per
 * QR code of `batchSize` accounts, all sharing `batchId` (version 1, batch_size = number of URIs).
 * The name field is `issuer:account` when there is an issuer (which also goes in the issuer field),
 * else the account. An empty list gives `[]`.
 *
 * Throws `A2FError` 'OPTION_INVALID' for invalid options (`batchSize` from 1 to MAX_MIGRATION_ENTRIES)
 * or records (secrets may be any non-empty length up to MAX_SECRET_BYTES here; names up to
 * MAX_LABEL_LENGTH), and 'MIGRATION_INVALID' with the record's `position` for what the format cannot
 * carry: a TOTP period other than 30 ('UNSUPPORTED_PERIOD'), digits other than 6 or 8
 * ('UNSUPPORTED_DIGITS'). It never writes what the reader refuses: more than MAX_MIGRATION_BATCH_SIZE
 * QR codes or a payload over MAX_MIGRATION_PAYLOAD_BYTES is 'TOO_LARGE'.
 * An account with a `:` and no issuer is written as is; readers then take the part before the `:` as
 * the issuer, as Google Authenticator does.
 */
export function buildMigrationUris(
  records: OtpauthRecord[],
  options: BuildMigrationUrisOptions = {},
): string[] {
  if (!Array.isArray(records)) invalidOption('records', 'an array of OtpauthRecord', records)
  const { batchSize = 10, batchId } = options
  if (!(
    typeof batchSize === 'number' &&
    Number.isSafeInteger(batchSize) &&
    batchSize > 0 &&
    batchSize <= MAX_MIGRATION_ENTRIES
  )) {
    invalidOption('batchSize', `a whole number from 1 to ${MAX_MIGRATION_ENTRIES}`, batchSize)
  }
  if (
    batchId !== undefined &&
    !(Number.isInteger(batchId) && batchId >= -0x80000000 && batchId <= 0x7fffffff)
  ) {
    invalidOption('batchId', 'a whole number from -2147483648 to 2147483647', batchId)
  }
  if (records.length === 0) return []

  const entries = records.map((input, position) => {
    const record = checkOtpauthRecord(input, 1, `records[${position}].`)
    if (record.type === 'totp' && record.period !== PERIOD) {
      throw new A2FError(
        'MIGRATION_INVALID',
        `Record ${position} has a period of ${record.period} s; Google Authenticator exports only carry 30 s.`,
        { reason: 'UNSUPPORTED_PERIOD', position },
      )
    }
    if (DIGITS_VALUE[record.digits] === undefined) {
      throw new A2FError(
        'MIGRATION_INVALID',
        `Record ${position} has ${record.digits} digits; Google Authenticator exports only carry 6 or 8.`,
        { reason: 'UNSUPPORTED_DIGITS', position },
      )
    }
    return writeEntry(record)
  })

  const id = batchId ?? randomBatchId()
  const count = Math.ceil(entries.length / batchSize)
  // What the reader refuses is never written: the batch size here, the payload size below.
  if (count > MAX_MIGRATION_BATCH_SIZE) {
    tooLarge(
      'MAX_MIGRATION_BATCH_SIZE',
      MAX_MIGRATION_BATCH_SIZE,
      count,
      'The records need too many QR codes',
    )
  }
  const uris: string[] = []
  for (let index = 0; index < count; index++) {
    const writer = new ProtobufWriter()
    for (const entry of entries.slice(index * batchSize, (index + 1) * batchSize))
      writer.bytes(PAYLOAD.entry, entry)
    writer
      .varint(PAYLOAD.version, 1)
      .varint(PAYLOAD.batchSize, count)
      .varint(PAYLOAD.batchIndex, index)
      .varint(PAYLOAD.batchId, id)
    const payload = writer.finish()
    if (payload.length > MAX_MIGRATION_PAYLOAD_BYTES) {
      tooLarge(
        'MAX_MIGRATION_PAYLOAD_BYTES',
        MAX_MIGRATION_PAYLOAD_BYTES,
        payload.length,
        'A QR code of the export is too large',
      )
    }
    // encodeURIComponent escapes '+', '/' and '=' (%2B, %2F, %3D), as Google Authenticator's links do.
    uris.push(`${SCHEME}${HOST}?data=${encodeURIComponent(encodeBase64(payload))}`)
  }
  return uris
}
