import { describe, expect, it } from 'vitest'
import type { SealingKeys } from '../crypto/sealing-keys.js'
import { openedKeyCache } from '../store/opened-key-cache.js'

const otp = { algorithm: 'SHA1', digits: 6, period: 30 } as const
const ring = (): SealingKeys => ({ currentKeyId: 'k', key: () => undefined })

describe('opened-key cache', () => {
  it('opens a record once per key ring, again when its sealed value or OTP parameters change', async () => {
    let opened = 0
    const cache = openedKeyCache((secret) => Array.from(secret).join())
    const keys = ring()
    const open = (byte: number) => async () => {
      opened += 1
      return new Uint8Array([byte])
    }
    const entry = { tenant: 't', id: 'a', sealed: 'a2f1:k:x:1', otp }
    expect(await cache(keys, entry, open(1))).toBe('1')
    expect(await cache(keys, { ...entry }, open(9))).toBe('1')
    expect(opened).toBe(1)
    // A re-seal (or a re-key): opened again, and the new value replaces the old one.
    expect(await cache(keys, { ...entry, sealed: 'a2f1:k:x:2' }, open(2))).toBe('2')
    expect(await cache(keys, { ...entry, sealed: 'a2f1:k:x:2' }, open(9))).toBe('2')
    expect(await cache(keys, { ...entry, otp: { ...otp, digits: 8 } }, open(3))).toBe('3')
    expect(opened).toBe(3)
    // Another tenant, another record, another key ring: never found by this entry.
    expect(await cache(keys, { ...entry, tenant: 'u', otp: { ...otp, digits: 8 } }, open(4))).toBe('4')
    expect(await cache(keys, { ...entry, id: 'b', otp: { ...otp, digits: 8 } }, open(5))).toBe('5')
    expect(await cache(ring(), { ...entry, otp: { ...otp, digits: 8 } }, open(6))).toBe('6')
    expect(opened).toBe(6)
  })

  it('wipes each opened secret once derived', async () => {
    const secret = new Uint8Array([7, 7, 7])
    const cache = openedKeyCache((bytes) => bytes.length)
    expect(await cache(ring(), { tenant: 't', id: 'a', sealed: 's', otp }, async () => secret)).toBe(3)
    expect(Array.from(secret)).toEqual([0, 0, 0])
  })

  it('answers now from the cache or a key opened on this thread, and says when it cannot', async () => {
    const cache = openedKeyCache((secret) => Array.from(secret).join())
    const keys = ring()
    const entry = { tenant: 't', id: 'a', sealed: 'a2f1:k:x:1', otp }
    // Only WebCrypto could open it: nothing now, and nothing remembered.
    expect(cache.now(keys, entry, () => undefined)).toBeUndefined()
    const secret = new Uint8Array([4, 2])
    expect(cache.now(keys, entry, () => secret)).toBe('4,2')
    expect(Array.from(secret)).toEqual([0, 0])
    // Remembered for both ways of asking; a re-seal is not found.
    expect(cache.now(keys, entry, () => new Uint8Array([9]))).toBe('4,2')
    expect(await cache(keys, entry, async () => new Uint8Array([9]))).toBe('4,2')
    expect(cache.now(keys, { ...entry, sealed: 'a2f1:k:x:2' }, () => undefined)).toBeUndefined()
  })
})
