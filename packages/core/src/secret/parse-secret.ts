/**
 * Reads a key the way people paste it: the court's 32 characters in groups of 4, lower case, with
 * hyphens, tabs, newlines, NBSP or `=` padding, or a whole `otpauth://` URI (its parameters come along).
 * It never guesses: a character outside the alphabet is an error that says where it is and, for the usual
 * confusions, what was probably meant.
 * Text over MAX_SECRET_TEXT_LENGTH characters, or a key over MAX_SECRET_BYTES, is SECRET_MALFORMED
 * 'TOO_LARGE' (links have their own bounds, see otpauth-uri.ts).
 *
 * @example
 * parseSecret('mmzd-imru-gzrg-cnrq ga2g mmrw mvqw izbw').grouped   // 'MMZD IMRU GZRG CNRQ GA2G MMRW MVQW IZBW'
 * parseSecret('MMZD IMRU GZRG CNRQ GA2G MMRW MVQW 1ZBW')
 * // throws A2FError SECRET_INVALID_CHARACTER { index: 35, character: '1', suggestion: 'I' }
 */
import { encodeBase32 } from '../encoding/base32.js'
import { A2FError, invalidOption } from '../errors.js'
import type { OtpParams } from '../otp/params.js'
import { readOtpauthUri } from '../uri/otpauth-uri.js'
import { formatSecret } from './format-secret.js'
import { readBoundedSecretText } from './bounded-secret-text.js'
import { RECOMMENDED_SECRET_BITS } from './read-secret-text.js'

export interface SecretWarning {
  /** 'SECRET_WEAK' (under 128 bits) or, for URIs, 'URI_ISSUER_MISMATCH'. */
  code: string
  message: string
}

export interface ParsedSecret {
  bytes: Uint8Array
  /** Canonical: upper case, unpadded. */
  base32: string
  /** For display: groups of 4, as courts print keys. */
  grouped: string
  /** Present when the input was an otpauth:// URI. */
  params?: Partial<OtpParams> & {
    issuer?: string
    account?: string
    type?: 'totp' | 'hotp'
    counter?: number
  }
  warnings: SecretWarning[]
}

export function parseSecret(input: string): ParsedSecret {
  if (typeof input !== 'string') return invalidOption('input', 'a string', typeof input)
  const trimmed = input.trim()
  if (/^otpauth-migration:/i.test(trimmed)) {
    throw new A2FError(
      'SECRET_MALFORMED',
      'This is a Google Authenticator export with possibly several accounts: read it with readMigrationUri().',
      { reason: 'MIGRATION_URI' },
    )
  }
  if (/^otpauth:/i.test(trimmed)) {
    const { record, warnings } = readOtpauthUri(trimmed)
    const { secret, type, algorithm, digits, period, account, issuer, counter } = record
    const params: NonNullable<ParsedSecret['params']> = { type, algorithm, digits, period, account }
    if (issuer !== undefined) params.issuer = issuer
    if (counter !== undefined) params.counter = counter
    return describe(secret, params, [...warnings])
  }
  return describe(readBoundedSecretText(input), undefined, [])
}

function describe(
  bytes: Uint8Array,
  params: ParsedSecret['params'],
  warnings: SecretWarning[],
): ParsedSecret {
  const base32 = encodeBase32(bytes)
  if (bytes.length * 8 < RECOMMENDED_SECRET_BITS) {
    warnings.push({
      code: 'SECRET_WEAK',
      message: `The key has ${bytes.length * 8} bits; RFC 4226 asks for at least ${RECOMMENDED_SECRET_BITS}.`,
    })
  }
  const parsed: ParsedSecret = { bytes, base32, grouped: formatSecret(base32), warnings }
  if (params) parsed.params = params
  return parsed
}
