/**
 * Lower- or upper-case hex → bytes; undefined when `text` is not an even run of hex digits, or would
 * decode to more than `maxBytes` (judged on the text's length, before anything is decoded).
 */
export function decodeHex(text: unknown, maxBytes: number): Uint8Array<ArrayBuffer> | undefined {
  if (typeof text !== 'string' || text.length > 2 * maxBytes) return undefined
  if (text.length % 2 !== 0 || !/^[0-9a-f]*$/i.test(text)) return undefined
  const bytes = new Uint8Array(text.length / 2)
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(text.slice(2 * i, 2 * i + 2), 16)
  return bytes
}
