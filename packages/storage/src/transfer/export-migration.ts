import { buildMigrationUris, isA2FError, type OtpauthRecord } from '@a2f/core'
import { storageError } from '../errors.js'
import type { Credential } from '../model/credential.js'
import type { CredentialStore } from '../model/credential-store.js'
import { exportIssue, type ExportIssue, type UriExport, type UriExportOptions } from './export-result.js'
import { describeError } from './import-report.js'
import { openCredentials, wipe } from './open-credentials.js'
import { credentialRecord } from './record-input.js'

export interface MigrationExportOptions extends UriExportOptions {
  /** Accounts per QR code. Default 10, as Google Authenticator does. */
  batchSize?: number
}

/**
 * A Google Authenticator export: `otpauth-migration://offline?data=…` URIs, one per QR code of
 * `batchSize` accounts, all of one export (the core's `buildMigrationUris`).
 *
 * Google's format has no period field: every key is read back as a 30-second key. A credential with
 * another period (or other than 6 or 8 digits) would give wrong codes after the transfer, so it is
 * reported in `skipped` instead of exported. The core refuses such records ('UNSUPPORTED_PERIOD',
 * 'UNSUPPORTED_DIGITS' with the record's position); its rules are the ones applied here.
 */
export async function exportMigrationUris(
  store: CredentialStore,
  options: MigrationExportOptions = {},
): Promise<UriExport> {
  const { batchSize = 10 } = options
  if (!Number.isSafeInteger(batchSize) || batchSize < 1) {
    throw storageError('INVALID_INPUT', { field: 'batchSize', reason: 'a positive whole number' })
  }
  const { credentials, unreadable } = await openCredentials(store, options.query)
  try {
    const { uris, skipped } = buildLeavingOut(credentials, batchSize)
    return { uris, unreadable, skipped }
  } finally {
    wipe(credentials)
  }
}

/**
 * Builds the export, moving each record the core refuses (it names the record's position) to `skipped`
 * and building again without it, so that the core stays the one judge of what the format can carry.
 */
function buildLeavingOut(credentials: Credential[], batchSize: number) {
  let remaining = credentials
  const skipped: ExportIssue[] = []
  for (;;) {
    const records: OtpauthRecord[] = remaining.map(credentialRecord)
    try {
      return { uris: buildMigrationUris(records, { batchSize }), skipped }
    } catch (error) {
      const position = refusedPosition(error)
      const refused = position === undefined ? undefined : remaining[position]
      if (refused === undefined) throw error
      skipped.push(exportIssue(refused, explain(error, refused)))
      remaining = remaining.filter((_, index) => index !== position)
    }
  }
}

/** The position of the record the core refused, read from its error. */
function refusedPosition(error: unknown): number | undefined {
  if (isA2FError(error, 'MIGRATION_INVALID')) return error.details.position
  if (isA2FError(error, 'OPTION_INVALID')) {
    const match = /^records\[(\d+)\]/.exec(error.details.option)
    return match === null ? undefined : Number(match[1])
  }
  return undefined
}

/** The core's messages name the record by position in an internal list: say it about the credential. */
function explain(error: unknown, credential: Credential) {
  const described = describeError(error)
  if (described.reason === 'UNSUPPORTED_PERIOD') {
    described.message = `Google Authenticator exports carry 30-second keys only; this one has a period of ${credential.otp.period} s.`
  } else if (described.reason === 'UNSUPPORTED_DIGITS') {
    described.message = `Google Authenticator exports carry 6- or 8-digit codes only; this one has ${credential.otp.digits}.`
  }
  return described
}
