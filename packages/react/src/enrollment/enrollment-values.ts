/**
 * The non-secret fields the user fills in during an enrolment, their empty values, and which of them are
 * free text. Shared by the machine, its validation, its persistence and its draft sync.
 *
 * @example
 * const values: EnrollmentValues = { ...EMPTY_VALUES, systemId: 'trf4-eproc', account: 'RS054321' }
 */

/** The non-secret fields the user fills in. */
export interface EnrollmentValues {
  /** The registry system; null when none is chosen or `otherSystem` is on. */
  systemId: string | null
  /** A system outside the registry (an office intranet): `issuer` names it. */
  otherSystem: boolean
  /** The name typed for an `otherSystem`. */
  issuer: string
  /** The court login: CPF, OAB number or user name. */
  account: string
  /** The lawyer who owns the court account. */
  owner: string
  label: string
  /** The personal address eproc sends its activation link to. */
  personalEmail: string
}

/** Initial values (the host knows the lawyer, or the court from the page it came from). */
export type EnrollmentDefaults = Partial<EnrollmentValues>

export const EMPTY_VALUES: EnrollmentValues = /* @__PURE__ */ Object.freeze({
  systemId: null,
  otherSystem: false,
  issuer: '',
  account: '',
  owner: '',
  label: '',
  personalEmail: '',
})

/** The free-text values: what `setFields` sets, strings in the persisted state. */
export const TEXT_FIELDS = ['issuer', 'account', 'owner', 'label', 'personalEmail'] as const
