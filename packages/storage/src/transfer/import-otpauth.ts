import { readOtpauthUri } from '@a2f/core'
import { storageError } from '../errors.js'
import type { CredentialStore } from '../model/credential-store.js'
import { importBatch } from './import-batch.js'
import { describeError, emptyReport, issue, unsupportedType, type ImportReport } from './import-report.js'
import { recordInput, type TransferImportOptions } from './record-input.js'
import { uriEntries } from './uri-lines.js'

/**
 * Imports `otpauth://` key URIs: text with one URI per line (blank lines ignored; issues name the
 * 1-based line number) or an array of URIs (issues name the 0-based array index). HOTP URIs are
 * reported as unsupported: the store keeps TOTP credentials. Every line is tried; a bad line is
 * reported and the others still import. More than `MAX_OTPAUTH_URIS` URIs or `MAX_OTPAUTH_LENGTH`
 * characters is BACKUP_INVALID 'TOO_LARGE', before anything is imported.
 */
export async function importOtpauthUris(
  store: CredentialStore,
  input: string | readonly string[],
  options: TransferImportOptions = {},
): Promise<ImportReport> {
  if (typeof input !== 'string' && !Array.isArray(input)) {
    throw storageError('INVALID_INPUT', { field: 'input', reason: 'text or an array of URIs' })
  }
  const report = emptyReport()
  const writer = importBatch(store, report)
  for (const { index, text } of uriEntries(input)) {
    let record
    try {
      record = readOtpauthUri(text).record
    } catch (error) {
      report.failed.push(issue({ index }, describeError(error)))
      continue
    }
    const context = { index, issuer: record.issuer, account: record.account }
    if (record.type !== 'totp') {
      report.skipped.push(unsupportedType(context, record.type))
      continue
    }
    await writer.add(
      context,
      () => recordInput(record, options.defaults),
      () => record.secret.fill(0),
    )
  }
  await writer.flush()
  return report
}
