/**
 * Small translations the wizard's steps share: a court system's display name ('TRF4 · eproc · 2º grau')
 * and the sentence for each field error code of the machine.
 *
 * @example
 * courtDisplayName(state, messages)                              // 'TRF4 · eproc · 2º grau'
 * fieldErrorText('personalEmail', { code: 'INSTITUTIONAL_DOMAIN', suffix: 'jus.br' }, messages)
 * // 'A Justiça não aceita e-mails institucionais (…jus.br). Informe um e-mail pessoal.'
 */
import type { CourtSystem } from '@a2f/core'
import { systemLine } from '../court-picker/court-facts.js'
import type { Messages } from '../i18n/messages.js'
import type { EnrollmentField, EnrollmentFieldError } from './enrollment-machine.js'

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

export function fieldErrorText(
  field: EnrollmentField,
  error: EnrollmentFieldError,
  messages: Messages,
): string {
  const m = messages.enrollment
  switch (error.code) {
    case 'KEYLESS':
      return m.court.errors.KEYLESS
    case 'MALFORMED':
      return m.credential.errors.EMAIL_MALFORMED
    case 'INSTITUTIONAL_DOMAIN':
      return m.credential.errors.EMAIL_INSTITUTIONAL(error.suffix)
    case 'NOT_CONFIRMED':
      return m.authenticator.errors.NOT_CONFIRMED
    case 'REQUIRED':
      switch (field) {
        case 'court':
          return m.court.errors.REQUIRED
        case 'issuer':
          return m.court.errors.ISSUER_REQUIRED
        case 'account':
          return m.credential.errors.ACCOUNT_REQUIRED
        case 'personalEmail':
          return m.credential.errors.EMAIL_REQUIRED
        case 'secret':
          return m.key.errors.REQUIRED
        case 'confirmed':
          return m.authenticator.errors.NOT_CONFIRMED
      }
  }
}
