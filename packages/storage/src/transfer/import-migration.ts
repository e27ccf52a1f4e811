import {
  combineMigrationBatches,
  readMigrationUri,
  type MigrationBatch,
  type MigrationBatchProgress,
} from '@a2f/core'
import { storageError } from '../errors.js'
import { MAX_MIGRATION_IMPORT_ENTRIES, MAX_MIGRATION_IMPORT_URIS, type LimitDetails } from '../limits.js'
import type { CredentialStore } from '../model/credential-store.js'
import { importBatch } from './import-batch.js'
import { describeError, emptyReport, issue, unsupportedType, type ImportReport } from './import-report.js'
import { recordInput, type TransferImportOptions } from './record-input.js'

/** An import of Google Authenticator QR codes, and whether every QR code of each export was given. */
export interface MigrationImportReport extends ImportReport {
  /** Per export (batch id): how many QR codes it has, which were received, which are missing. */
  batches: MigrationBatchProgress[]
  /** False when a QR code of an export is missing (`batches[i].missing`), or none could be read. */
  complete: boolean
}

/**
 * Imports Google Authenticator exports (`otpauth-migration://offline?data=…`), one URI per QR code, in
 * any order, from one or several exports. A QR code that cannot be read is reported with its index and
 * the others still import; QR codes missing from an export (batch_index/batch_size) are listed in
 * `batches` and make `complete` false. The same QR code given twice is read once. Entries the core
 * cannot read are reported with their position in their QR code; HOTP entries as unsupported.
 *
 * Every QR code is read before anything is written, so more than `MAX_MIGRATION_IMPORT_URIS` QR codes, or
 * `MAX_MIGRATION_IMPORT_ENTRIES` accounts read in all (a QR code given twice is read twice before it is
 * known to be a rescan), is BACKUP_INVALID 'TOO_LARGE' and imports nothing. Each QR code's own bounds
 * are the core's (`readMigrationUri`).
 */
export async function importMigrationUris(
  store: CredentialStore,
  uris: readonly string[],
  options: TransferImportOptions = {},
): Promise<MigrationImportReport> {
  if (!Array.isArray(uris)) {
    throw storageError('INVALID_INPUT', { field: 'uris', reason: 'an array of export URIs' })
  }
  if (uris.length > MAX_MIGRATION_IMPORT_URIS)
    throw tooLarge('MAX_MIGRATION_IMPORT_URIS', MAX_MIGRATION_IMPORT_URIS, uris.length)
  const report = emptyReport()
  const writer = importBatch(store, report)
  const accepted: { index: number; batch: MigrationBatch }[] = []
  let entries = 0
  for (const [index, uri] of uris.entries()) {
    let batch: MigrationBatch
    try {
      batch = readMigrationUri(uri)
    } catch (error) {
      report.failed.push(issue({ index }, describeError(error)))
      continue
    }
    entries += batch.records.length + batch.skipped.length
    if (entries > MAX_MIGRATION_IMPORT_ENTRIES)
      throw tooLarge('MAX_MIGRATION_IMPORT_ENTRIES', MAX_MIGRATION_IMPORT_ENTRIES, entries)
    const first = accepted.find((earlier) => isRescan(earlier.batch, batch))
    if (first !== undefined) {
      report.skipped.push(
        issue(
          { index },
          {
            code: 'DUPLICATE_BATCH',
            message: `This QR code was already given at index ${first.index}; it is read once.`,
          },
        ),
      )
      continue
    }
    accepted.push({ index, batch })
  }

  for (const { index, batch } of accepted) {
    for (const entry of batch.skipped) {
      const context = { index, position: entry.position, issuer: entry.issuer, account: entry.account }
      const problem = {
        code: 'MIGRATION_INVALID',
        reason: entry.reason,
        message: ENTRY_MESSAGES[entry.reason] ?? `This account cannot be imported (${entry.reason}).`,
      }
      // Kinds the store cannot keep (MD5, another digit count) are left out; broken entries failed.
      const list = entry.reason.startsWith('UNSUPPORTED_') ? report.skipped : report.failed
      list.push(issue(context, problem))
    }
    for (const { position, record } of withPositions(batch)) {
      const context = { index, position, issuer: record.issuer, account: record.account }
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
  }

  await writer.flush()
  const { batches, complete } = combineMigrationBatches(accepted.map(({ batch }) => batch))
  return { ...report, batches, complete }
}

/**
 * Whether `later` is `earlier` scanned again. The core's `combineMigrationBatches` drops such a QR code
 * (same id, same index, same content) and keeps the group to one: asking it keeps one definition.
 */
function isRescan(earlier: MigrationBatch, later: MigrationBatch): boolean {
  if (earlier.batch.id !== later.batch.id || earlier.batch.index !== later.batch.index) return false
  return combineMigrationBatches([earlier, later]).batches.length === 1
}

/** Records with their position in the QR code: the positions the core did not skip, in order. */
function withPositions(batch: MigrationBatch) {
  const skippedAt = new Set(batch.skipped.map((entry) => entry.position))
  const result: { position: number; record: MigrationBatch['records'][number] }[] = []
  let position = 0
  for (const record of batch.records) {
    while (skippedAt.has(position)) position += 1
    result.push({ position, record })
    position += 1
  }
  return result
}

/** Why the core skipped an entry, in words that name the reason only (the entry holds a key). */
const ENTRY_MESSAGES: Record<string, string> = {
  EMPTY_SECRET: 'This account of the export has no key.',
  UNSUPPORTED_ALGORITHM: 'This account uses an algorithm other than SHA1, SHA256 or SHA512 (MD5).',
  UNSUPPORTED_DIGITS: 'This account has a digit count the export format does not define.',
  UNSUPPORTED_TYPE: 'This account is of an OTP type the export format does not define.',
  UNSUPPORTED_COUNTER: 'This HOTP account has a counter outside the range a2f can keep.',
  PROTOBUF: 'This account of the export is malformed.',
}

const tooLarge = (limit: LimitDetails['limit'], maximum: number, actual: number) =>
  storageError('BACKUP_INVALID', { reason: 'TOO_LARGE', limit, maximum, actual })
