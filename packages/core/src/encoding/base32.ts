/**
 * Base32 as defined in RFC 4648 §6: the alphabet of authenticator keys.
 *
 * `encodeBase32` writes upper case without padding unless asked; `decodeBase32` is the strict decoder
 * (no separators, optional but exact `=` padding, either case). Keys as people paste them go through
 * `parseSecret` instead, which is tolerant of spaces, hyphens and the like.
 *
 * @example
 * encodeBase32(new TextEncoder().encode('foobar'))            // 'MZXW6YTBOI'
 * encodeBase32(bytes, { padding: true })                        // 'MZXW6YTBOI======'
 * decodeBase32('MZXW6YTBOI')                                    // Uint8Array of 'foobar'
 */
import { A2FError, invalidOption } from '../errors.js'
import { MAX_SECRET_BYTES, MAX_SECRET_TEXT_LENGTH, type InputLimit } from '../limits.js'
import { isBytes } from './is-bytes.js'

/** RFC 4648 §6, Table 3. */
export const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

/** Value of a base32 character code (either case), or -1 when it is not in the alphabet. */
export function base32Value(charCode: number): number {
  const upper = charCode >= 97 ? charCode - 32 : charCode // a–z → A–Z; anything else stays out of range
  return upper >= 65 && upper <= 90 ? upper - 65 : upper >= 50 && upper <= 55 ? upper - 24 : -1
}

/**
 * Base32 lengths that end a valid encoding, by length mod 8 (RFC 4648 §6: the final quantum is 8, 16,
 * 24 or 32 bits, i.e. 2, 4, 5 or 7 characters).
 */
export function isValidBase32Length(length: number): boolean {
  const rest = length & 7
  return rest !== 1 && rest !== 3 && rest !== 6
}

/** Encodes bytes as base32 (RFC 4648 §6), upper case, with `=` padding only when `padding` is true. */
export function encodeBase32(bytes: Uint8Array, options: { padding?: boolean } = {}): string {
  if (!isBytes(bytes)) invalidOption('bytes', 'a Uint8Array', bytes)
  let out = ''
  let buffer = 0
  let bits = 0
  for (let i = 0; i < bytes.length; i++) {
    buffer = (buffer << 8) | (bytes[i] as number)
    bits += 8
    while (bits >= 5) {
      bits -= 5
      out += BASE32_ALPHABET[(buffer >>> bits) & 31]
    }
  }
  if (bits > 0) out += BASE32_ALPHABET[(buffer << (5 - bits)) & 31]
  if (options.padding) while (out.length % 8 !== 0) out += '='
  return out
}

/**
 * Decodes base32 text that has already been checked to hold only alphabet characters (either case) and a
 * valid length. Throws `SECRET_MALFORMED` ('TRAILING_BITS') when the text is not a canonical encoding.
 */
function decodeValidated(text: string, length: number): Uint8Array {
  const out = new Uint8Array((length * 5) >>> 3)
  let buffer = 0
  let bits = 0
  let index = 0
  for (let i = 0; i < length; i++) {
    buffer = (buffer << 5) | base32Value(text.charCodeAt(i))
    bits += 5
    if (bits >= 8) {
      bits -= 8
      out[index++] = buffer >>> bits
    }
  }
  if ((buffer & ((1 << bits) - 1)) !== 0) throwTrailingBits(length - 1, length)
  return out
}

/**
 * Strict RFC 4648 §6 decoding: alphabet characters in either case, optionally followed by exactly the
 * padding that completes the last 8-character group. Throws `SECRET_INVALID_CHARACTER` or
 * `SECRET_MALFORMED` ('TOO_LARGE' past MAX_SECRET_TEXT_LENGTH characters or MAX_SECRET_BYTES bytes,
 * checked before anything is allocated). An empty string decodes to an empty array.
 */
export function decodeBase32(text: string): Uint8Array {
  if (typeof text !== 'string') invalidOption('text', 'a base32 string', text)
  if (text.length > MAX_SECRET_TEXT_LENGTH) {
    throwSecretTooLarge('MAX_SECRET_TEXT_LENGTH', MAX_SECRET_TEXT_LENGTH, text.length)
  }
  let end = text.length
  while (end > 0 && text.charCodeAt(end - 1) === 61 /* = */) end--
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i)
    if (base32Value(code) < 0) {
      if (code === 61) {
        throw new A2FError('SECRET_MALFORMED', `Key characters after '=' padding at index ${i}.`, {
          reason: 'PADDING',
          index: i,
        })
      }
      throwInvalidCharacter(text, i)
    }
  }
  if ((end * 5) >>> 3 > MAX_SECRET_BYTES)
    throwSecretTooLarge('MAX_SECRET_BYTES', MAX_SECRET_BYTES, (end * 5) >>> 3)
  if (!isValidBase32Length(end)) throwMalformedLength(end)
  if (end !== text.length && text.length % 8 !== 0) {
    throw new A2FError('SECRET_MALFORMED', 'Padding must complete a group of 8 characters.', {
      reason: 'PADDING',
      index: end,
    })
  }
  return decodeValidated(text, end)
}

/** Characters people type or OCR in place of a base32 letter (digits 0, 1, 8 are not in the alphabet). */
const CONFUSABLES: Readonly<Record<string, string>> = { '0': 'O', '1': 'I', '8': 'B' }

export function throwInvalidCharacter(text: string, index: number): never {
  const character = String.fromCodePoint(text.codePointAt(index) as number)
  const suggestion = CONFUSABLES[character]
  const hint = suggestion ? ` Did you mean '${suggestion}'?` : ''
  throw new A2FError(
    'SECRET_INVALID_CHARACTER',
    `Not base32: ${JSON.stringify(character)} at index ${index}.${hint}`,
    suggestion ? { index, character, suggestion } : { index, character },
  )
}

/**
 * The last character's unused low bits are set: the text does not encode bytes canonically (RFC 4648
 * §3.5). `index` is that character's index in the text; `length` the number of key characters read
 * (separators and padding left out), so that a UI can say how many there are against how many it expects.
 */
export function throwTrailingBits(index: number, length: number): never {
  throw new A2FError(
    'SECRET_MALFORMED',
    `Last character has unused bits: key mistyped or cut (${length} key characters).`,
    { reason: 'TRAILING_BITS', index, length },
  )
}

/** A key over one of its bounds (limits.ts); `actual` is its length in characters or bytes. */
export function throwSecretTooLarge(limit: InputLimit, maximum: number, actual: number): never {
  throw new A2FError('SECRET_MALFORMED', `Key too long: at most ${maximum}, found ${actual} (${limit}).`, {
    reason: 'TOO_LARGE',
    limit,
    maximum,
    actual,
  })
}

/** `length`: the number of key characters read (separators and padding left out). */
export function throwMalformedLength(length: number): never {
  // RFC 4648 §6: 8n+1, 8n+3 and 8n+6 characters cannot end an encoding.
  throw new A2FError(
    'SECRET_MALFORMED',
    `Impossible key length ${length}: a character is missing or extra.`,
    { reason: 'LENGTH', length },
  )
}
