import { decodeBase32, type Algorithm } from '@a2f/core'
import { storageError } from '../errors.js'
import type { CredentialStore } from '../model/credential-store.js'
import { readAegisVault, type AegisEntry } from './aegis-vault.js'
import { importBatch } from './import-batch.js'
import { emptyReport, unsupportedType, type ImportReport } from './import-report.js'
import { recordInput, type TransferImportOptions } from './record-input.js'

export interface AegisImportOptions extends TransferImportOptions {
  /** The vault's password, for an encrypted vault (ignored for a plain one). */
  password?: string
}

/**
 * Imports an Aegis Authenticator vault file, plain or encrypted (see `readAegisVault`). TOTP entries
 * become credentials (`name` → account, `issuer`, `note` → notes); HOTP, Steam, mOTP and Yandex entries
 * are reported as unsupported. Problems with the file as a whole throw before anything is written
 * (BACKUP_INVALID, WRONG_PASSPHRASE, INVALID_INPUT 'password'); problems with an entry are reported
 * with its 0-based index in `db.entries`, and the others still import.
 */
export async function importAegisVault(
  store: CredentialStore,
  json: string,
  options: AegisImportOptions = {},
): Promise<ImportReport> {
  const entries = await readAegisVault(json, options.password)
  const report = emptyReport()
  const writer = importBatch(store, report)
  for (const [index, entry] of entries.entries()) {
    const context = { index, issuer: entry?.issuer, account: entry?.name }
    if (entry === null || typeof entry !== 'object') {
      report.failed.push({ index, code: 'BACKUP_INVALID', reason: 'FORMAT', message: 'Not an Aegis entry.' })
      continue
    }
    if (entry.type !== 'totp') {
      report.skipped.push(unsupportedType(context, entry.type))
      continue
    }
    await writer.add(context, () => entryInput(entry, options))
  }
  await writer.flush()
  return report
}

/** A TOTP entry → what `create` takes; the store checks names and parameters, the key is decoded here. */
function entryInput(entry: AegisEntry, options: TransferImportOptions) {
  const info = entry.info
  if (info === null || typeof info !== 'object') {
    throw storageError('INVALID_INPUT', { field: 'info', reason: 'missing' })
  }
  if (typeof info.secret !== 'string') {
    throw storageError('INVALID_INPUT', { field: 'secret', reason: 'base32 text' })
  }
  // Strict base32: a key field holding an otpauth URI must not bring its own parameters along.
  const secret = decodeBase32(info.secret)
  return recordInput(
    {
      secret,
      issuer: typeof entry.issuer === 'string' ? entry.issuer : '',
      account: typeof entry.name === 'string' ? entry.name : '',
      // Checked by the store (OPTION_INVALID naming the parameter): MD5 or 0 digits fail there.
      algorithm: info.algo as Algorithm,
      digits: info.digits as number,
      period: info.period as number,
    },
    options.defaults,
    typeof entry.note === 'string' ? { notes: entry.note } : {},
  )
}
