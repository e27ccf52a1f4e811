/**
 * `otpauth://` key URIs — what an enrolment QR code holds — read and written after Google's "Key Uri
 * Format" (https://github.com/google/google-authenticator/wiki/Key-Uri-Format):
 *
 *     otpauth://TYPE/LABEL?PARAMETERS     LABEL = accountname / issuer (":" / "%3A") *"%20" accountname
 *
 * @example
 * parseOtpauthUri('otpauth://totp/ACME%20Co:alice?secret=JBSWY3DPEHPK3PXP&issuer=ACME%20Co')
 * // { type: 'totp', secret: Uint8Array(10), account: 'alice', issuer: 'ACME Co',
 * //   algorithm: 'SHA1', digits: 6, period: 30 }
 * buildOtpauthUri(record)
 * // 'otpauth://totp/ACME%20Co:alice?secret=JBSWY3DPEHPK3PXP&issuer=ACME%20Co&algorithm=SHA1&digits=6&period=30'
 *
 * Reading is tolerant where real URIs differ from the format, and refuses what it would have to guess:
 * - White space around the URI is trimmed. The scheme and the type are case-insensitive
 *   (`otpauth://TOTP/` appears in the wild). A fragment (`#…`) is dropped, as RFC 3986 §3.5 and
 *   Google Authenticator's own URI parser do.
 * - Label: the issuer prefix is split from the account at the first *literal* `:` of the raw label,
 *   then both parts are percent-decoded, so a `%3A` inside either part is data, not a separator.
 *   Literal spaces after the separator are dropped ("optional spaces may precede the account name");
 *   `%20` is kept, because `buildOtpauthUri` writes it for accounts that really start with a space.
 *   With no literal `:`, an `issuer` parameter whose value followed by `:` starts the decoded label is
 *   stripped from it (the format allows a `%3A` separator); the spaces after it are dropped too.
 *   Otherwise the whole decoded label is the account. An empty label is an empty account.
 * - Issuer: the `issuer` parameter wins over the label prefix, since it is what Google Authenticator
 *   displays; when both are set and differ, `readOtpauthUri` warns with 'URI_ISSUER_MISMATCH' (the
 *   `otpauth` package refuses such URIs, see its issue #25). An empty issuer is the same as none.
 * - Query: `+` means a space (HTML form encoding, which `URLSearchParams` writes: `issuer=ACME+Co`);
 *   in the label `+` is literal (RFC 3986 has no such rule for paths). Parameter names are
 *   case-insensitive; a known parameter given twice is refused (which one is meant is a guess); unknown
 *   parameters (`image`, `color`…) are ignored, and so are `counter` for TOTP and `period` for HOTP.
 * - `secret` is read with the tolerant key reader (lower case, `=` padding, spaces or `%20` inside).
 *   `algorithm` accepts SHA1 / SHA256 / SHA512 in any case, with or without a hyphen (`SHA-256`);
 *   `digits` is 6 to 10 (`digits=0` is a known pitfall); `period` is a positive whole number of seconds;
 *   HOTP needs a `counter` (a non-negative safe integer). Defaults: SHA1, 6 digits, 30 s.
 *
 * - Bounds (limits.ts), refused as 'TOO_LARGE' with `details.limit`, `maximum` and `actual`: the URI's
 *   length (MAX_OTPAUTH_URI_LENGTH, checked before anything else), the key (MAX_SECRET_TEXT_LENGTH
 *   characters, MAX_SECRET_BYTES bytes; `parameter: 'secret'`), the account and the issuer
 *   (MAX_LABEL_LENGTH each, after decoding).
 *
 * Every refusal is an `A2FError` 'URI_INVALID' whose `details` hold only `reason` and, where useful,
 * `parameter` (the parameter's name) or `secretCode` (the key reader's error code). The URI carries the
 * secret, so no message or detail ever quotes any part of it.
 */
import {
  A2FError,
  describeValue,
  invalidOption,
  isA2FError,
  type A2FErrorDetails,
  type UriInvalidReason,
} from '../errors.js'
import { encodeBase32 } from '../encoding/base32.js'
import { limitDetails, MAX_LABEL_LENGTH, MAX_OTPAUTH_URI_LENGTH, MAX_SECRET_BYTES } from '../limits.js'
import { readBoundedSecretText } from '../secret/bounded-secret-text.js'
import { MINIMUM_SECRET_BITS } from '../secret/read-secret-text.js'
import { checkAlgorithm, checkDigits, checkPeriod, type Algorithm, type OtpParams } from '../otp/params.js'
import { isBytes } from '../encoding/is-bytes.js'

/** One account as key URIs and Google Authenticator exports describe it. */
export interface OtpauthRecord extends OtpParams {
  type: 'totp' | 'hotp'
  /** The raw key bytes (the base32 of the URI, decoded). */
  secret: Uint8Array
  /** The account name: usually the login or e-mail. May be empty. */
  account: string
  /** The service or organisation. Absent (never `''` or `undefined`) when there is none. */
  issuer?: string
  /** HOTP only: the counter of the next code (RFC 4226 §5.2 "C"). */
  counter?: number
}

/** Something a key URI reader noticed and resolved without refusing the URI. */
export interface OtpauthUriWarning {
  /** 'URI_ISSUER_MISMATCH': the label's issuer prefix differs from the `issuer` parameter (the parameter is kept). */
  code: string
  message: string
}

/** What `readOtpauthUri` returns. */
export interface OtpauthUriReading {
  record: OtpauthRecord
  warnings: OtpauthUriWarning[]
}

const SCHEME = 'otpauth://'

/** Parameters this reader understands; everything else is ignored. */
const KNOWN_PARAMETERS = new Set(['secret', 'issuer', 'algorithm', 'digits', 'period', 'counter'])

function fail(
  reason: UriInvalidReason,
  message: string,
  extra: Omit<A2FErrorDetails<'URI_INVALID'>, 'reason'> = {},
): never {
  throw new A2FError('URI_INVALID', message, { reason, ...extra })
}

/** Percent-decodes a label part (RFC 3986 §2.1, UTF-8). `+` is literal here. */
function decodeLabel(raw: string): string {
  try {
    return decodeURIComponent(raw)
  } catch {
    return fail(
      'ENCODING',
      'The label of the key URI has malformed percent-encoding (a % not followed by two hex digits, or bytes that are not UTF-8).',
    )
  }
}

/** Percent-decodes a query name or value, where `+` means a space (HTML form encoding); `null` if malformed. */
function decodeQuery(raw: string): string | null {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '))
  } catch {
    return null
  }
}

/** Literal spaces that may precede the account name (Key Uri Format, "Label"). */
const LEADING_SPACES = /^ +/

/**
 * Reads a key URI into a record, with warnings about what was resolved (see the module header for the
 * rules). Throws `A2FError` 'URI_INVALID'.
 */
export function readOtpauthUri(uri: string): OtpauthUriReading {
  if (typeof uri !== 'string') fail('NOT_A_STRING', `A key URI must be a string, received ${typeof uri}.`)
  // Before anything else: trimming, slicing and splitting all cost in proportion to the length.
  if (uri.length > MAX_OTPAUTH_URI_LENGTH) {
    fail(
      'TOO_LARGE',
      `A key URI has at most ${MAX_OTPAUTH_URI_LENGTH} characters, found ${uri.length}.`,
      limitDetails('MAX_OTPAUTH_URI_LENGTH', MAX_OTPAUTH_URI_LENGTH, uri.length),
    )
  }
  let text = uri.trim()
  if (text.slice(0, SCHEME.length).toLowerCase() !== SCHEME) {
    const hint = /^otpauth-migration:/i.test(text)
      ? ' This is a Google Authenticator export: read it with readMigrationUri.'
      : ''
    fail('SCHEME', `A key URI must start with 'otpauth://'.${hint}`)
  }
  const hash = text.indexOf('#')
  if (hash >= 0) text = text.slice(0, hash)

  const question = text.indexOf('?')
  const path = question < 0 ? text.slice(SCHEME.length) : text.slice(SCHEME.length, question)
  const query = question < 0 ? '' : text.slice(question + 1)
  const slash = path.indexOf('/')
  const typeText = (slash < 0 ? path : path.slice(0, slash)).toLowerCase()
  if (typeText !== 'totp' && typeText !== 'hotp') fail('TYPE', "The key URI type must be 'totp' or 'hotp'.")
  const type: 'totp' | 'hotp' = typeText
  const rawLabel = slash < 0 ? '' : path.slice(slash + 1)

  // Query parameters (Key Uri Format, "Parameters").
  const parameters = new Map<string, string>()
  for (const piece of query.split('&')) {
    if (piece === '') continue
    const equals = piece.indexOf('=')
    const name = decodeQuery(equals < 0 ? piece : piece.slice(0, equals))?.toLowerCase()
    if (name === undefined || !KNOWN_PARAMETERS.has(name)) continue
    if ((type === 'totp' && name === 'counter') || (type === 'hotp' && name === 'period')) continue
    if (parameters.has(name)) {
      fail('DUPLICATE_PARAMETER', `The key URI has the '${name}' parameter more than once.`, {
        parameter: name,
      })
    }
    const value = decodeQuery(equals < 0 ? '' : piece.slice(equals + 1))
    if (value === null) {
      fail('ENCODING', `The '${name}' parameter of the key URI has malformed percent-encoding.`, {
        parameter: name,
      })
    }
    parameters.set(name, value)
  }

  const rawSecret = parameters.get('secret')
  if (rawSecret === undefined || rawSecret === '')
    fail('MISSING_SECRET', 'The key URI has no secret parameter.')
  let secret: Uint8Array
  try {
    secret = readBoundedSecretText(rawSecret)
  } catch (error) {
    if (!isA2FError(error)) throw error
    if (isA2FError(error, 'SECRET_MALFORMED') && error.details.reason === 'TOO_LARGE') {
      const { limit, maximum, actual } = error.details
      if (limit !== undefined && maximum !== undefined && actual !== undefined) {
        fail('TOO_LARGE', `The secret parameter of the key URI is too long (${limit}).`, {
          parameter: 'secret',
          secretCode: error.code,
          ...limitDetails(limit, maximum, actual),
        })
      }
    }
    // The key reader's message may quote a character of the key: keep only its code.
    fail('SECRET', `The secret parameter of the key URI is not a usable base32 key (${error.code}).`, {
      secretCode: error.code,
    })
  }

  // Label and issuer.
  const issuerParameter = parameters.get('issuer') || undefined
  let labelIssuer: string | undefined
  let account: string
  const colon = rawLabel.indexOf(':')
  if (colon >= 0) {
    labelIssuer = decodeLabel(rawLabel.slice(0, colon)) || undefined
    account = decodeLabel(rawLabel.slice(colon + 1).replace(LEADING_SPACES, ''))
  } else {
    const label = decodeLabel(rawLabel)
    if (issuerParameter !== undefined && label.startsWith(issuerParameter + ':')) {
      labelIssuer = issuerParameter
      account = label.slice(issuerParameter.length + 1).replace(LEADING_SPACES, '')
    } else {
      account = label
    }
  }
  const warnings: OtpauthUriWarning[] = []
  if (issuerParameter !== undefined && labelIssuer !== undefined && labelIssuer !== issuerParameter) {
    warnings.push({
      code: 'URI_ISSUER_MISMATCH',
      message: 'The issuer prefix of the label differs from the issuer parameter; the parameter is used.',
    })
  }
  const issuer = issuerParameter ?? labelIssuer
  for (const [name, value] of [
    ['account', account],
    ['issuer', issuer],
  ] as const) {
    if (value !== undefined && value.length > MAX_LABEL_LENGTH) {
      fail(
        'TOO_LARGE',
        `The ${name} of the key URI has at most ${MAX_LABEL_LENGTH} characters, found ${value.length}.`,
        limitDetails('MAX_LABEL_LENGTH', MAX_LABEL_LENGTH, value.length),
      )
    }
  }

  const params = readParams(parameters, type)
  const record: OtpauthRecord = { type, secret, account, ...params }
  if (issuer !== undefined) record.issuer = issuer
  if (type === 'hotp') record.counter = readCounter(parameters.get('counter'))
  return { record, warnings }
}

/** Reads a key URI into a record (`readOtpauthUri` without the warnings). Throws `A2FError` 'URI_INVALID'. */
export function parseOtpauthUri(uri: string): OtpauthRecord {
  return readOtpauthUri(uri).record
}

const DECIMAL = /^[0-9]+$/

function readParams(parameters: Map<string, string>, type: 'totp' | 'hotp'): OtpParams {
  let algorithm: Algorithm = 'SHA1'
  const algorithmText = parameters.get('algorithm')
  if (algorithmText !== undefined) {
    const match = /^SHA-?(1|256|512)$/i.exec(algorithmText)
    if (!match) fail('ALGORITHM', 'The algorithm parameter must be SHA1, SHA256 or SHA512.')
    algorithm = `SHA${match[1] as '1' | '256' | '512'}`
  }

  let digits = 6
  const digitsText = parameters.get('digits')
  if (digitsText !== undefined) {
    digits = DECIMAL.test(digitsText) ? Number(digitsText) : NaN
    if (!(digits >= 6 && digits <= 10))
      fail('DIGITS', 'The digits parameter must be a whole number from 6 to 10.')
  }

  // Key Uri Format: "period" applies to TOTP only; an HOTP record keeps the default.
  let period = 30
  const periodText = parameters.get('period')
  if (type === 'totp' && periodText !== undefined) {
    period = DECIMAL.test(periodText) ? Number(periodText) : NaN
    if (!(Number.isSafeInteger(period) && period > 0)) {
      fail('PERIOD', 'The period parameter must be a positive whole number of seconds.')
    }
  }
  return { algorithm, digits, period }
}

function readCounter(text: string | undefined): number {
  // Key Uri Format: "counter - REQUIRED if type is hotp". An empty value is as good as none.
  if (text === undefined || text === '') fail('MISSING_COUNTER', 'An HOTP key URI needs a counter parameter.')
  const counter = DECIMAL.test(text) ? Number(text) : NaN
  if (!Number.isSafeInteger(counter)) {
    fail('COUNTER', 'The counter parameter must be a whole number from 0 to 2^53 − 1.')
  }
  return counter
}

/** Percent-encodes a label part or parameter value: `:` as %3A and space as %20 (never `+`). */
function encode(text: string): string {
  // encodeURIComponent (ECMA-262) escapes everything but A–Z a–z 0–9 - _ . ! ~ * ' ( ), so ':' '/' '+'
  // '%' '?' '#' '&' '=' and spaces are all escaped, and UTF-8 is used for the rest (RFC 3986 §2.5).
  // '@' is put back: it is a pchar (RFC 3986 §3.3) and valid in a query, and the Key Uri Format's own
  // examples write e-mail accounts with it (`alice@google.com`).
  return encodeURIComponent(text).replace(/%40/g, '@')
}

/**
 * Writes a key URI: `otpauth://TYPE/[ISSUER:]ACCOUNT?secret=…[&issuer=…]&algorithm=…&digits=…`
 * followed by `&period=…` (TOTP) or `&counter=…` (HOTP). The issuer goes both in the label (older
 * apps read only that) and in the parameter; `:` inside the issuer or account is written `%3A`, so the
 * label is never ambiguous, and spaces `%20`. The secret is canonical base32 (upper case, unpadded).
 *
 * `parseOtpauthUri(buildOtpauthUri(record))` deep-equals `record` for every record in canonical form:
 * issuer non-empty or absent, `counter` on HOTP records only, HOTP `period` 30. Otherwise an empty
 * issuer is written as none, and a TOTP `counter` and an HOTP `period` are left out, as the format has
 * no place for them. Throws `A2FError` 'OPTION_INVALID' for an invalid record: a secret that is not a
 * Uint8Array of 10 bytes (80 bits: shorter keys are refused by every key reader, ours too) to
 * MAX_SECRET_BYTES, invalid parameters, an account or issuer that is not a well-formed string or is
 * longer than MAX_LABEL_LENGTH, HOTP without counter. The longest URI it can write is under
 * MAX_OTPAUTH_URI_LENGTH, so whatever it writes reads back.
 */
export function buildOtpauthUri(record: OtpauthRecord): string {
  const r = checkOtpauthRecord(record, MINIMUM_SECRET_BITS / 8)
  const issuer = r.issuer === undefined ? '' : encode(r.issuer)
  let uri = `${SCHEME}${r.type}/${issuer === '' ? '' : issuer + ':'}${encode(r.account)}?secret=${encodeBase32(r.secret)}`
  if (issuer !== '') uri += `&issuer=${issuer}`
  uri += `&algorithm=${r.algorithm}&digits=${r.digits}`
  uri += r.type === 'hotp' ? `&counter=${r.counter as number}` : `&period=${r.period}`
  return uri
}

/** Whether `text` has no lone UTF-16 surrogate (which neither UTF-8 nor percent-encoding can carry). */
export function isWellFormedString(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0xd800 || code > 0xdfff) continue
    if (code >= 0xdc00) return false
    const next = text.charCodeAt(i + 1)
    if (!(next >= 0xdc00 && next <= 0xdfff)) return false
    i++
  }
  return true
}

/** OPTION_INVALID for the secret, describing the value by its kind only: the secret is never echoed. */
function invalidSecret(option: string, expected: string, secret: unknown): never {
  const received = isBytes(secret)
    ? `a Uint8Array of ${secret.length} byte${secret.length === 1 ? '' : 's'}`
    : typeof secret === 'string'
      ? 'a string'
      : describeValue(secret)
  throw new A2FError('OPTION_INVALID', `Invalid ${option}: expected ${expected}, received ${received}.`, {
    option,
    expected,
    received,
  })
}

function checkText(option: string, value: unknown): string {
  if (typeof value !== 'string') return invalidOption(option, 'a string', value)
  if (!isWellFormedString(value))
    return invalidOption(option, 'a well-formed Unicode string (no lone surrogate)', value)
  // The readers refuse longer names (MAX_LABEL_LENGTH), so a builder never writes one.
  if (value.length > MAX_LABEL_LENGTH)
    return invalidOption(option, `at most ${MAX_LABEL_LENGTH} characters`, value)
  return value
}

/** Runs a `check*` validator from params.ts, renaming the option in its error to `prefix + option`. */
function withPrefix<T>(prefix: string, check: () => T): T {
  if (prefix === '') return check()
  try {
    return check()
  } catch (error) {
    if (!isA2FError(error, 'OPTION_INVALID')) throw error
    const option = prefix + error.details.option
    throw new A2FError('OPTION_INVALID', error.message.replace(/^Invalid \S+:/, `Invalid ${option}:`), {
      ...error.details,
      option,
    })
  }
}

/**
 * Validates a record for the URI and export builders and returns a checked copy: an empty issuer is
 * dropped, `counter` is kept for HOTP only. `prefix` names the record in errors (`records[3].`).
 * Throws `A2FError` 'OPTION_INVALID'. Internal: not exported by the package.
 */
export function checkOtpauthRecord(
  record: OtpauthRecord,
  minimumSecretBytes: number,
  prefix = '',
): OtpauthRecord {
  if (typeof record !== 'object' || record === null) {
    return invalidOption(prefix === '' ? 'record' : prefix.slice(0, -1), 'an OtpauthRecord object', record)
  }
  const { type, secret } = record
  if (type !== 'totp' && type !== 'hotp') invalidOption(`${prefix}type`, "'totp' or 'hotp'", type)
  if (!isBytes(secret) || secret.length < minimumSecretBytes || secret.length > MAX_SECRET_BYTES) {
    // The readers refuse longer keys (MAX_SECRET_BYTES), so a builder never writes one.
    const bits = minimumSecretBytes * 8
    invalidSecret(
      `${prefix}secret`,
      minimumSecretBytes <= 1
        ? `a non-empty Uint8Array of at most ${MAX_SECRET_BYTES} bytes`
        : `a Uint8Array of ${minimumSecretBytes} (${bits} bits) to ${MAX_SECRET_BYTES} bytes`,
      secret,
    )
  }
  const account = checkText(`${prefix}account`, record.account)
  const issuer =
    record.issuer === undefined || record.issuer === ''
      ? undefined
      : checkText(`${prefix}issuer`, record.issuer)
  const algorithm = withPrefix(prefix, () => checkAlgorithm(record.algorithm))
  const digits = withPrefix(prefix, () => checkDigits(record.digits))
  const period = withPrefix(prefix, () => checkPeriod(record.period))
  const checked: OtpauthRecord = { type, secret, account, algorithm, digits, period }
  if (issuer !== undefined) checked.issuer = issuer
  if (type === 'hotp') {
    const { counter } = record
    if (!(typeof counter === 'number' && Number.isSafeInteger(counter) && counter >= 0)) {
      invalidOption(`${prefix}counter`, 'a whole number from 0 to 2^53 − 1 (required for HOTP)', counter)
    }
    checked.counter = counter
  }
  return checked
}
