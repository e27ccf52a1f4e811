import { isA2FError } from '@a2f/core'
import { isStorageError } from '../errors.js'
import type { CredentialSummary } from '../model/credential.js'

/**
 * What every import returns: one line per entry, so that a user sees which accounts came in and which
 * did not, and why. One bad entry never stops the others.
 *
 * - `imported`: created (or replaced) credentials, in input order.
 * - `skipped`: entries left out on purpose: already present (backup import with `onExisting: 'skip'`),
 *   of a kind the store does not keep (HOTP, Steam, mOTP, Yandex, MD5 keys), a QR code given twice.
 * - `failed`: entries that could not be read or that the store refused (invalid key, missing issuer…).
 */
export interface ImportReport {
  imported: CredentialSummary[]
  skipped: ImportIssue[]
  failed: ImportIssue[]
}

/**
 * One entry that was not imported. Never holds a secret: names, codes and reasons only (a
 * `SECRET_INVALID_CHARACTER` message quotes the one character that is not base32, no more).
 */
export interface ImportIssue {
  /**
   * Where the entry is in the input: the line number (1-based, as editors show it) for otpauth text,
   * otherwise the 0-based array position (backup credentials, Aegis entries, migration URIs, URI arrays).
   */
  index: number
  /** For a migration URI: the entry's position inside that QR code (0-based). */
  position?: number
  /** The entry's names, when they could be read, so that a user knows which account it is. */
  issuer?: string
  account?: string
  /**
   * A `StorageError` code (ALREADY_EXISTS, INVALID_INPUT, CONFLICT…), an `A2FError` code from the core
   * (URI_INVALID, MIGRATION_INVALID, SECRET_TOO_SHORT…), or one of `ImportIssueCode`.
   */
  code: string
  /** The error's `reason` (URI_INVALID 'SECRET', MIGRATION_INVALID 'BASE64', the unsupported type…). */
  reason?: string
  /** The field an INVALID_INPUT names. */
  field?: string
  /** English, for developers and logs; user interfaces translate `code` and `reason`. */
  message: string
}

/** Codes of import issues that are not errors of the store or the core. */
export type ImportIssueCode =
  /** An entry of a type the store does not keep (it keeps TOTP only): `reason` is the type ('hotp'…). */
  | 'UNSUPPORTED_TYPE'
  /** The same QR code (same export, same batch, same content) was given twice: read once. */
  | 'DUPLICATE_BATCH'
  /** Anything else; the error's own message is not shown, since it cannot be checked for secrets. */
  | 'UNEXPECTED'

export function emptyReport(): ImportReport {
  return { imported: [], skipped: [], failed: [] }
}

/** Where an issue is and which account it concerns. */
export interface IssueContext {
  index: number
  position?: number
  issuer?: unknown
  account?: unknown
}

/** Builds an issue, keeping names only when they are text (input may be anything). */
export function issue(
  context: IssueContext,
  problem: { code: string; message: string; reason?: string; field?: string },
): ImportIssue {
  const result: ImportIssue = { index: context.index, code: problem.code, message: problem.message }
  if (context.position !== undefined) result.position = context.position
  if (typeof context.issuer === 'string' && context.issuer !== '') result.issuer = context.issuer
  if (typeof context.account === 'string' && context.account !== '') result.account = context.account
  if (problem.reason !== undefined) result.reason = problem.reason
  if (problem.field !== undefined) result.field = problem.field
  return result
}

/**
 * Turns an error into an issue's code, reason and message. Messages of `StorageError`s never hold
 * secrets (errors.ts); neither do the core's, except OPTION_INVALID, which quotes short received text:
 * its message is rebuilt without it.
 */
export function describeError(error: unknown): {
  code: string
  message: string
  reason?: string
  field?: string
} {
  if (isStorageError(error)) {
    const details = (error.details ?? {}) as { reason?: unknown; field?: unknown }
    return {
      code: error.code,
      message: error.message,
      ...(typeof details.reason === 'string' ? { reason: details.reason } : {}),
      ...(typeof details.field === 'string' ? { field: details.field } : {}),
    }
  }
  if (isA2FError(error)) {
    if (isA2FError(error, 'OPTION_INVALID')) {
      const { option, expected } = error.details
      return { code: error.code, message: `Invalid ${option}: expected ${expected}.`, field: option }
    }
    const reason = (error.details as { reason?: unknown }).reason
    return {
      code: error.code,
      message: error.message,
      ...(typeof reason === 'string' ? { reason } : {}),
    }
  }
  const name = error instanceof Error ? error.name : typeof error
  return { code: 'UNEXPECTED', message: `Unexpected ${name} while importing this entry.` }
}

/** An issue for an entry of a type the store does not keep. */
export function unsupportedType(context: IssueContext, type: unknown): ImportIssue {
  // The type comes from the file: keep it only when it looks like a type name.
  const reason = typeof type === 'string' && /^[a-z0-9_-]{1,20}$/i.test(type) ? type.toLowerCase() : 'unknown'
  return issue(context, {
    code: 'UNSUPPORTED_TYPE',
    reason,
    message: `The store keeps TOTP credentials only; this entry is of type '${reason}'.`,
  })
}
