/**
 * HMAC-SHA1 (RFC 2104) over an 8-byte counter with the key's pads precomputed: hashing K ⊕ ipad and
 * K ⊕ opad happens once per key, so each code costs exactly two SHA-1 compressions and no allocation.
 *
 * @example
 * const mac = hmacSha1CounterMac(keyBytes)
 * mac(0, 1) // RFC 4226 Appendix D, count 1: 1284755224 → code '287082'
 */
import { SHA1_IV, W, compress, sha1 } from './sha1.js'
import type { CounterMac } from './counter-mac.js'

/** SHA-1 block length B of RFC 2104 §2. */
const BLOCK_BYTES = 64
/** Inner message = 64-byte pad block + 8-byte counter; outer = pad block + 20-byte inner digest (bits). */
const INNER_LENGTH_BITS = (64 + 8) * 8
const OUTER_LENGTH_BITS = (64 + 20) * 8

/** Scratch for the inner digest and the final digest; safe to share, nothing here is asynchronous. */
const DIGEST = /* @__PURE__ */ new Int32Array(5)

/** The key as 16 big-endian words, zero-padded to the block (RFC 2104 §2 step 1); scratch, reused. */
const KEY_WORDS = /* @__PURE__ */ new Int32Array(16)

/**
 * The chaining values after absorbing K ⊕ ipad (words 0–4) and K ⊕ opad (words 5–9), RFC 2104 §2
 * steps (1)–(2) and (5). Keys longer than the block are first hashed, as RFC 2104 §3 requires.
 * This runs once per one-shot code, so it allocates only the state it returns.
 */
export function hmacSha1KeyState(key: Uint8Array): Int32Array {
  const k = key.length > BLOCK_BYTES ? sha1(key) : key
  KEY_WORDS.fill(0)
  for (let i = 0; i < k.length; i++) KEY_WORDS[i >> 2]! |= (k[i] as number) << (24 - ((i & 3) << 3))
  const state = new Int32Array(10)
  // ipad = 0x36 and opad = 0x5c repeated (RFC 2104 §2), four bytes at a time.
  for (let i = 0; i < 16; i++) W[i] = (KEY_WORDS[i] as number) ^ 0x36363636
  compress(SHA1_IV, 0, state, 0)
  for (let i = 0; i < 16; i++) W[i] = (KEY_WORDS[i] as number) ^ 0x5c5c5c5c
  compress(SHA1_IV, 0, state, 5)
  return state
}

/**
 * HMAC-SHA1 of an 8-byte message (the counter, as two big-endian 32-bit words) from a precomputed key
 * state. Returns the digest as 5 big-endian words in a shared scratch array: read it before the next call.
 */
export function hmacSha1Words(state: Int32Array, counterHigh: number, counterLow: number): Int32Array {
  const w = W
  // Inner hash: the counter, then SHA-1 padding (RFC 3174 §4) for a 72-byte message.
  w[0] = counterHigh
  w[1] = counterLow
  w[2] = 0x80000000 | 0
  w.fill(0, 3, 15)
  w[15] = INNER_LENGTH_BITS
  compress(state, 0, DIGEST, 0)
  // Outer hash: the inner digest, then padding for an 84-byte message.
  w[0] = DIGEST[0] as number
  w[1] = DIGEST[1] as number
  w[2] = DIGEST[2] as number
  w[3] = DIGEST[3] as number
  w[4] = DIGEST[4] as number
  w[5] = 0x80000000 | 0
  w.fill(0, 6, 15)
  w[15] = OUTER_LENGTH_BITS
  compress(state, 5, DIGEST, 0)
  return DIGEST
}

/** HOTP's 31-bit value for one counter, from a precomputed key state (RFC 4226 §5.3). */
export function hmacSha1Truncated(state: Int32Array, counterHigh: number, counterLow: number): number {
  const digest = hmacSha1Words(state, counterHigh, counterLow)
  // Dynamic truncation, read straight from the big-endian words: offset = low 4 bits of byte 19.
  const offset = (digest[4] as number) & 0x0f
  const word = offset >>> 2
  const shift = (offset & 3) << 3
  const value =
    shift === 0
      ? (digest[word] as number)
      : ((digest[word] as number) << shift) | ((digest[word + 1] as number) >>> (32 - shift))
  return value & 0x7fffffff
}

/** A `CounterMac` for HMAC-SHA1. */
export function hmacSha1CounterMac(key: Uint8Array): CounterMac {
  const state = hmacSha1KeyState(key)
  return (counterHigh, counterLow) => hmacSha1Truncated(state, counterHigh, counterLow)
}
