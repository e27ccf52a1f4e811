/**
 * SHA-1 (RFC 3174), written for the one job a2f needs it for: HMAC-SHA1 over an 8-byte counter, the
 * algorithm of every court authenticator. The state lives in `Int32Array`s and a shared message schedule,
 * so computing a code allocates nothing. SHA-1's collision weakness does not affect HMAC (RFC 6194 §3.2).
 *
 * Proven against the RFC 3174 vectors and, differentially, against @noble/hashes (see the tests); the
 * numbers that justify having our own SHA-1 are in BENCHMARKS.md.
 *
 * @example
 * sha1(new TextEncoder().encode('abc')) // a9993e36 4706816a ba3e2571 7850c26c 9cd0d89d
 */

/** Initial hash value H0…H4, RFC 3174 §6.1. */
export const SHA1_IV: Int32Array = /* @__PURE__ */ Int32Array.of(
  0x67452301,
  0xefcdab89 | 0,
  0x98badcfe | 0,
  0x10325476,
  0xc3d2e1f0 | 0,
)

/**
 * The message schedule W(0)…W(79) of RFC 3174 §6.1 step (b). Callers write the 16 words of a block in
 * W[0..15] and call `compress`; sharing one array is safe because nothing here is asynchronous.
 */
export const W: Int32Array = /* @__PURE__ */ new Int32Array(80)

/**
 * Processes the block in W[0..15] (RFC 3174 §6.1 steps b–e): reads the 5-word state at `state[from]`,
 * writes the new state at `out[to]` (they may be the same place).
 */
export function compress(state: Int32Array, from: number, out: Int32Array, to: number): void {
  const w = W
  for (let t = 16; t < 80; t++) {
    const x = (w[t - 3] as number) ^ (w[t - 8] as number) ^ (w[t - 14] as number) ^ (w[t - 16] as number)
    w[t] = (x << 1) | (x >>> 31)
  }
  let a = state[from] as number
  let b = state[from + 1] as number
  let c = state[from + 2] as number
  let d = state[from + 3] as number
  let e = state[from + 4] as number
  // The four rounds of 20 steps, with f(t;B,C,D) and K(t) of RFC 3174 §5.
  for (let t = 0; t < 20; t++) {
    const temp = (((a << 5) | (a >>> 27)) + ((b & c) | (~b & d)) + e + (w[t] as number) + 0x5a827999) | 0
    e = d
    d = c
    c = (b << 30) | (b >>> 2)
    b = a
    a = temp
  }
  for (let t = 20; t < 40; t++) {
    const temp = (((a << 5) | (a >>> 27)) + (b ^ c ^ d) + e + (w[t] as number) + 0x6ed9eba1) | 0
    e = d
    d = c
    c = (b << 30) | (b >>> 2)
    b = a
    a = temp
  }
  for (let t = 40; t < 60; t++) {
    const temp =
      (((a << 5) | (a >>> 27)) + ((b & c) | (b & d) | (c & d)) + e + (w[t] as number) + 0x8f1bbcdc) | 0
    e = d
    d = c
    c = (b << 30) | (b >>> 2)
    b = a
    a = temp
  }
  for (let t = 60; t < 80; t++) {
    const temp = (((a << 5) | (a >>> 27)) + (b ^ c ^ d) + e + (w[t] as number) + 0xca62c1d6) | 0
    e = d
    d = c
    c = (b << 30) | (b >>> 2)
    b = a
    a = temp
  }
  out[to] = ((state[from] as number) + a) | 0
  out[to + 1] = ((state[from + 1] as number) + b) | 0
  out[to + 2] = ((state[from + 2] as number) + c) | 0
  out[to + 3] = ((state[from + 3] as number) + d) | 0
  out[to + 4] = ((state[from + 4] as number) + e) | 0
}

/**
 * SHA-1 digest of a whole message. Used for HMAC keys longer than a block (RFC 2104 §3) and to prove
 * `compress` against the RFC 3174 vectors. Not a hot path: it copies the message once to pad it.
 */
export function sha1(message: Uint8Array): Uint8Array {
  // RFC 3174 §4 padding: the message, a 1 bit, zeros, and the length in bits as a 64-bit big-endian
  // integer, to a multiple of 64 bytes.
  const padded = new Uint8Array((message.length + 72) & ~63)
  padded.set(message)
  padded[message.length] = 0x80
  const view = new DataView(padded.buffer)
  view.setUint32(padded.length - 8, Math.floor(message.length / 0x20000000))
  view.setUint32(padded.length - 4, message.length * 8)
  const state = SHA1_IV.slice()
  for (let offset = 0; offset < padded.length; offset += 64) {
    for (let i = 0; i < 16; i++) W[i] = view.getInt32(offset + i * 4)
    compress(state, 0, state, 0)
  }
  const digest = new DataView(new ArrayBuffer(20))
  for (let i = 0; i < 5; i++) digest.setInt32(i * 4, state[i] as number)
  return new Uint8Array(digest.buffer)
}
