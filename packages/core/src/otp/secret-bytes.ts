/**
 * The OTP functions take a secret as bytes or as a base32 key the way people paste it. Strings go
 * through the same tolerant reader as `parseSecret`, with the same errors.
 */
import { A2FError, invalidOption } from '../errors.js'
import { readSecretText } from '../secret/read-secret-text.js'
import { isBytes } from '../encoding/is-bytes.js'

export type Secret = Uint8Array | string

export function secretBytes(secret: Secret): Uint8Array {
  if (isBytes(secret)) {
    if (secret.length === 0) throw new A2FError('SECRET_EMPTY', 'Empty key.', {})
    return secret
  }
  if (typeof secret !== 'string') return invalidOption('secret', 'bytes or a base32 string', typeof secret)
  if (/^\s*otpauth/i.test(secret)) {
    // A URI carries parameters as well as the key: reading only the key would silently drop them.
    throw new A2FError('SECRET_MALFORMED', 'A URI, not a key: use parseSecret().', { reason: 'URI' })
  }
  return readSecretText(secret)
}
