/**
 * Base64 as defined in RFC 4648 §4, written by hand because the core may use no host API (no `atob`,
 * `btoa` or `Buffer`). It exists for Google Authenticator exports, whose `data` parameter is the
 * base64 of a protobuf payload.
 *
 * `encodeBase64` writes the standard alphabet with `=` padding. `decodeBase64` also accepts the
 * URL-safe alphabet of RFC 4648 §5 (`-` and `_`) and missing padding, because export links pass
 * through QR readers, chat apps and URL shorteners that rewrite them; anything else throws a
 * `Base64Error`, which callers map to their own error code (the migration reader maps it to
 * MIGRATION_INVALID 'BASE64'). The decoded data is secret, so errors give an index, never a character.
 *
 * @example
 * encodeBase64(new TextEncoder().encode('foobar'))   // 'Zm9vYmFy'
 * encodeBase64(Uint8Array.of(0xfb, 0xff))            // '+/8='
 * decodeBase64('-_8')                                 // Uint8Array [0xfb, 0xff]
 */

/** RFC 4648 §4, Table 1. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** Character code → 6-bit value, or -1. Both `+`/`/` (§4) and `-`/`_` (§5) map to 62/63. */
const VALUES = /* @__PURE__ */ (() => {
  const table = new Int8Array(128).fill(-1)
  for (let i = 0; i < 64; i++) table[ALPHABET.charCodeAt(i)] = i
  table[45 /* - */] = 62
  table[95 /* _ */] = 63
  return table
})()

/** Thrown by `decodeBase64` for text that is not base64. The message never quotes the input. */
export class Base64Error extends Error {
  override readonly name = 'Base64Error'
  /** UTF-16 index of the offending character, when one character is to blame. */
  readonly index: number | undefined

  constructor(message: string, index?: number) {
    super(message)
    this.index = index
  }
}

/** Encodes bytes as standard base64 (RFC 4648 §4) with `=` padding. */
export function encodeBase64(bytes: Uint8Array): string {
  let out = ''
  const full = bytes.length - (bytes.length % 3)
  for (let i = 0; i < full; i += 3) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number)
    out +=
      ALPHABET.charAt(n >>> 18) +
      ALPHABET.charAt((n >>> 12) & 63) +
      ALPHABET.charAt((n >>> 6) & 63) +
      ALPHABET.charAt(n & 63)
  }
  // RFC 4648 §4: a final quantum of 8 bits gives two characters and "==", of 16 bits three and "=".
  const rest = bytes.length - full
  if (rest === 1) {
    const n = (bytes[full] as number) << 16
    out += ALPHABET.charAt(n >>> 18) + ALPHABET.charAt((n >>> 12) & 63) + '=='
  } else if (rest === 2) {
    const n = ((bytes[full] as number) << 16) | ((bytes[full + 1] as number) << 8)
    out +=
      ALPHABET.charAt(n >>> 18) + ALPHABET.charAt((n >>> 12) & 63) + ALPHABET.charAt((n >>> 6) & 63) + '='
  }
  return out
}

/**
 * Decodes base64 in the standard (§4) or URL-safe (§5) alphabet, with or without `=` padding.
 * Throws `Base64Error` for a character outside both alphabets (white space included: callers decide
 * what white space means), padding in the middle or of the wrong length, an impossible length
 * (4n + 1 characters), or non-zero unused bits in the last character (RFC 4648 §3.5 allows decoders
 * to reject them; they mean the text was truncated or altered).
 *
 * The output is at most ¾ of `text.length` bytes, allocated once: a caller that reads outside text
 * bounds its length first (the export reader does, with MAX_MIGRATION_PAYLOAD_BYTES).
 */
export function decodeBase64(text: string): Uint8Array {
  let end = text.length
  while (end > 0 && text.charCodeAt(end - 1) === 61 /* = */) end--
  const padding = text.length - end
  if (padding > 0 && (text.length % 4 !== 0 || padding > 2)) {
    throw new Base64Error('Base64 padding must complete the last group of 4 characters.', end)
  }
  const rest = end % 4
  if (rest === 1) throw new Base64Error(`Base64 text cannot have ${end} characters (4n + 1 is impossible).`)

  const out = new Uint8Array(((end - rest) / 4) * 3 + (rest === 0 ? 0 : rest - 1))
  let buffer = 0
  let bits = 0
  let index = 0
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i)
    const value = code < 128 ? (VALUES[code] as number) : -1
    if (value < 0) {
      throw new Base64Error(
        code === 61
          ? `Base64 padding '=' at index ${i} is followed by more characters.`
          : `Character at index ${i} is not base64.`,
        i,
      )
    }
    buffer = ((buffer << 6) | value) & 0xffffff
    bits += 6
    if (bits >= 8) {
      bits -= 8
      out[index++] = (buffer >>> bits) & 0xff
    }
  }
  if ((buffer & ((1 << bits) - 1)) !== 0) {
    throw new Base64Error(
      'The last base64 character carries bits that no byte uses: the text is truncated or altered.',
      end - 1,
    )
  }
  return out
}
