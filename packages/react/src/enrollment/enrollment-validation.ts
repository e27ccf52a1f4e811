/**
 * What stops the user at each field of the enrolment, as stable codes the wizard translates: a missing
 * court or login, a court without authenticator (e-mail codes, gov.br), a personal e-mail the court
 * refuses (`jus.br`), a key field holding something unusable, a key made for another login, a code not
 * confirmed. Pure: every rule reads the facts it is given, so hosts and tests call it without a machine.
 *
 * @example
 * validateEnrollmentField('personalEmail', { ...facts, values: { ...values, personalEmail: 'ana@trf4.jus.br' } })
 * // { code: 'INSTITUTIONAL_DOMAIN', suffix: 'jus.br' }
 */
import { DEFAULT_REFUSED_EMAIL_SUFFIXES, validatePersonalEmail, type CourtSystem } from '@a2f/core'
import type { SecretSource } from '../secret-input/entered-secret.js'
import { isUnusableEntry, type SecretEntry } from '../secret-input/secret-entry.js'
import type { EnrollmentValues } from './enrollment-values.js'

/** A court whose second factor is not an authenticator code: nothing to enrol. */
export type EnrollmentKeylessMethod = 'email-code' | 'govbr'

/** Fields that can carry a validation error. */
export type EnrollmentField = 'court' | 'issuer' | 'account' | 'personalEmail' | 'secret' | 'confirmed'

/** Why a field stops the user, by stable code (the wizard translates them). */
export type EnrollmentFieldError =
  | { code: 'REQUIRED' }
  | { code: 'KEYLESS'; method: EnrollmentKeylessMethod }
  | { code: 'MALFORMED' }
  | { code: 'INSTITUTIONAL_DOMAIN'; suffix: string }
  | { code: 'NOT_CONFIRMED' }
  /**
   * The key field holds something that is not a usable key (a text with a problem, an image that gave no
   * key, an export without its account picked): the step does not move on with it, nor with a key entered
   * before. `keyKept`: a key entered before is held (in memory or in the draft) and an emptied field keeps it.
   */
  | { code: 'UNUSABLE_ENTRY'; entry: SecretEntry; keyKept: boolean }
  /** The key names another account than the login typed: the lawyer has not said which one to keep. */
  | { code: 'ACCOUNT_MISMATCH'; typed: string; fromKey: string }

/**
 * The login typed at the credential step and the account the key names (a QR code, an otpauth:// link, an
 * export entry), when they differ (`RS012345` in the court's QR code, `SC067890` typed). The key step does
 * not move on until the lawyer has chosen; choosing 'key' puts the key's account in the login.
 */
export interface EnrollmentAccountChoice {
  /** The login as typed (the one kept with 'typed'). */
  readonly typed: string
  /** The account the key names. */
  readonly fromKey: string
  /** Where the key came from. */
  readonly source: SecretSource
  /** The lawyer's choice; null: not made yet. */
  readonly chosen: 'typed' | 'key' | null
}

export type FieldErrors = Partial<Record<EnrollmentField, EnrollmentFieldError>>

const REQUIRED: EnrollmentFieldError = /* @__PURE__ */ Object.freeze({ code: 'REQUIRED' })

export const hasKeys = (value: object): boolean => Object.keys(value).length > 0

/** What the rules read: the values, the chosen court and what the key step holds. */
export interface ValidationFacts {
  values: EnrollmentValues
  /** The chosen registry system (null with none, or with `otherSystem`). */
  court: CourtSystem | null
  secretEntry: SecretEntry
  /** A key is held: in memory or in the draft. */
  keyKept: boolean
  /** The account choice the lawyer still has to make (`pendingAccountChoice`). */
  pendingChoice: EnrollmentAccountChoice | null
  confirmed: boolean
}

/**
 * Whether two logins are the same for the court: case, spaces and the punctuation of a CPF or OAB number
 * ('123.456.789-00', 'RS 12.345') do not count.
 */
export function sameLogin(a: string, b: string): boolean {
  const bare = (text: string) =>
    text
      .normalize('NFKC')
      .replace(/[\s./-]/g, '')
      .toUpperCase()
  return bare(a) === bare(b)
}

/** The court's second factor when it is not an authenticator code: nothing to enrol. */
export function keylessMethod(court: CourtSystem | null): EnrollmentKeylessMethod | null {
  const method = court?.twoFactor.method
  return method === 'email-code' || method === 'govbr' ? method : null
}

export function personalEmailRequired(court: CourtSystem | null): boolean {
  return court?.twoFactor.enrollment?.personalEmailRequired === true
}

/** The suffixes refused for the personal e-mail: the court's (eproc's by default); none for another system. */
export function refusedEmailSuffixes(court: CourtSystem | null): readonly string[] {
  return court ? (court.twoFactor.enrollment?.refusedEmailSuffixes ?? DEFAULT_REFUSED_EMAIL_SUFFIXES) : []
}

/** The account choice as shown: while the login and the key's account differ, or once chosen. */
export function shownAccountChoice(
  choice: EnrollmentAccountChoice | null,
  account: string,
): EnrollmentAccountChoice | null {
  if (!choice || (choice.chosen === null && sameLogin(choice.fromKey, account))) return null
  return choice
}

/** The account choice the lawyer still has to make. */
export function pendingAccountChoice(
  choice: EnrollmentAccountChoice | null,
  account: string,
): EnrollmentAccountChoice | null {
  const shown = shownAccountChoice(choice, account)
  return shown?.chosen === null ? shown : null
}

/** The error of one field as it stands, or null. */
export function validateEnrollmentField(
  field: EnrollmentField,
  facts: ValidationFacts,
): EnrollmentFieldError | null {
  const { values, court } = facts
  switch (field) {
    case 'court': {
      if (values.otherSystem) return null
      const method = keylessMethod(court)
      return !court ? REQUIRED : method ? { code: 'KEYLESS', method } : null
    }
    case 'issuer':
      return values.otherSystem && values.issuer.trim() === '' ? REQUIRED : null
    case 'account':
      return values.account.trim() === '' ? REQUIRED : null
    case 'personalEmail': {
      const email = values.personalEmail.trim()
      if (email === '') return personalEmailRequired(court) ? REQUIRED : null
      const result = validatePersonalEmail(email, { refusedSuffixes: refusedEmailSuffixes(court) })
      if (result.ok) return null
      return result.reason === 'INSTITUTIONAL_DOMAIN'
        ? { code: 'INSTITUTIONAL_DOMAIN', suffix: result.suffix ?? '' }
        : { code: 'MALFORMED' }
    }
    case 'secret': {
      const { keyKept, secretEntry: entry, pendingChoice: choice } = facts
      // Never on with another key than the one the field shows: an entry not taken stops the step.
      if (isUnusableEntry(entry)) return { code: 'UNUSABLE_ENTRY', entry, keyKept }
      if (!keyKept) return REQUIRED
      return choice ? { code: 'ACCOUNT_MISMATCH', typed: choice.typed, fromKey: choice.fromKey } : null
    }
    case 'confirmed':
      return facts.confirmed ? null : { code: 'NOT_CONFIRMED' }
  }
}

/** The errors of `fields` as they stand (the valid ones left out). */
export function enrollmentErrors(fields: readonly EnrollmentField[], facts: ValidationFacts): FieldErrors {
  const errors: FieldErrors = {}
  for (const field of fields) {
    const error = validateEnrollmentField(field, facts)
    if (error) errors[field] = error
  }
  return errors
}
