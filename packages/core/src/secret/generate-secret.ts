/**
 * A new random key, as base32, from the platform's cryptographic random generator
 * (`crypto.getRandomValues`, present in browsers, Node ≥ 20, Deno, Bun and edge runtimes).
 *
 * @example
 * generateSecret()    // 32 characters: 20 bytes, 160 bits, the length RFC 4226 §4 recommends
 * generateSecret(32)  // 52 characters
 */
import { encodeBase32 } from '../encoding/base32.js'
import { invalidOption } from '../errors.js'

/** 10 bytes = 80 bits, the shortest key `parseSecret` accepts; 1 KiB is far beyond any use. */
const MIN_BYTES = 10
const MAX_BYTES = 1024

export function generateSecret(byteLength = 20): string {
  if (!Number.isInteger(byteLength) || byteLength < MIN_BYTES || byteLength > MAX_BYTES) {
    return invalidOption(
      'byteLength',
      `a whole number of bytes from ${MIN_BYTES} to ${MAX_BYTES}`,
      byteLength,
    )
  }
  return encodeBase32(crypto.getRandomValues(new Uint8Array(byteLength)))
}
