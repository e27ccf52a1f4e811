/**
 * The key reader for text from outside — a pasted key (`parseSecret`), the `secret` of a link — with
 * its bounds (limits.ts): the text is at most MAX_SECRET_TEXT_LENGTH characters, checked before a buffer
 * is sized from it, and the key at most MAX_SECRET_BYTES bytes. Beyond them, `SECRET_MALFORMED`
 * 'TOO_LARGE' with `limit`, `maximum` and `actual`. Otherwise exactly `readSecretText`, whose errors it
 * passes on.
 *
 * @example
 * readBoundedSecretText('MMZD IMRU GZRG CNRQ GA2G MMRW MVQW IZBW')   // Uint8Array(20)
 * readBoundedSecretText('A'.repeat(100_000))
 * // throws SECRET_MALFORMED { reason: 'TOO_LARGE', limit: 'MAX_SECRET_TEXT_LENGTH', maximum: 4096, actual: 100000 }
 */
import { throwSecretTooLarge } from '../encoding/base32.js'
import { MAX_SECRET_BYTES, MAX_SECRET_TEXT_LENGTH } from '../limits.js'
import { readSecretText } from './read-secret-text.js'

export function readBoundedSecretText(input: string): Uint8Array {
  if (input.length > MAX_SECRET_TEXT_LENGTH) {
    throwSecretTooLarge('MAX_SECRET_TEXT_LENGTH', MAX_SECRET_TEXT_LENGTH, input.length)
  }
  const bytes = readSecretText(input)
  if (bytes.length > MAX_SECRET_BYTES) throwSecretTooLarge('MAX_SECRET_BYTES', MAX_SECRET_BYTES, bytes.length)
  return bytes
}
