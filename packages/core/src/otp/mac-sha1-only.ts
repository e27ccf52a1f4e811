/** `CounterMacFactory` for `@a2f/core/sha1`: SHA-1 only, so SHA-256/512 never reach the bundle. */
import { invalidOption } from '../errors.js'
import type { CounterMacFactory } from './counter-mac.js'
import { hmacSha1CounterMac } from './hmac-sha1.js'

export const sha1OnlyMac: CounterMacFactory = (algorithm, key) =>
  algorithm === 'SHA1'
    ? hmacSha1CounterMac(key)
    : invalidOption('algorithm', "SHA1 (use '@a2f/core' for SHA256/SHA512)", algorithm)
