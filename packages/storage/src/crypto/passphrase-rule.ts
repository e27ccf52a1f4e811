import { storageError } from '../errors.js'

/** New passphrases (a vault's, a backup's): at least this many characters after NFKC normalisation. */
export const MIN_PASSPHRASE_LENGTH = 8

/** Throws INVALID_INPUT for a passphrase too short to protect a firm's court keys. */
export function checkNewPassphrase(passphrase: unknown): asserts passphrase is string {
  if (typeof passphrase !== 'string' || [...passphrase.normalize('NFKC')].length < MIN_PASSPHRASE_LENGTH) {
    throw storageError('INVALID_INPUT', {
      field: 'passphrase',
      reason: `at least ${MIN_PASSPHRASE_LENGTH} characters`,
    })
  }
}
