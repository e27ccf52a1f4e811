/** `CounterMacFactory` for every algorithm: our SHA-1 fast path, @noble/hashes for SHA-256/512. */
import type { CounterMacFactory } from './counter-mac.js'
import { hmacSha1CounterMac } from './hmac-sha1.js'
import { hmacSha2CounterMac } from './hmac-sha2.js'

export const anyAlgorithmMac: CounterMacFactory = (algorithm, key) =>
  algorithm === 'SHA1' ? hmacSha1CounterMac(key) : hmacSha2CounterMac(algorithm, key)
