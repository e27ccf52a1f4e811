import type { CredentialQuery } from '../model/credential.js'
import type { UnreadableRecord } from '../model/credential-store.js'

/** What the URI exports return. */
export interface UriExport {
  /** One URI per credential (otpauth) or per QR code (Google export). */
  uris: string[]
  /** Records that could not be opened, by id: everything else was exported. */
  unreadable: UnreadableRecord[]
  /** Credentials the format cannot carry (a period other than 30 s in a Google export), not exported. */
  skipped: ExportIssue[]
}

/** A credential left out of an export because the format cannot carry it. Never holds a secret. */
export interface ExportIssue {
  id: string
  issuer: string
  account: string
  /** The core's error code: 'MIGRATION_INVALID' or 'OPTION_INVALID'. */
  code: string
  /** MIGRATION_INVALID's reason: 'UNSUPPORTED_PERIOD', 'UNSUPPORTED_DIGITS'. */
  reason?: string
  message: string
}

export interface UriExportOptions {
  /** Which credentials to export; all by default. */
  query?: CredentialQuery
}

/** The issue for a credential left out, from a described error (`describeError`). */
export function exportIssue(
  credential: { id: string; issuer: string; account: string },
  problem: { code: string; message: string; reason?: string },
): ExportIssue {
  const { id, issuer, account } = credential
  const result: ExportIssue = { id, issuer, account, code: problem.code, message: problem.message }
  if (problem.reason !== undefined) result.reason = problem.reason
  return result
}
