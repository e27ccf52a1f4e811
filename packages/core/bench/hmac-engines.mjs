/**
 * Why @a2f/core has its own SHA-1: HMAC-SHA1 over an 8-byte counter with the key's pads precomputed,
 * against @noble/hashes' HMAC (also with its keyed state reused through _cloneInto) and node:crypto.
 */
import { createHmac } from 'node:crypto'
import { hmac } from '@noble/hashes/hmac.js'
import { sha1 } from '@noble/hashes/legacy.js'
import { createTotp } from '../dist/sha1.js'

export const engines = [
  {
    name: 'node:crypto createHmac per code',
    prepare: (keys) => keys.map((k) => Buffer.from(k)),
    run: (keys, message) =>
      keys.reduce((sum, k) => sum + createHmac('sha1', k).update(message).digest()[19], 0),
  },
  {
    name: '@noble/hashes hmac(sha1), keyed state reused',
    prepare: (keys) =>
      keys.map((k) => ({
        keyed: hmac.create(sha1, k),
        scratch: hmac.create(sha1, k),
        out: new Uint8Array(20),
      })),
    run: (keys, message) =>
      keys.reduce((sum, k) => {
        k.keyed._cloneInto(k.scratch).update(message).digestInto(k.out)
        return sum + k.out[19]
      }, 0),
  },
  {
    name: '@a2f/core SHA-1 fast path (createTotp(...).at, whole code)',
    prepare: (keys) => keys.map((k) => createTotp(k)),
    run: (keys) => keys.reduce((sum, k) => sum + k.at(1_750_000_000_000).charCodeAt(5), 0),
  },
]
