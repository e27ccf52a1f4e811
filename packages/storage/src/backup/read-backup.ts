import { decodeBase64 } from '@a2f/core'
import { isStorageError, storageError, type BackupInvalidReason } from '../errors.js'
import { checkKdfParams, type ScryptParams } from '../crypto/kdf.js'
import { copy, subtle, utf8 } from '../crypto/webcrypto.js'
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
 * - 'KDF': key-derivation settings this version refuses (another algorithm, N beyond 2^22…);
 * - WRONG_PASSPHRASE: the check value differs and the data does not open either;
 * - 'TAMPERED': the passphrase is right, but the data or the header fails authentication.
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

/** JSON → the file's members, checked for type; the order of checks decides the reason. */
function parseFile(text: string): Record<string, unknown> {
  let file: unknown
  try {
    file = JSON.parse(text)
  } catch {
    throw invalid('JSON')
  }
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
    if (isStorageError(error, 'KEY_INVALID')) throw invalid('KDF')
    throw error
  }
}

/** Base64 of `length` bytes, or undefined. */
function readBytes(value: unknown, length: number): Uint8Array<ArrayBuffer> | undefined {
  try {
    const bytes = typeof value === 'string' ? decodeBase64(value) : undefined
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
  let content: unknown
  try {
    content = JSON.parse(utf8.decode(plaintext))
  } catch {
    throw invalid('FORMAT')
  } finally {
    plaintext.fill(0)
  }
  const credentials = (content as { credentials?: unknown } | null)?.credentials
  if (!Array.isArray(credentials)) throw invalid('FORMAT')
  return { createdAt, credentials: credentials as BackupCredential[] }
}

const invalid = (reason: BackupInvalidReason) => storageError('BACKUP_INVALID', { reason })
