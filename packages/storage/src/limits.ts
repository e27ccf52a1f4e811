/**
 * Bounds on everything @a2f/storage reads from outside: backup files, Aegis vaults, otpauth and Google
 * export lists, and the vault record an adapter hands back. Each is checked before anything is derived,
 * decoded or parsed from what it bounds, so a crafted file costs at most what the largest legitimate one
 * does; going past one is a typed error (`BACKUP_INVALID` 'TOO_LARGE' or 'KDF', or `KEY_INVALID` for a
 * vault record) whose `details` say which limit (`limit`, the constant's name), its value (`maximum`) and what
 * was found (`actual`), as the core's limits do.
 *
 * ```ts
 * try { await importBackup(store, text, { passphrase }) }
 * catch (error) {
 *   if (isStorageError(error, 'BACKUP_INVALID') && error.details.limit === 'MAX_BACKUP_ENTRIES')
 *     show(`At most ${MAX_BACKUP_ENTRIES} credentials per backup`)
 * }
 * ```
 *
 * Sizing: the largest firms we serve keep about 10,000 credentials, so file limits leave ten times that.
 * The key-derivation limits are four times our own default cost (`DEFAULT_KDF_COST`: N = 2^17, r = 8,
 * p = 1, 128 MiB and 2^20 units of work, about 0.7 s here), which is sixteen times Aegis's default
 * (N = 2^15, r = 8, p = 1).
 */

/**
 * scrypt's memory, 128 · N · r bytes, at most 512 MiB: four times the default's 128 MiB. scrypt's
 * buffers live outside the JavaScript heap, so a heap limit would not stop a file naming 2 GiB.
 */
export const MAX_KDF_MEMORY_BYTES = 512 * 2 ** 20

/**
 * scrypt's work, N · r · p (block mixes per lane times lanes; time grows linearly with it), at most
 * 2^22: four times the default's 2^20, about 3 s here, and sixteen times Aegis's 2^18. An Aegis file's
 * password slots share this budget, since each is tried in turn.
 */
export const MAX_KDF_WORK = 2 ** 22

/** A salt is 16 to 64 bytes: a2f and Aegis write 32; RFC 7914 asks for no more, NIST SP 800-132 for ≥ 16. */
export const MIN_SALT_BYTES = 16
export const MAX_SALT_BYTES = 64

/** Credentials in one backup: ten times a 10,000-credential firm. */
export const MAX_BACKUP_ENTRIES = 100_000

/**
 * A backup file's text, at most 64 Mi characters: 100,000 credentials at about 500 bytes of JSON each
 * (the documented example's entry is 480), once base64 has grown them by a third.
 */
export const MAX_BACKUP_LENGTH = 64 * 2 ** 20

/**
 * Entries in one Aegis vault. Aegis is one person's phone app (people keep tens to hundreds of
 * accounts): 10,000 is far past any real vault.
 */
export const MAX_AEGIS_ENTRIES = 10_000

/** An Aegis file's text, at most 64 Mi characters: entries may carry icons (base64 images of some kB). */
export const MAX_AEGIS_LENGTH = 64 * 2 ** 20

/**
 * Slots in an Aegis header, of any type. Aegis writes one password slot and one biometric slot per
 * device that unlocks with a fingerprint.
 */
export const MAX_AEGIS_SLOTS = 32

/**
 * Password slots tried on an encrypted Aegis vault. Aegis writes one, and one more for a separate
 * backup password; every slot costs a derivation even when the password is wrong (64 slots at Aegis's
 * own cost took 14 s before this bound). Together they also stay within `MAX_KDF_WORK`: 8 slots at
 * Aegis's cost are 2^21.
 */
export const MAX_AEGIS_PASSWORD_SLOTS = 8

/** `otpauth://` URIs in one import (lines of text, or array items): as many as a backup's credentials. */
export const MAX_OTPAUTH_IMPORT_URIS = 100_000

/**
 * The text of an otpauth import (or the array's URIs together), at most 32 Mi characters: 100,000 key
 * URIs of about 300 characters (a typical one is 100 to 200).
 */
export const MAX_OTPAUTH_IMPORT_LENGTH = 32 * 2 ** 20

/**
 * Google Authenticator QR codes in one import. Google puts 10 accounts in each, so 1,000 QR codes carry
 * a 10,000-credential firm; each QR code is compared with those read before it (to read a rescan once).
 */
export const MAX_MIGRATION_IMPORT_URIS = 1_000

/**
 * Accounts read in one Google Authenticator import, all QR codes together (one given twice counts
 * twice): as many as a backup's credentials.
 */
export const MAX_MIGRATION_IMPORT_ENTRIES = 100_000

/**
 * How deep the JSON of a backup or Aegis file nests: theirs nests 5 levels at most (an Aegis slot's
 * `key_params`); past 16, it is not one of them. Checked on the text, before `JSON.parse`.
 */
export const MAX_JSON_DEPTH = 16

/**
 * JSON values (objects, arrays, strings, numbers…) per entry a file may hold, counted on the text before
 * `JSON.parse` allocates them: a backup entry with every field set has 23, an Aegis entry about 16. A
 * file of that many tiny values costs no more to parse than the largest legitimate file.
 */
export const MAX_JSON_VALUES_PER_ENTRY = 32

/** The name of the limit a refused input went past (`details.limit`). */
export type InputLimit =
  | 'MAX_KDF_MEMORY_BYTES'
  | 'MAX_KDF_WORK'
  | 'MAX_SALT_BYTES'
  | 'MAX_BACKUP_ENTRIES'
  | 'MAX_BACKUP_LENGTH'
  | 'MAX_AEGIS_ENTRIES'
  | 'MAX_AEGIS_LENGTH'
  | 'MAX_AEGIS_SLOTS'
  | 'MAX_AEGIS_PASSWORD_SLOTS'
  | 'MAX_OTPAUTH_IMPORT_URIS'
  | 'MAX_OTPAUTH_IMPORT_LENGTH'
  | 'MAX_MIGRATION_IMPORT_URIS'
  | 'MAX_MIGRATION_IMPORT_ENTRIES'
  | 'MAX_JSON_DEPTH'
  | 'MAX_JSON_VALUES_PER_ENTRY'

/**
 * Which limit an input went past, in `details` of the error that refused it: the constant's name, its
 * value, and what was found (for a count read incrementally, where counting stopped: `maximum + 1`).
 */
export interface LimitDetails {
  limit: InputLimit
  maximum: number
  actual: number
}
