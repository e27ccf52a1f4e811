/**
 * Small translations the wizard's steps share: a court system's display name ('TRF4 · eproc · 2º grau')
 * and the sentence for each field error code of the machine.
 *
 * @example
 * courtDisplayName(state, messages)                              // 'TRF4 · eproc · 2º grau'
 * fieldErrorText('personalEmail', state.fieldErrors, messages)
 * // 'A Justiça não aceita e-mails institucionais (…jus.br). Informe um e-mail pessoal.'
 * fieldErrorText('secret', state.fieldErrors, messages, { characters: 32, system: 'eproc' })
 * // 'A nova chave não foi aceita. Caractere inválido «8» na posição 11. Você quis dizer «B»? …'
 */
import type { CourtSystem } from '@a2f/core'
import { systemLine } from '../court-picker/court-facts.js'
import type { WizardMessages as Messages } from './messages.js'
import type { SecretInputMessages } from '../secret-input/messages.js'
import type { SecretEntry, SecretImageFailure } from '../secret-input/secret-entry.js'
import { describeSecretProblem, type ExpectedKey } from '../secret-input/secret-problem.js'
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

/** The key the court shows, for the wizard's messages: eproc's 32 characters (seeds 001 and 003). */
export function expectedCourtKey(court: CourtSystem | null): ExpectedKey | undefined {
  return court?.system === 'eproc' ? { characters: 32, system: 'eproc' } : undefined
}

/** SecretInput's sentence for each way an image gives no key. */
const IMAGE_SENTENCES = {
  'no-qr-code': 'noQrCode',
  'not-a-key': 'notAKey',
  'decoder-failed': 'decoderFailed',
  'not-an-image': 'notAnImage',
} as const satisfies Record<SecretImageFailure, keyof SecretInputMessages>

/** What is wrong with an entry of the key field, in one or two sentences ('' for a usable one). */
export function secretEntryText(entry: SecretEntry, messages: Messages, expected?: ExpectedKey): string {
  const key = messages.enrollment.key
  switch (entry.status) {
    case 'invalid':
      return describeSecretProblem(entry.problem, messages.secretInput, expected)
    // Still being typed: a steady sentence, so that the announced error does not change on every key.
    case 'incomplete':
      return key.entryIncomplete
    case 'choose-account':
      return key.entryChooseAccount
    case 'decoding':
      return key.entryDecoding
    case 'image-failed':
      return messages.secretInput[IMAGE_SENTENCES[entry.reason]]
  }
  return ''
}

/**
 * The sentence for the error `field` shows, or null when it shows none. `expected`: the court's key, for
 * the sentence about a key of the wrong length.
 */
export function fieldErrorText(
  field: EnrollmentField,
  errors: EnrollmentSnapshot['fieldErrors'],
  messages: Messages,
  expected?: ExpectedKey,
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
    case 'UNUSABLE_ENTRY':
      return key.errors.UNUSABLE_ENTRY(secretEntryText(error.entry, messages, expected), error.keyKept)
    case 'ACCOUNT_MISMATCH':
      return key.errors.ACCOUNT_MISMATCH
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
