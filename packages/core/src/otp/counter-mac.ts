/**
 * A `CounterMac` is a key, prepared once, that turns an 8-byte counter into the 31-bit value of HOTP's
 * dynamic truncation (RFC 4226 §5.3). Each hash family provides a factory; the OTP functions only see
 * this interface, which is what lets `@a2f/core/sha1` leave SHA-256/512 out of the bundle.
 */
import type { Algorithm } from './params.js'

/** HMAC(key, counter) dynamically truncated to 31 bits; the counter is split into two 32-bit halves. */
export type CounterMac = (counterHigh: number, counterLow: number) => number

/** Prepares a key for an algorithm. Throws `OPTION_INVALID` for an algorithm it does not support. */
export type CounterMacFactory = (algorithm: Algorithm, key: Uint8Array) => CounterMac

/**
 * Dynamic truncation of RFC 4226 §5.3: the low 4 bits of the last byte give an offset; the 31 bits
 * starting there are the value.
 */
export function truncate(digest: Uint8Array): number {
  const offset = (digest[digest.length - 1] as number) & 0x0f
  return (
    (((digest[offset] as number) & 0x7f) << 24) |
    ((digest[offset + 1] as number) << 16) |
    ((digest[offset + 2] as number) << 8) |
    (digest[offset + 3] as number)
  )
}
