/** Small helpers shared by the tests. */
export const ascii = (text: string): Uint8Array => new TextEncoder().encode(text)

export const hex = (bytes: Uint8Array): string =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')

export const fromHex = (text: string): Uint8Array =>
  Uint8Array.from(text.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16))

/** Big-endian 32-bit words as hex, as RFC tables print digests. */
export const wordsHex = (words: Int32Array, count = words.length): string =>
  Array.from(words.subarray(0, count), (w) => (w >>> 0).toString(16).padStart(8, '0')).join('')
