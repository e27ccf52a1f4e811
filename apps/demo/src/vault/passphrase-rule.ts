/**
 * The storage's rule for new passphrases (vault and backup), checked in the form before the slow key
 * derivation starts, with the confirmation, in pt-BR. The rule itself is @a2f/storage's, and the storage
 * checks it again (INVALID_INPUT).
 *
 * @example
 * newPassphraseProblem('curta', 'curta')           // 'A senha precisa ter pelo menos 8 caracteres.'
 * newPassphraseProblem('segredo-longo', 'outra')   // 'As senhas digitadas não conferem.'
 */
import { MIN_PASSPHRASE_LENGTH, meetsPassphraseRule } from '@a2f/storage'

export { MIN_PASSPHRASE_LENGTH }

/** What is wrong with a new passphrase and its confirmation, in pt-BR; null when it can be used. */
export function newPassphraseProblem(passphrase: string, confirmation: string): string | null {
  if (!meetsPassphraseRule(passphrase))
    return `A senha precisa ter pelo menos ${MIN_PASSPHRASE_LENGTH} caracteres.`
  if (passphrase !== confirmation) return 'As senhas digitadas não conferem.'
  return null
}
