import { storageError } from '../errors.js'
import { utf8 } from '../crypto/webcrypto.js'
import { MAX_AEGIS_ENTRIES, MAX_AEGIS_LENGTH, MAX_AEGIS_SLOTS, MAX_JSON_VALUES_PER_ENTRY } from '../limits.js'
import { decryptAegisDb, type AegisEncryptedHeader } from './aegis-decrypt.js'
import { parseBoundedJson } from './bounded-json.js'

/**
 * Aegis Authenticator vault files (https://github.com/beemdevelopment/Aegis, docs/vault.md):
 *
 *     { "version": 1, "header": { "slots": [...] | null, "params": { "nonce", "tag" } | null },
 *       "db": { "version": 1..3, "entries": [...] }   // plain export
 *           | "<base64 of the AES-256-GCM ciphertext of that JSON>" }   // encrypted export
 *
 * Entries: `{ type: 'totp' | 'hotp' | 'steam' | 'motp' | 'yandex', uuid, name, issuer, note, info:
 * { secret (base32), algo, digits, period | counter } }` and more fields (icons, groups) left unread.
 */
export interface AegisEntry {
  type?: unknown
  uuid?: unknown
  name?: unknown
  issuer?: unknown
  note?: unknown
  info?: { secret?: unknown; algo?: unknown; digits?: unknown; period?: unknown } | null
}

/** The vault file format this reader knows (Aegis writes version 1). */
const FILE_VERSION = 1
/** Content versions written by Aegis so far: 1, 2 (groups by name), 3 (groups by uuid). */
const MAX_DB_VERSION = 3

/**
 * JSON values a vault may hold, counted before parsing: `MAX_JSON_VALUES_PER_ENTRY` per entry allowed,
 * and as many again for the header's slots (16 values each) and the groups (one per entry at most).
 */
const MAX_VALUES = MAX_AEGIS_ENTRIES * MAX_JSON_VALUES_PER_ENTRY * 2 + MAX_AEGIS_SLOTS * 16

/**
 * Reads an Aegis vault file into its entries, decrypting it with `password` when it is encrypted.
 * Errors: BACKUP_INVALID 'JSON' (not JSON), 'FORMAT' (not an Aegis vault), 'VERSION' (newer than
 * this reader), 'KDF' (scrypt settings refused), 'TAMPERED' (the content fails authentication),
 * 'TOO_LARGE' (longer than `MAX_AEGIS_LENGTH`, more than `MAX_AEGIS_ENTRIES` entries, too many slots
 * or JSON values: `details.limit`); INVALID_INPUT 'password' when the vault is encrypted and no
 * password is given; WRONG_PASSPHRASE.
 */
export async function readAegisVault(json: string, password?: string): Promise<AegisEntry[]> {
  const file = parseBoundedJson(json, {
    length: { max: MAX_AEGIS_LENGTH, limit: 'MAX_AEGIS_LENGTH' },
    maxValues: MAX_VALUES,
    notJson: 'JSON',
  }) as { version?: unknown; header?: unknown; db?: unknown } | null
  if (file === null || typeof file !== 'object' || !('db' in file) || !isObject(file.header)) {
    throw invalid('FORMAT')
  }
  if (file.version !== FILE_VERSION) throw invalid(isNewer(file.version, FILE_VERSION) ? 'VERSION' : 'FORMAT')
  let db: unknown = file.db
  if (typeof db === 'string') {
    if (typeof password !== 'string' || password === '') {
      throw storageError('INVALID_INPUT', {
        field: 'password',
        reason: 'required to open an encrypted Aegis vault',
      })
    }
    const plaintext = await decryptAegisDb(file.header as AegisEncryptedHeader, db, password)
    let text: string
    try {
      text = utf8.decode(plaintext)
    } catch {
      // It authenticated, so Aegis (or whoever held the key) wrote it: not a vault we understand.
      throw invalid('FORMAT')
    } finally {
      plaintext.fill(0)
    }
    db = parseBoundedJson(text, { maxValues: MAX_VALUES, notJson: 'FORMAT' })
  }
  const content = db as { version?: unknown; entries?: unknown } | null
  if (content === null || typeof content !== 'object' || !Array.isArray(content.entries)) {
    throw invalid('FORMAT')
  }
  if (!Number.isSafeInteger(content.version) || (content.version as number) < 1) throw invalid('FORMAT')
  if ((content.version as number) > MAX_DB_VERSION) throw invalid('VERSION')
  if (content.entries.length > MAX_AEGIS_ENTRIES) {
    throw storageError('BACKUP_INVALID', {
      reason: 'TOO_LARGE',
      limit: 'MAX_AEGIS_ENTRIES',
      maximum: MAX_AEGIS_ENTRIES,
      actual: content.entries.length,
    })
  }
  return content.entries as AegisEntry[]
}

const isObject = (value: unknown): value is object => value !== null && typeof value === 'object'
const isNewer = (value: unknown, known: number) => Number.isSafeInteger(value) && (value as number) > known
const invalid = (reason: 'JSON' | 'FORMAT' | 'VERSION') => storageError('BACKUP_INVALID', { reason })
