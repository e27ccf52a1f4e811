import { encodeBase64 } from '@a2f/core'
import { checkNewPassphrase } from '../crypto/passphrase-rule.js'
import { storageError } from '../errors.js'
import { newKdfParams, type KdfCost } from '../crypto/kdf.js'
import { MAX_BACKUP_ENTRIES, MAX_BACKUP_LENGTH } from '../limits.js'
import { randomBytes, subtle, utf8 } from '../crypto/webcrypto.js'
import type { CredentialQuery } from '../model/credential.js'
import type { CredentialStore, UnreadableRecord } from '../model/credential-store.js'
import { openCredentials, wipe } from '../transfer/open-credentials.js'
import { toBackupCredential } from './backup-credential.js'
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  headerAad,
  type BackupFile,
  type BackupHeader,
  type BackupPlaintext,
} from './backup-format.js'
import { deriveBackupKeys } from './backup-keys.js'

export interface ExportBackupOptions {
  /** At least 8 characters, as for a vault. Nothing can open the file without it. */
  passphrase: string
  /** scrypt costs; default `DEFAULT_KDF_COST` (N = 2^17, r = 8, p = 1). Written into the file. */
  kdf?: Partial<KdfCost>
  /** Milliseconds since the epoch, for `createdAt`; injectable for tests. */
  now?: number
  /** Which credentials to back up; all by default. */
  query?: CredentialQuery
}

export interface BackupExport {
  /** The backup file (JSON text), to save as `*.a2f-backup.json`. */
  text: string
  /** How many credentials it holds. */
  exported: number
  /** Records that could not be opened, by id: they are not in the file, everything else is. */
  unreadable: UnreadableRecord[]
}

/**
 * Writes an encrypted backup of the store's credentials (format: docs/backup-format.md). Each
 * credential is opened with `store.get` (audited as 'reveal'); a record that cannot be opened is
 * reported by id in `unreadable` and the others are written.
 *
 * A backup that `readBackup` would refuse is never written: more than `MAX_BACKUP_ENTRIES` credentials,
 * or a file longer than `MAX_BACKUP_LENGTH`, is `INVALID_INPUT` 'query' (back up in parts, by `query`).
 */
export async function exportBackup(
  store: CredentialStore,
  options: ExportBackupOptions,
): Promise<BackupExport> {
  const { passphrase } = options
  checkNewPassphrase(passphrase)
  const now = options.now ?? Date.now()
  if (!Number.isSafeInteger(now) || now < 0) {
    throw storageError('INVALID_INPUT', { field: 'now', reason: 'milliseconds since the epoch' })
  }
  const kdf = newKdfParams(options.kdf)
  const { credentials, unreadable } = await openCredentials(store, options.query, {
    max: MAX_BACKUP_ENTRIES,
    refuse: (count) =>
      storageError('INVALID_INPUT', {
        field: 'query',
        reason: `${count} credentials; a backup holds at most ${MAX_BACKUP_ENTRIES}: back up in parts`,
      }),
  })
  let plaintext: Uint8Array<ArrayBuffer>
  try {
    const content: BackupPlaintext = { credentials: credentials.map(toBackupCredential) }
    plaintext = utf8.encode(JSON.stringify(content))
  } finally {
    wipe(credentials)
  }

  const iv = randomBytes(12)
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: new Date(now).toISOString(),
    kdf,
    cipher: { name: 'AES-256-GCM', iv: encodeBase64(iv) },
  }
  const keys = await deriveBackupKeys(passphrase, kdf)
  const ciphertext = await subtle().encrypt(
    { name: 'AES-GCM', iv, additionalData: headerAad(header) },
    keys.dataKey,
    plaintext,
  )
  plaintext.fill(0)
  const file: BackupFile = {
    ...header,
    check: encodeBase64(keys.check),
    data: encodeBase64(new Uint8Array(ciphertext)),
  }
  const text = `${JSON.stringify(file, null, 2)}\n`
  if (text.length > MAX_BACKUP_LENGTH) {
    throw storageError('INVALID_INPUT', {
      field: 'query',
      reason: `the backup would be ${text.length} characters, at most ${MAX_BACKUP_LENGTH}: back up in parts`,
    })
  }
  return { text, exported: credentials.length, unreadable }
}
