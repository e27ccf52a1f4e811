import { buildOtpauthUri, isA2FError } from '@a2f/core'
import type { CredentialStore } from '../model/credential-store.js'
import { exportIssue, type ExportIssue, type UriExport, type UriExportOptions } from './export-result.js'
import { describeError } from './import-report.js'
import { openCredentials, wipe } from './open-credentials.js'
import { credentialRecord } from './record-input.js'

/**
 * One `otpauth://totp/ISSUER:ACCOUNT?secret=…` key URI per credential (the core's `buildOtpauthUri`),
 * for any authenticator app. A key URI carries the key and its parameters only: court passwords, notes
 * and status stay behind (an a2f backup keeps everything).
 */
export async function exportOtpauthUris(
  store: CredentialStore,
  options: UriExportOptions = {},
): Promise<UriExport> {
  const { credentials, unreadable } = await openCredentials(store, options.query)
  const uris: string[] = []
  const skipped: ExportIssue[] = []
  try {
    for (const credential of credentials) {
      try {
        uris.push(buildOtpauthUri(credentialRecord(credential)))
      } catch (error) {
        // The store checks what it keeps, so this is not expected; still, one odd record must not
        // stop the export of the others.
        if (!isA2FError(error)) throw error
        skipped.push(exportIssue(credential, describeError(error)))
      }
    }
  } finally {
    wipe(credentials)
  }
  return { uris, unreadable, skipped }
}
