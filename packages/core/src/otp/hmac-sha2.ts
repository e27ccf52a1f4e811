/**
 * HMAC-SHA256 and HMAC-SHA512 through @noble/hashes (audited; RFC 6238 allows both). The keyed HMAC
 * state is created once per key and cloned per code, so the key's pads are not hashed again.
 */
import { hmac } from '@noble/hashes/hmac.js'
import { sha256, sha512 } from '@noble/hashes/sha2.js'
import { truncate, type CounterMac } from './counter-mac.js'

export function hmacSha2CounterMac(algorithm: 'SHA256' | 'SHA512', key: Uint8Array): CounterMac {
  const hash = algorithm === 'SHA256' ? sha256 : sha512
  const keyed = hmac.create(hash, key)
  const scratch = hmac.create(hash, key)
  const message = new Uint8Array(8)
  const digest = new Uint8Array(hash.outputLen)
  return (counterHigh, counterLow) => {
    message[0] = counterHigh >>> 24
    message[1] = counterHigh >>> 16
    message[2] = counterHigh >>> 8
    message[3] = counterHigh
    message[4] = counterLow >>> 24
    message[5] = counterLow >>> 16
    message[6] = counterLow >>> 8
    message[7] = counterLow
    keyed._cloneInto(scratch).update(message).digestInto(digest)
    return truncate(digest)
  }
}
