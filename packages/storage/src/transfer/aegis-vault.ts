import { storageError } from '../errors.js'
import { utf8 } from '../crypto/webcrypto.js'
import { decryptAegisDb, type AegisEncryptedHeader } from './aegis-decrypt.js'

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
 * Reads an Aegis vault file into its entries, decrypting it with `password` when it is encrypted.
 * Errors: BACKUP_INVALID 'JSON' (not JSON), 'FORMAT' (not an Aegis vault), 'VERSION' (newer than
 * this reader), 'KDF' (scrypt settings refused), 'TAMPERED' (the content fails authentication);
 * INVALID_INPUT 'password' when the vault is encrypted and no password is given; WRONG_PASSPHRASE.
 */
export async function readAegisVault(json: string, password?: string): Promise<AegisEntry[]> {
  const file = parseJson(json) as { version?: unknown; header?: unknown; db?: unknown } | null
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
    try {
      db = JSON.parse(utf8.decode(plaintext))
    } catch {
      // It authenticated, so Aegis (or whoever held the key) wrote it: not a vault we understand.
      throw invalid('FORMAT')
    } finally {
      plaintext.fill(0)
    }
  }
  const content = db as { version?: unknown; entries?: unknown } | null
  if (content === null || typeof content !== 'object' || !Array.isArray(content.entries)) {
    throw invalid('FORMAT')
  }
  if (!Number.isSafeInteger(content.version) || (content.version as number) < 1) throw invalid('FORMAT')
  if ((content.version as number) > MAX_DB_VERSION) throw invalid('VERSION')
  return content.entries as AegisEntry[]
}

function parseJson(text: string): unknown {
  if (typeof text !== 'string') throw invalid('JSON')
  try {
    return JSON.parse(text)
  } catch {
    throw invalid('JSON')
  }
}

const isObject = (value: unknown): value is object => value !== null && typeof value === 'object'
const isNewer = (value: unknown, known: number) => Number.isSafeInteger(value) && (value as number) > known
const invalid = (reason: 'JSON' | 'FORMAT' | 'VERSION') => storageError('BACKUP_INVALID', { reason })
