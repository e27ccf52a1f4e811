/**
 * Bounds on everything a2f reads from outside — a QR code, a pasted key, a link, a Google export — so
 * that no count, length or index in hostile input can make a reader allocate or loop without end (one
 * 93-character export claiming 2^31 − 1 QR codes once made `combineMigrationBatches` exhaust the heap).
 * Each bound is checked *before* anything is allocated from the value it limits, and exceeding one is an
 * `A2FError` of the reader's usual code with `details.reason` 'TOO_LARGE' and `details.limit` naming the
 * constant, `maximum` its value and `actual` what was found (for a count that is read incrementally,
 * `actual` is where reading stopped: `maximum + 1`).
 *
 * The values are far above anything real (the reasons are beside each one, and in the README's
 * "Limits"); they exist to bound the work, not to police content.
 *
 * @example
 * try {
 *   readMigrationUri(scanned)
 * } catch (error) {
 *   if (isA2FError(error, 'MIGRATION_INVALID') && error.details.reason === 'TOO_LARGE') {
 *     error.details // { reason: 'TOO_LARGE', limit: 'MAX_MIGRATION_BATCH_SIZE', maximum: 1000, actual: 2147483647 }
 *   }
 * }
 */

/**
 * Bytes of one key read from outside (`parseSecret`, links, exports, `decodeBase32`) or written by the
 * URI and export builders. RFC 6238 §5.1 and its reference keys use 20, 32 and 64 bytes (SHA1, SHA256, SHA512)
 * and HMAC hashes any key longer than its block (RFC 2104 §3: 64 or 128 bytes), so a longer key adds
 * nothing; courts issue 20. 1024 is 16 times the largest standard key.
 */
export const MAX_SECRET_BYTES = 1024

/**
 * Characters of a key as pasted (`parseSecret`, the `secret` of a link, `decodeBase32`), counted with
 * its separators and padding: MAX_SECRET_BYTES is 1639 base32 characters, 2049 in groups of four with
 * spaces; 4096 leaves room for line breaks and stray white space. (A key handed to `totp` and the other
 * OTP functions as text is the caller's own and is not bounded: reading it allocates 5/8 of its length,
 * and the check would cost `@a2f/core/sha1` a twentieth of its size.)
 */
export const MAX_SECRET_TEXT_LENGTH = 4096

/**
 * Characters of an `otpauth://` link. Real links are under 300 characters and the largest QR code holds
 * 4296 (version 40-L, alphanumeric mode; ISO/IEC 18004 Table 7). 32,768 is what the longest link
 * `buildOtpauthUri` can write needs (a MAX_SECRET_BYTES key is 1639 characters; the issuer, written
 * twice, and the account, MAX_LABEL_LENGTH units each at up to 9 characters of percent-encoding per
 * unit, about 27,700), so every link a2f writes reads back.
 */
export const MAX_OTPAUTH_URI_LENGTH = 32 * 1024

/**
 * UTF-16 code units of an account name or an issuer (each), in links and exports. E-mail addresses,
 * the longest usual account names, stop at 254 characters (RFC 5321 §4.5.3.1.3 path limit);
 * @a2f/storage keeps 200. 1024 reads other apps' long labels and still bounds the work.
 */
export const MAX_LABEL_LENGTH = 1024

/**
 * Bytes of one decoded export payload. One QR code holds at most 2953 bytes (version 40-L, byte mode),
 * so a scanned export is under 2.2 kB; 1 MiB also reads exports passed around as text.
 */
export const MAX_MIGRATION_PAYLOAD_BYTES = 1024 * 1024

/**
 * Characters of an `otpauth-migration://` link, checked before it is even trimmed: the base64 of
 * MAX_MIGRATION_PAYLOAD_BYTES with every character percent-encoded (4 × 1 MiB), plus 4096 for the
 * scheme, other parameters and white space.
 */
export const MAX_MIGRATION_URI_LENGTH = 4 * MAX_MIGRATION_PAYLOAD_BYTES + 4096

/**
 * Accounts in one export payload (one QR code), counting those skipped. Google Authenticator writes 10
 * per QR code, and one QR code holds about 150 at most (2953 characters are 2190 payload bytes after
 * base64; an account with a 10-byte key takes 14); 1000 leaves room for exports passed as text.
 */
export const MAX_MIGRATION_ENTRIES = 1000

/**
 * QR codes in one export (`batch_size`; a `batch_index` must be below it). At Google's 10 accounts a
 * code, 1000 codes are 10,000 accounts, far beyond any person's authenticator; `combineMigrationBatches`
 * lists the missing ones, so this bounds that list.
 */
export const MAX_MIGRATION_BATCH_SIZE = 1000

/**
 * QR codes given to `combineMigrationBatches` at once: one export of MAX_MIGRATION_BATCH_SIZE codes.
 * With it, the `missing` lists of a call hold at most 10^6 numbers however the batches are forged.
 */
export const MAX_MIGRATION_BATCHES = 1000

/**
 * Fields in one protobuf message of an export, not counting the repeated accounts of the payload.
 * Google writes at most 7 per account and 4 besides the accounts in a payload; 64 leaves room for
 * fields a future version adds and for repeats (protobuf keeps the last), and bounds the objects a
 * payload of MAX_MIGRATION_ENTRIES accounts can make to 64,000.
 */
export const MAX_PROTOBUF_FIELDS = 64

/** The name of each bound, as `details.limit` gives it. */
export type InputLimit =
  | 'MAX_SECRET_BYTES'
  | 'MAX_SECRET_TEXT_LENGTH'
  | 'MAX_OTPAUTH_URI_LENGTH'
  | 'MAX_LABEL_LENGTH'
  | 'MAX_MIGRATION_PAYLOAD_BYTES'
  | 'MAX_MIGRATION_URI_LENGTH'
  | 'MAX_MIGRATION_ENTRIES'
  | 'MAX_MIGRATION_BATCH_SIZE'
  | 'MAX_MIGRATION_BATCHES'
  | 'MAX_PROTOBUF_FIELDS'

/** `details` of a 'TOO_LARGE' refusal, besides `reason`. */
export interface LimitDetails {
  /** Which bound was exceeded. */
  limit: InputLimit
  /** Its value. */
  maximum: number
  /** What the input had (for a count read incrementally, `maximum + 1`). */
  actual: number
}

/** The details of a 'TOO_LARGE' refusal. */
export function limitDetails(limit: InputLimit, maximum: number, actual: number): LimitDetails {
  return { limit, maximum, actual }
}
