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

/** Reads one entry; never throws for bad input (the problem is returned). */
export function readSecretEntry(text: string, origin: SecretOrigin = 'text'): SecretReading {
  try {
    if (/^otpauth-migration:/i.test(text.trim())) return readExport(text.trim())
    const { bytes, params: uri, warnings } = parseSecret(text)
    if (uri?.type === 'hotp') return { kind: 'problem', problem: { code: 'HOTP_UNSUPPORTED' } }
    const source = origin === 'qr' ? 'qr' : uri ? 'uri' : 'typed'
    return { kind: 'secret', secret: enteredSecret(bytes, source, warnings, uri) }
  } catch (error) {
    return { kind: 'problem', problem: toSecretProblem(error, text) }
  }
}

/** A Google Authenticator export (throws what `readMigrationUri` throws). */
function readExport(text: string): SecretReading {
  const { records, skipped, batch } = readMigrationUri(text)
  // Courts use time-based codes; an HOTP entry could not be checked against the court anyway.
  const usable = records.filter((record) => record.type === 'totp')
  if (usable.length === 0) return { kind: 'problem', problem: { code: 'EXPORT_EMPTY' } }
  return {
    kind: 'accounts',
    accounts: usable.map((record) => {
      const bits = record.secret.length * 8
      // Google Authenticator keeps keys parseSecret would warn about; say the same thing here.
      const warnings =
        bits < RECOMMENDED_SECRET_BITS
          ? [
              {
                code: 'SECRET_WEAK',
                message: `The key has ${bits} bits; RFC 4226 asks for at least ${RECOMMENDED_SECRET_BITS}.`,
              },
            ]
          : []
      return enteredSecret(record.secret, 'google-export', warnings, record)
    }),
    skipped: skipped.length + records.length - usable.length,
    batch: { index: batch.index, size: batch.size },
  }
}

/**
 * The key with what its source said about it: the code parameters of a link or export entry (its type
 * and counter stay behind), and the issuer and account when they are named (never as `''`).
 */
function enteredSecret(
  bytes: Uint8Array,
  source: SecretSource,
  warnings: SecretWarning[],
  fields: Partial<OtpauthRecord> = {},
): EnteredSecret {
  const { algorithm, digits, period, issuer, account } = fields
  return {
    bytes,
    params: present({ algorithm, digits, period }),
    source,
    // Plain copies: nothing else of the parser's objects travels with the key.
    warnings: warnings.map(({ code, message }) => ({ code, message })),
    ...present({ issuer, account }),
  }
}

/** `fields` without the empty ones (undefined or ''), so that optional fields are absent, not undefined. */
function present<T extends object>(fields: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined && value !== ''),
  ) as { [K in keyof T]?: Exclude<T[K], undefined> }
}
