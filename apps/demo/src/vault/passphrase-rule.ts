/**
 * The storage's rule for new passphrases (vault and backup), checked in the form before the slow key
 * derivation starts: at least 8 characters after NFKC normalisation, as @a2f/storage counts them. The
 * storage checks again (INVALID_INPUT), so the two can never disagree silently.
 *
 * @example
 * newPassphraseProblem('curta', 'curta')           // 'A senha precisa ter pelo menos 8 caracteres.'
 * newPassphraseProblem('segredo-longo', 'outra')   // 'As senhas digitadas não conferem.'
 */
export const MIN_PASSPHRASE_LENGTH = 8

export function passphraseLength(passphrase: string): number {
  return [...passphrase.normalize('NFKC')].length
}

/** What is wrong with a new passphrase and its confirmation, in pt-BR; null when it can be used. */
export function newPassphraseProblem(passphrase: string, confirmation: string): string | null {
  if (passphraseLength(passphrase) < MIN_PASSPHRASE_LENGTH) {
    return `A senha precisa ter pelo menos ${MIN_PASSPHRASE_LENGTH} caracteres.`
  }
  if (passphrase !== confirmation) return 'As senhas digitadas não conferem.'
  return null
}
