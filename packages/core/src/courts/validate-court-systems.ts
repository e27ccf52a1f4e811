/**
 * Checks court data before a registry accepts it — host applications add their own systems through
 * `extend`, often from JSON, so nothing here trusts the static types (nor the `login` description a
 * robot will follow: its flow must be one a driver knows, its URL absolute https). Every refusal is an `A2FError`
 * 'REGISTRY_INVALID' whose details say why (`reason`), which system (`id`) and which field.
 *
 * @example
 * try {
 *   validateCourtSystems([{ ...system, loginUrl: 'http://eproc.example.jus.br/' }])
 * } catch (error) {
 *   if (isA2FError(error, 'REGISTRY_INVALID')) error.details // { reason: 'INVALID_URL', id, field: 'loginUrl' }
 * }
 */
import { A2FError, describeValue, type RegistryInvalidReason } from '../errors.js'
import { ALGORITHMS, MAX_DIGITS, MIN_DIGITS } from '../otp/params.js'
import { BRAZILIAN_STATES } from './data/brazilian-states.js'
import { isAcceptedLoginUrl } from './login-url.js'
import type { CourtSystem } from './types.js'

const STATUSES: readonly unknown[] = ['mandatory', 'optional', 'unavailable', 'unknown']
const METHODS: readonly unknown[] = ['totp', 'email-code', 'govbr']
const SYSTEM_KINDS: readonly unknown[] = ['eproc', 'pje', 'esaj', 'projudi', 'other']
const DEGREES: readonly unknown[] = ['1g', '2g', 'turma', 'unico']
const CONFIDENCES: readonly unknown[] = ['verified', 'code-only', 'seed-only', 'inferred']
const LOGIN_FLOWS: readonly unknown[] = ['eproc-form', 'keycloak', 'pje-sso', 'esaj', 'email-code']
const LOGIN_EXTRAS: readonly unknown[] = ['captcha', 'profile-choice', 'save-device', 'certificate-option']
/** A host application's own flow: 'x-' and kebab-case, so that a misspelt known flow is still caught. */
const CUSTOM_FLOW = /^x-[a-z0-9]+(?:-[a-z0-9]+)*$/
/** A host name (lower case, as URLs normalise it) and an optional port: 'sso.tjrs.jus.br', 'localhost:5174'. */
const LOGIN_HOST = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(?::\d{1,5})?$/
/** Selectors are CSS for a robot's page, not documents: a bound keeps host data from carrying blobs. */
const MAX_SELECTOR_LENGTH = 200

type Fields = Record<string, unknown>

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Context of the system being checked, for error details and messages. */
interface Where {
  id: string | undefined
  index: number
}

function fail(
  where: Where,
  reason: RegistryInvalidReason,
  field: string | undefined,
  message: string,
): never {
  const subject =
    where.id === undefined ? `Court system at index ${where.index}` : `Court system "${where.id}"`
  const details: { reason: RegistryInvalidReason; id?: string; field?: string } = { reason }
  if (where.id !== undefined) details.id = where.id
  if (field !== undefined) details.field = field
  throw new A2FError('REGISTRY_INVALID', `${subject}: ${message}`, details)
}

function invalid(where: Where, field: string, expected: string, received: unknown): never {
  return fail(
    where,
    'INVALID_FIELD',
    field,
    `${field} must be ${expected}, received ${describeValue(received)}.`,
  )
}

/** A field that must be present: MISSING_FIELD when absent, INVALID_FIELD when `ok` refuses it. */
function required(
  where: Where,
  fields: Fields,
  key: string,
  path: string,
  expected: string,
  ok: (value: unknown) => boolean,
): void {
  const value = fields[key]
  if (value === undefined || value === null)
    fail(where, 'MISSING_FIELD', path, `${path} is required (${expected}).`)
  if (!ok(value)) invalid(where, path, expected, value)
}

/** A field that may be absent (undefined); when present, `ok` must accept it. */
function optional(
  where: Where,
  fields: Fields,
  key: string,
  path: string,
  expected: string,
  ok: (value: unknown) => boolean,
): void {
  const value = fields[key]
  if (value !== undefined && !ok(value)) invalid(where, path, expected, value)
}

const isText = (value: unknown): boolean => typeof value === 'string' && value.trim() !== ''
const oneOf =
  (allowed: readonly unknown[]) =>
  (value: unknown): boolean =>
    allowed.includes(value)

/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' with a real month and day; `minParts` 2 refuses a bare year. */
function isCalendarDate(value: unknown, minParts: 1 | 2): boolean {
  if (typeof value !== 'string') return false
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value)
  if (match === null) return false
  const [, year, month, day] = match
  if (month === undefined) return minParts === 1
  const monthNumber = Number(month)
  if (monthNumber < 1 || monthNumber > 12) return false
  if (day === undefined) return true
  // Day 0 of the next month is the last day of this one.
  const daysInMonth = new Date(Date.UTC(Number(year), monthNumber, 0)).getUTCDate()
  const dayNumber = Number(day)
  return dayNumber >= 1 && dayNumber <= daysInMonth
}

function checkCourt(where: Where, court: Fields): void {
  required(where, court, 'acronym', 'court.acronym', 'a non-empty string', isText)
  required(where, court, 'name', 'court.name', 'a non-empty string', isText)
  optional(
    where,
    court,
    'uf',
    'court.uf',
    'a two-letter state code in upper case (e.g. "RS")',
    (value) => typeof value === 'string' && Object.prototype.hasOwnProperty.call(BRAZILIAN_STATES, value),
  )
  const cnj = court['cnj']
  if (cnj === undefined) return
  if (!isRecord(cnj)) invalid(where, 'court.cnj', 'an object { segment, tribunal }', cnj)
  required(
    where,
    cnj,
    'segment',
    'court.cnj.segment',
    'an integer from 1 to 9',
    (value) => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 9,
  )
  required(
    where,
    cnj,
    'tribunal',
    'court.cnj.tribunal',
    'two digits (e.g. "04")',
    (value) => typeof value === 'string' && /^\d{2}$/.test(value),
  )
}

function checkTotp(where: Where, totp: unknown): void {
  if (!isRecord(totp)) invalid(where, 'twoFactor.totp', 'an object { algorithm, digits, period }', totp)
  required(
    where,
    totp,
    'algorithm',
    'twoFactor.totp.algorithm',
    "'SHA1', 'SHA256' or 'SHA512'",
    oneOf(ALGORITHMS),
  )
  required(
    where,
    totp,
    'digits',
    'twoFactor.totp.digits',
    `an integer from ${MIN_DIGITS} to ${MAX_DIGITS}`,
    (value) => Number.isInteger(value) && (value as number) >= MIN_DIGITS && (value as number) <= MAX_DIGITS,
  )
  required(
    where,
    totp,
    'period',
    'twoFactor.totp.period',
    'a positive whole number of seconds',
    (value) => Number.isSafeInteger(value) && (value as number) > 0,
  )
}

function checkEnrollment(where: Where, enrollment: unknown): void {
  if (!isRecord(enrollment)) invalid(where, 'twoFactor.enrollment', 'an object', enrollment)
  optional(
    where,
    enrollment,
    'personalEmailRequired',
    'twoFactor.enrollment.personalEmailRequired',
    'a boolean',
    (value) => typeof value === 'boolean',
  )
  optional(
    where,
    enrollment,
    'refusedEmailSuffixes',
    'twoFactor.enrollment.refusedEmailSuffixes',
    'an array of domain suffixes',
    (value) => Array.isArray(value) && value.every(isText),
  )
  const url = enrollment['url']
  if (url !== undefined && (typeof url !== 'string' || !isAcceptedLoginUrl(url))) {
    fail(
      where,
      'INVALID_URL',
      'twoFactor.enrollment.url',
      `twoFactor.enrollment.url must be an absolute https URL, received ${describeValue(url)}.`,
    )
  }
}

function checkTwoFactor(where: Where, twoFactor: Fields): void {
  required(
    where,
    twoFactor,
    'status',
    'twoFactor.status',
    "'mandatory', 'optional', 'unavailable' or 'unknown'",
    oneOf(STATUSES),
  )
  required(where, twoFactor, 'method', 'twoFactor.method', "'totp', 'email-code' or 'govbr'", oneOf(METHODS))
  optional(
    where,
    twoFactor,
    'since',
    'twoFactor.since',
    "a date 'YYYY-MM-DD' (or 'YYYY-MM', 'YYYY')",
    (value) => isCalendarDate(value, 1),
  )
  if (twoFactor['totp'] !== undefined) checkTotp(where, twoFactor['totp'])
  optional(
    where,
    twoFactor,
    'alternatives',
    'twoFactor.alternatives',
    "an array of 'totp', 'email-code' or 'govbr'",
    (value) => Array.isArray(value) && value.every(oneOf(METHODS)),
  )
  if (twoFactor['enrollment'] !== undefined) checkEnrollment(where, twoFactor['enrollment'])
  optional(where, twoFactor, 'note', 'twoFactor.note', 'a string', (value) => typeof value === 'string')
}

/** The login description (types.ts `CourtLogin`): known flows and extras, well-formed URL and host. */
function checkLogin(where: Where, login: unknown): void {
  if (!isRecord(login))
    invalid(where, 'login', 'an object { flow, url, host?, realm?, selectors?, extra? }', login)
  required(
    where,
    login,
    'flow',
    'login.flow',
    "'eproc-form', 'keycloak', 'pje-sso', 'esaj', 'email-code' or a host app's own flow prefixed 'x-' (e.g. 'x-my-court')",
    (value) => LOGIN_FLOWS.includes(value) || (typeof value === 'string' && CUSTOM_FLOW.test(value)),
  )
  const url = login['url']
  if (url === undefined || url === null) fail(where, 'MISSING_FIELD', 'login.url', 'login.url is required.')
  if (typeof url !== 'string' || url !== url.trim() || !isAcceptedLoginUrl(url)) {
    fail(
      where,
      'INVALID_URL',
      'login.url',
      `login.url must be an absolute https URL (http only on localhost), received ${describeValue(url)}.`,
    )
  }
  optional(
    where,
    login,
    'host',
    'login.host',
    "a lower-case host name with an optional port, without scheme or path (e.g. 'sso.tjrs.jus.br')",
    (value) => typeof value === 'string' && LOGIN_HOST.test(value),
  )
  optional(
    where,
    login,
    'realm',
    'login.realm',
    "a Keycloak realm name without '/', '?', '#' or spaces (e.g. 'eproc')",
    (value) => typeof value === 'string' && /^[^/?#\s]+$/.test(value),
  )
  const selectors = login['selectors']
  if (selectors !== undefined) {
    if (!isRecord(selectors))
      invalid(where, 'login.selectors', 'an object of CSS selectors by step name', selectors)
    for (const [name, selector] of Object.entries(selectors)) {
      const path = `login.selectors.${name}`
      if (!isText(selector) || (selector as string).length > MAX_SELECTOR_LENGTH)
        invalid(
          where,
          path,
          `a non-empty CSS selector of at most ${MAX_SELECTOR_LENGTH} characters`,
          selector,
        )
    }
  }
  const extra = login['extra']
  if (extra !== undefined) {
    const expected = "an array of distinct 'captcha', 'profile-choice', 'save-device' or 'certificate-option'"
    if (!Array.isArray(extra)) invalid(where, 'login.extra', expected, extra)
    extra.forEach((value: unknown, index) => {
      if (!LOGIN_EXTRAS.includes(value) || extra.indexOf(value) !== index)
        invalid(where, `login.extra[${index}]`, expected, value)
    })
  }
}

function checkProvenance(where: Where, provenance: unknown): void {
  if (
    provenance === undefined ||
    provenance === null ||
    (Array.isArray(provenance) && provenance.length === 0)
  ) {
    fail(
      where,
      'MISSING_PROVENANCE',
      'provenance',
      'provenance needs at least one entry saying where the data comes from.',
    )
  }
  if (!Array.isArray(provenance))
    invalid(where, 'provenance', 'an array of { field, source, checkedAt, confidence }', provenance)
  provenance.forEach((entry: unknown, index) => {
    const path = `provenance[${index}]`
    if (!isRecord(entry)) invalid(where, path, 'an object { field, source, checkedAt, confidence }', entry)
    required(where, entry, 'field', `${path}.field`, "a non-empty string (e.g. 'loginUrl')", isText)
    required(where, entry, 'source', `${path}.source`, 'a non-empty string', isText)
    required(where, entry, 'checkedAt', `${path}.checkedAt`, "a date 'YYYY-MM-DD' or 'YYYY-MM'", (value) =>
      isCalendarDate(value, 2),
    )
    required(
      where,
      entry,
      'confidence',
      `${path}.confidence`,
      "'verified', 'code-only', 'seed-only' or 'inferred'",
      oneOf(CONFIDENCES),
    )
  })
}

function checkSystem(value: unknown, index: number): asserts value is CourtSystem {
  const where: Where = { id: undefined, index }
  if (!isRecord(value)) invalid(where, `systems[${index}]`, 'an object', value)
  required(where, value, 'id', 'id', 'a non-empty string', isText)
  where.id = value['id'] as string

  const court = value['court']
  required(where, value, 'court', 'court', 'an object { acronym, name, uf?, cnj? }', isRecord)
  checkCourt(where, court as Fields)
  required(
    where,
    value,
    'system',
    'system',
    "'eproc', 'pje', 'esaj', 'projudi' or 'other'",
    oneOf(SYSTEM_KINDS),
  )
  required(where, value, 'degree', 'degree', "'1g', '2g', 'turma' or 'unico'", oneOf(DEGREES))

  const loginUrl = value['loginUrl']
  if (loginUrl === undefined || loginUrl === null)
    fail(where, 'MISSING_FIELD', 'loginUrl', 'loginUrl is required.')
  // Surrounding spaces would stay in the data (and in links built from it): refuse them here.
  if (typeof loginUrl !== 'string' || loginUrl !== loginUrl.trim() || !isAcceptedLoginUrl(loginUrl)) {
    fail(
      where,
      'INVALID_URL',
      'loginUrl',
      `loginUrl must be an absolute https URL (http only on localhost), received ${describeValue(loginUrl)}.`,
    )
  }

  required(where, value, 'authenticatorGroup', 'authenticatorGroup', 'a non-empty string', isText)
  required(where, value, 'twoFactor', 'twoFactor', 'an object { status, method, … }', isRecord)
  checkTwoFactor(where, value['twoFactor'] as Fields)
  if (value['login'] !== undefined) checkLogin(where, value['login'])
  checkProvenance(where, value['provenance'])
}

/**
 * Checks every system and that no id repeats; returns them typed. Throws `A2FError` 'REGISTRY_INVALID'
 * at the first problem.
 */
export function validateCourtSystems(systems: unknown): CourtSystem[] {
  if (!Array.isArray(systems)) {
    throw new A2FError(
      'REGISTRY_INVALID',
      `Court systems must be an array, received ${describeValue(systems)}.`,
      {
        reason: 'INVALID_FIELD',
        field: 'systems',
      },
    )
  }
  const seen = new Set<string>()
  systems.forEach((system: unknown, index) => {
    checkSystem(system, index)
    if (seen.has(system.id)) {
      fail(
        { id: system.id, index },
        'DUPLICATE_ID',
        'id',
        `the id appears more than once (again at index ${index}).`,
      )
    }
    seen.add(system.id)
  })
  return systems as CourtSystem[]
}
