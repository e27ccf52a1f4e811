import type { ScryptParams } from '../crypto/kdf.js'
import type { CredentialSummary } from '../model/credential.js'
import { utf8 } from '../crypto/webcrypto.js'

/**
 * The a2f backup file (docs/backup-format.md): JSON, a clear header that says how to derive the key,
 * and the credentials encrypted with AES-256-GCM.
 *
 * ```json
 * { "format": "a2f-backup", "version": 1, "createdAt": "2026-05-04T12:00:00.000Z",
 *   "kdf": { "name": "scrypt", "N": 131072, "r": 8, "p": 1, "salt": "<base64, 32 bytes>" },
 *   "cipher": { "name": "AES-256-GCM", "iv": "<base64, 12 bytes>" },
 *   "check": "<base64, 32 bytes>", "data": "<base64: ciphertext, then the 16-byte tag>" }
 * ```
 */
export interface BackupFile extends BackupHeader {
  /** Tells a wrong passphrase from an altered file (see `backup-keys.ts`). */
  check: string
  /** AES-256-GCM ciphertext of `BackupPlaintext` as UTF-8 JSON, tag appended; base64. */
  data: string
}

/** The clear part of the file, bound to `data` as AES-GCM associated data (`headerAad`). */
export interface BackupHeader {
  format: typeof BACKUP_FORMAT
  version: typeof BACKUP_VERSION
  /** When the backup was written, ISO 8601 in UTC. */
  createdAt: string
  kdf: ScryptParams
  cipher: { name: 'AES-256-GCM'; iv: string }
}

/** What `data` decrypts to. */
export interface BackupPlaintext {
  credentials: BackupCredential[]
}

/**
 * A credential as a backup keeps it: every field of `Credential` except `keyId` (which key sealed it
 * in the source store means nothing elsewhere) and `hasPassword` (the presence of `password` says it).
 */
export type BackupCredential = Omit<CredentialSummary, 'keyId' | 'hasPassword'> & {
  /** The TOTP key: base32, upper case, no padding. */
  secret: string
  password?: string
}

/** What `readBackup` returns: the decrypted content, not yet checked entry by entry (import does). */
export interface BackupContent {
  createdAt: string
  credentials: BackupCredential[]
}

export const BACKUP_FORMAT = 'a2f-backup'
export const BACKUP_VERSION = 1

/**
 * Canonical JSON of the header, the AES-GCM associated data: object keys sorted, no white space, so
 * that any reader re-serialising the parsed header gets the same bytes (RFC 8785 for what a header
 * holds: strings and integers). Editing any header field then fails authentication.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, field]) => field !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([key, field]) => `${JSON.stringify(key)}:${canonicalJson(field)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

/**
 * The associated data of `data`: the canonical JSON (UTF-8) of every member of the file except `check`
 * and `data`. A reader binds what it read, not what it understood, so an edited or an
 * added header member fails authentication too.
 */
export function headerAad(file: object): Uint8Array<ArrayBuffer> {
  const { check: _check, data: _data, ...header } = file as Record<string, unknown>
  return utf8.encode(canonicalJson(header))
}
