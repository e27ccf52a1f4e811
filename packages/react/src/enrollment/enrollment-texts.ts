/**
 * Small translations the wizard's steps share: a court system's display name ('TRF4 · eproc · 2º grau')
 * and the sentence for each field error code of the machine.
 *
 * @example
 * courtDisplayName(state, messages)                              // 'TRF4 · eproc · 2º grau'
 * fieldErrorText('personalEmail', state.fieldErrors, messages)
 * // 'A Justiça não aceita e-mails institucionais (…jus.br). Informe um e-mail pessoal.'
 */
import type { CourtSystem } from '@a2f/core'
import { systemLine } from '../court-picker/court-facts.js'
import type { Messages } from '../i18n/messages.js'
import type { EnrollmentField, EnrollmentSnapshot } from './enrollment-machine.js'

/** A registry system as the wizard names it. */
export function systemDisplayName(system: CourtSystem, messages: Messages): string {
  return `${system.court.acronym} · ${systemLine(system, messages.courtPicker)}`
}

/** The chosen court (or the typed name of another system); '' when none yet. */
export function courtDisplayName(
  state: { court: CourtSystem | null; otherSystem: boolean; issuerName: string },
  messages: Messages,
): string {
  if (state.court && !state.otherSystem) return systemDisplayName(state.court, messages)
  return state.issuerName
}

/** The sentence for the error `field` shows, or null when it shows none. */
export function fieldErrorText(
  field: EnrollmentField,
  errors: EnrollmentSnapshot['fieldErrors'],
  messages: Messages,
): string | null {
  const error = errors[field]
  const { court, credential, key, authenticator } = messages.enrollment
  switch (error?.code) {
    case undefined:
      return null
    case 'KEYLESS':
      return court.errors.KEYLESS
    case 'MALFORMED':
      return credential.errors.EMAIL_MALFORMED
    case 'INSTITUTIONAL_DOMAIN':
      return credential.errors.EMAIL_INSTITUTIONAL(error.suffix)
    case 'NOT_CONFIRMED':
      return authenticator.errors.NOT_CONFIRMED
  }
  // 'REQUIRED': what is missing depends on the field.
  const required: Record<EnrollmentField, string> = {
    court: court.errors.REQUIRED,
    issuer: court.errors.ISSUER_REQUIRED,
    account: credential.errors.ACCOUNT_REQUIRED,
    personalEmail: credential.errors.EMAIL_REQUIRED,
    secret: key.errors.REQUIRED,
    confirmed: authenticator.errors.NOT_CONFIRMED,
  }
  return required[field]
}
