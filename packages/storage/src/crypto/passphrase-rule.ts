import { storageError } from '../errors.js'

/** New passphrases (a vault's, a backup's): at least this many characters after NFKC normalisation. */
export const MIN_PASSPHRASE_LENGTH = 8

/**
 * Whether a new passphrase is long enough to protect a firm's court keys: what `createVault`,
 * `changePassphrase` and `exportBackup` require. A form checks it before the slow key derivation starts.
 *
 * @example
 * meetsPassphraseRule('curta') // false
 */
export function meetsPassphraseRule(passphrase: string): boolean {
  return [...passphrase.normalize('NFKC')].length >= MIN_PASSPHRASE_LENGTH
}

/** Throws INVALID_INPUT for a passphrase too short to protect a firm's court keys. */
export function checkNewPassphrase(passphrase: unknown): asserts passphrase is string {
  if (typeof passphrase !== 'string' || !meetsPassphraseRule(passphrase)) {
    throw storageError('INVALID_INPUT', {
      field: 'passphrase',
      reason: `at least ${MIN_PASSPHRASE_LENGTH} characters`,
    })
  }
}
