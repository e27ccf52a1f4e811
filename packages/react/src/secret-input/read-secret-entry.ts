/**
 * Reads whatever the user brought as a court key — the key as the court prints it (groups of 4, lower
 * case, hyphens, padding), an `otpauth://` link, or a Google Authenticator export
 * (`otpauth-migration://`) — into what `SecretInput` hands over, or the problem with it. Typed text and
 * text decoded from a QR screenshot take this same path.
 *
 * The result holds key bytes: keep it in a ref or a closure, never in React state.
 *
 * @example
 * const reading = readSecretEntry('mmzd imru gzrg cnrq ga2g mmrw mvqw izbw')
 * if (reading.kind === 'secret') onSecretChange(reading.secret)          // source 'typed', 160 bits
 * readSecretEntry('otpauth://totp/TRF4:RS054321?secret=…&issuer=TRF4')   // source 'uri', issuer/account
 * readSecretEntry(exportLink)                                            // kind 'accounts': pick one
 * readSecretEntry(decodedQrText, 'qr')                                   // source 'qr'
 */
import {
  parseSecret,
  readMigrationUri,
  RECOMMENDED_SECRET_BITS,
  type OtpauthRecord,
  type OtpParams,
  type SecretWarning,
} from '@a2f/core'
import type { EnteredSecret, SecretSource } from './entered-secret.js'
import { toSecretProblem, type SecretProblem } from './secret-problem.js'

/** Where the text came from: typed or pasted into the field, or decoded from a QR code image. */
export type SecretOrigin = 'text' | 'qr'

/** What a text turned out to be: one key, an export to pick from, or a problem. */
export type SecretReading =
  /** A usable key (from a bare key, an otpauth:// link or a QR code). */
  | { kind: 'secret'; secret: EnteredSecret }
  | {
      /** A Google Authenticator export: the user picks one of `accounts` (each a ready `EnteredSecret`). */
      kind: 'accounts'
      accounts: EnteredSecret[]
      /** Entries of the export that cannot be used: HOTP, unsupported algorithm or digits, damaged. */
      skipped: number
      /** Which QR code of a multi-code export this is (0-based `index`) and how many there are. */
      batch: { index: number; size: number }
    }
  | { kind: 'problem'; problem: SecretProblem }

const MIGRATION_SCHEME = /^otpauth-migration:/i

/** Reads one entry; never throws for bad input (the problem is returned). */
export function readSecretEntry(text: string, origin: SecretOrigin = 'text'): SecretReading {
  if (MIGRATION_SCHEME.test(text.trim())) return readExport(text.trim())
  try {
    const parsed = parseSecret(text)
    const uri = parsed.params
    if (uri?.type === 'hotp') return { kind: 'problem', problem: { code: 'HOTP_UNSUPPORTED' } }
    const source: SecretSource = origin === 'qr' ? 'qr' : uri ? 'uri' : 'typed'
    const secret: EnteredSecret = {
      bytes: parsed.bytes,
      params: uri ? otpParams(uri) : {},
      source,
      warnings: parsed.warnings.map(copyWarning),
    }
    if (uri?.issuer !== undefined && uri.issuer !== '') secret.issuer = uri.issuer
    if (uri?.account !== undefined && uri.account !== '') secret.account = uri.account
    return { kind: 'secret', secret }
  } catch (error) {
    return { kind: 'problem', problem: toSecretProblem(error, text) }
  }
}

function readExport(text: string): SecretReading {
  let batch
  try {
    batch = readMigrationUri(text)
  } catch (error) {
    return { kind: 'problem', problem: toSecretProblem(error, text) }
  }
  // Courts use time-based codes; an HOTP entry could not be checked against the court anyway.
  const usable = batch.records.filter((record) => record.type === 'totp')
  const skipped = batch.skipped.length + batch.records.length - usable.length
  if (usable.length === 0) return { kind: 'problem', problem: { code: 'EXPORT_EMPTY' } }
  return {
    kind: 'accounts',
    accounts: usable.map(exportedSecret),
    skipped,
    batch: { index: batch.batch.index, size: batch.batch.size },
  }
}

function exportedSecret(record: OtpauthRecord): EnteredSecret {
  const bits = record.secret.length * 8
  const warnings: EnteredSecret['warnings'] = []
  // Google Authenticator keeps keys parseSecret would warn about; say the same thing here.
  if (bits < RECOMMENDED_SECRET_BITS) {
    warnings.push({
      code: 'SECRET_WEAK',
      message: `The key has ${bits} bits; RFC 4226 asks for at least ${RECOMMENDED_SECRET_BITS}.`,
    })
  }
  const secret: EnteredSecret = {
    bytes: record.secret,
    params: { algorithm: record.algorithm, digits: record.digits, period: record.period },
    source: 'google-export',
    warnings,
  }
  if (record.issuer !== undefined && record.issuer !== '') secret.issuer = record.issuer
  if (record.account !== '') secret.account = record.account
  return secret
}

/** Only the code parameters of a parsed link (its type, issuer and account travel elsewhere). */
function otpParams(params: Partial<OtpParams>): Partial<OtpParams> {
  const result: Partial<OtpParams> = {}
  if (params.algorithm !== undefined) result.algorithm = params.algorithm
  if (params.digits !== undefined) result.digits = params.digits
  if (params.period !== undefined) result.period = params.period
  return result
}

function copyWarning(warning: SecretWarning): { code: string; message: string } {
  return { code: warning.code, message: warning.message }
}
