import { decodeBase64 } from '@a2f/core'
import { isStorageError, storageError, type BackupInvalidReason } from '../errors.js'
import { checkKdfParams, type ScryptParams } from '../crypto/kdf.js'
import { copy, subtle, utf8 } from '../crypto/webcrypto.js'
import {
  MAX_BACKUP_ENTRIES,
  MAX_BACKUP_LENGTH,
  MAX_JSON_VALUES_PER_ENTRY,
  type LimitDetails,
} from '../limits.js'
import { parseBoundedJson } from '../transfer/bounded-json.js'
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  headerAad,
  type BackupContent,
  type BackupCredential,
} from './backup-format.js'
import { deriveBackupKeys, sameBytes } from './backup-keys.js'

/**
 * Opens a backup file. Nothing is written anywhere; every problem is a typed error:
 *
 * - BACKUP_INVALID 'JSON': not JSON (a truncated file usually ends here);
 * - 'FORMAT': JSON, but not an a2f backup (or a member of the wrong type);
 * - 'VERSION': written by a newer a2f;
 * - 'KDF': key-derivation settings this version refuses (another algorithm, a cost past
 *   `MAX_KDF_MEMORY_BYTES` or `MAX_KDF_WORK`, a salt past `MAX_SALT_BYTES`: `details.limit` says which);
 * - WRONG_PASSPHRASE: the check value differs and the data does not open either;
 * - 'TAMPERED': the passphrase is right, but the data or the header fails authentication;
 * - 'TOO_LARGE': a file longer than `MAX_BACKUP_LENGTH`, nesting or values past the JSON limits, or
 *   more than `MAX_BACKUP_ENTRIES` credentials (`details.limit`, `maximum`, `actual`).
 *
 * Every limit but the count of credentials (inside the encrypted data) is checked before the key is
 * derived, so a crafted file costs at most one derivation within the limits.
 *
 * A file whose `kdf` (salt, N…) was edited derives another key, so it reads as a wrong passphrase:
 * nothing can tell the two apart, since the key comes from those very fields.
 */
export async function readBackup(text: string, passphrase: string): Promise<BackupContent> {
  if (typeof passphrase !== 'string' || passphrase === '') {
    throw storageError('INVALID_INPUT', { field: 'passphrase', reason: 'empty' })
  }
  const file = parseFile(text)
  const kdf = readKdf(file.kdf)
  // A malformed IV, check or data is an edit like any other: it is judged below, by authentication.
  const iv = readBytes((file.cipher as { iv?: unknown }).iv, 12)
  const check = readBytes(file.check, 32)

  const keys = await deriveBackupKeys(passphrase, kdf)
  const plaintext = iv === undefined ? undefined : await decrypt(keys.dataKey, iv, file)
  if (check === undefined || !sameBytes(keys.check, check)) {
    // The data opened: the passphrase is right and only `check` was edited.
    if (plaintext !== undefined) throw invalid('TAMPERED')
    throw storageError('WRONG_PASSPHRASE', {})
  }
  if (plaintext === undefined) throw invalid('TAMPERED')
  return readContent(plaintext, file.createdAt as string)
}

/**
 * Values the clear part of a file may hold: version 1 writes 15 (counted as `parseBoundedJson` does), and
 * any member added to it fails authentication; the room left lets such a file still read as 'TAMPERED'.
 */
const MAX_FILE_VALUES = 64

/** What the credentials' JSON may hold: `MAX_JSON_VALUES_PER_ENTRY` for each entry allowed. */
const MAX_CONTENT_VALUES = MAX_BACKUP_ENTRIES * MAX_JSON_VALUES_PER_ENTRY + MAX_FILE_VALUES

/** JSON → the file's members, checked for type; the order of checks decides the reason. */
function parseFile(text: string): Record<string, unknown> {
  const file = parseBoundedJson(text, {
    length: { max: MAX_BACKUP_LENGTH, limit: 'MAX_BACKUP_LENGTH' },
    maxValues: MAX_FILE_VALUES,
    notJson: 'JSON',
  })
  if (file === null || typeof file !== 'object' || Array.isArray(file)) throw invalid('FORMAT')
  const f = file as Record<string, unknown>
  if (f.format !== BACKUP_FORMAT || !Number.isSafeInteger(f.version) || (f.version as number) < 1) {
    throw invalid('FORMAT')
  }
  if ((f.version as number) > BACKUP_VERSION) throw invalid('VERSION')
  const cipher = f.cipher as Record<string, unknown> | null
  if (
    typeof f.createdAt !== 'string' ||
    cipher === null ||
    typeof cipher !== 'object' ||
    cipher.name !== 'AES-256-GCM' ||
    f.kdf === null ||
    typeof f.kdf !== 'object'
  ) {
    throw invalid('FORMAT')
  }
  return f
}

function readKdf(value: unknown): ScryptParams {
  try {
    return checkKdfParams(value)
  } catch (error) {
    if (!isStorageError(error, 'KEY_INVALID')) throw error
    const { limit, maximum, actual } = error.details
    throw invalid('KDF', limit === undefined ? undefined : { limit, maximum: maximum!, actual: actual! })
  }
}

/** Base64 of `length` bytes, or undefined; a longer text is not decoded at all. */
function readBytes(value: unknown, length: number): Uint8Array<ArrayBuffer> | undefined {
  if (typeof value !== 'string' || value.length > 4 * Math.ceil(length / 3)) return undefined
  try {
    const bytes = decodeBase64(value)
    return bytes?.length === length ? copy(bytes) : undefined
  } catch {
    return undefined
  }
}

/** The decrypted content, or undefined when it fails authentication (or `data` is not even base64). */
async function decrypt(
  key: CryptoKey,
  iv: Uint8Array<ArrayBuffer>,
  file: Record<string, unknown>,
): Promise<Uint8Array | undefined> {
  let ciphertext: Uint8Array
  try {
    if (typeof file.data !== 'string') return undefined
    ciphertext = decodeBase64(file.data)
  } catch {
    return undefined
  }
  if (ciphertext.length < 16) return undefined
  try {
    const plaintext = await subtle().decrypt(
      { name: 'AES-GCM', iv, additionalData: headerAad(file) },
      key,
      copy(ciphertext),
    )
    return new Uint8Array(plaintext)
  } catch {
    return undefined
  }
}

/**
 * The authenticated plaintext → content. It authenticated, so whoever held the passphrase wrote it:
 * anything but `{ credentials: [...] }` is a writer that is not a2f ('FORMAT'). Entries are checked one
 * by one on import, so one odd entry does not hide the others.
 */
function readContent(plaintext: Uint8Array, createdAt: string): BackupContent {
  let text: string
  try {
    text = utf8.decode(plaintext)
  } catch {
    throw invalid('FORMAT')
  } finally {
    plaintext.fill(0)
  }
  // Its length is bounded by the file's; a file of tiny entries is bounded by the count of values.
  const content = parseBoundedJson(text, { maxValues: MAX_CONTENT_VALUES, notJson: 'FORMAT' })
  const credentials = (content as { credentials?: unknown } | null)?.credentials
  if (!Array.isArray(credentials)) throw invalid('FORMAT')
  if (credentials.length > MAX_BACKUP_ENTRIES) {
    throw invalid('TOO_LARGE', {
      limit: 'MAX_BACKUP_ENTRIES',
      maximum: MAX_BACKUP_ENTRIES,
      actual: credentials.length,
    })
  }
  return { createdAt, credentials: credentials as BackupCredential[] }
}

const invalid = (reason: BackupInvalidReason, limit?: LimitDetails) =>
  storageError('BACKUP_INVALID', { reason, ...limit })
