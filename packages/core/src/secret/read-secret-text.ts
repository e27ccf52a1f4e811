/**
 * Reads a key the way people paste it — `MMZD IMRU GZRG CNRQ GA2G MMRW MVQW IZBW`, lower case, hyphens,
 * tabs, newlines, NBSP, zero-width spaces, `=` padding — into bytes. It never guesses: any character
 * that is neither a separator nor in the base32 alphabet is an error pointing at it.
 *
 * This is the part of `parseSecret` that the OTP functions share; it knows nothing about URIs so that the
 * SHA-1-only entry stays small. One pass serves both the canonical keys robots keep and messy pasted ones.
 */
import { A2FError } from '../errors.js'
import {
  base32Value,
  isValidBase32Length,
  throwInvalidCharacter,
  throwMalformedLength,
  throwTrailingBits,
} from '../encoding/base32.js'

/** RFC 4226 §4 R6 asks for at least 128 bits; 80-bit keys (16 characters) are still common. */
export const MINIMUM_SECRET_BITS = 80
export const RECOMMENDED_SECRET_BITS = 128

/**
 * Separators people paste inside keys: every JavaScript white space (`\s`: tab, newline, NBSP, U+2000–U+200A,
 * U+202F, U+3000, BOM…), zero-width characters, and hyphens, dashes and the minus sign.
 */
const SEPARATOR = /[\s\-\u200b-\u200d\u2010-\u2015\u2060\u2212\ufe58\ufe63\uff0d]/

/**
 * Reads a pasted key into bytes in one pass: alphabet characters are decoded as they come (either case),
 * separators skipped, `=` padding accepted at the end. Throws `SECRET_INVALID_CHARACTER` (with the index
 * in `input`), `SECRET_EMPTY`, `SECRET_TOO_SHORT` (< 80 bits) or `SECRET_MALFORMED`, in that order.
 *
 * It allocates 5/8 of the input's length, no more: nothing in the text claims a size. Readers of outside
 * text bound the text before calling it (`readBoundedSecretText`); the OTP functions take the
 * caller's key as it is, which keeps `@a2f/core/sha1` small.
 */
export function readSecretText(input: string): Uint8Array {
  const out = new Uint8Array((input.length * 5) >>> 3)
  let buffer = 0
  let bits = 0
  let written = 0
  let characters = 0 // key characters read
  let lastIndex = -1 // index in `input` of the last key character, for error details
  let paddingAt = -1
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i)
    const value = base32Value(code)
    if (value < 0) {
      if (code === 61 /* = */) {
        if (paddingAt < 0) paddingAt = i
      } else if (!SEPARATOR.test(input[i] as string)) {
        throwInvalidCharacter(input, i)
      }
      continue
    }
    if (paddingAt >= 0) {
      throw new A2FError('SECRET_MALFORMED', `Key characters after '=' padding at index ${paddingAt}.`, {
        reason: 'PADDING',
        index: paddingAt,
      })
    }
    buffer = (buffer << 5) | value
    bits += 5
    characters++
    lastIndex = i
    if (bits >= 8) {
      bits -= 8
      out[written++] = buffer >>> bits
    }
  }

  if (characters === 0) throw new A2FError('SECRET_EMPTY', 'Empty key.', {})
  const keyBits = characters * 5
  if (keyBits < MINIMUM_SECRET_BITS) {
    throw new A2FError(
      'SECRET_TOO_SHORT',
      `Key too short: ${keyBits} bits, at least ${MINIMUM_SECRET_BITS} needed.`,
      {
        bits: keyBits,
        minimumBits: MINIMUM_SECRET_BITS,
      },
    )
  }
  if (!isValidBase32Length(characters)) throwMalformedLength(characters)
  if ((buffer & ((1 << bits) - 1)) !== 0) throwTrailingBits(lastIndex, characters)
  return written === out.length ? out : out.slice(0, written)
}
