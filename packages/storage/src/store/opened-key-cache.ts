/**
 * What a store derives from an opened key (a TOTP generator, a claim fingerprint), kept so that a
 * server answering every second opens each key once.
 *
 * A cache belongs to the key ring (a WeakMap entry that goes when the ring goes), not to a store:
 * servers commonly make a store per request (`createHttpHandler`'s `store(context)`), and the cache must
 * outlive them. An entry is found only by the exact tenant, record id, sealed value and OTP parameters it
 * was opened with: a re-key or a re-seal changes the sealed value, and a sealed value moved to another
 * record never matches, so tamper detection is not bypassed by the cache. The opened secret is zeroed
 * as soon as `derive` has run.
 *
 * @example
 * const cachedGenerator = openedKeyCache((secret, entry) => createTotp(secret, entry.otp))
 * const generator = await cachedGenerator(keys, { tenant, id, sealed, otp }, () => openSecret(row))
 */
import type { OtpParams } from '@a2f/core'
import type { SealingKeys } from '../crypto/sealing-keys.js'

export interface OpenedKeyEntry {
  tenant: string
  id: string
  sealed: string
  otp: OtpParams
}

/** Enough for the largest firms; beyond it a cache starts over rather than growing without bound. */
const MAX_ENTRIES = 100_000

export function openedKeyCache<T>(derive: (secret: Uint8Array, entry: OpenedKeyEntry) => T) {
  const caches = new WeakMap<SealingKeys, Map<string, T>>()
  return async (
    keys: SealingKeys,
    entry: OpenedKeyEntry,
    openSecret: () => Promise<Uint8Array>,
  ): Promise<T> => {
    let cache = caches.get(keys)
    if (cache === undefined) {
      cache = new Map()
      caches.set(keys, cache)
    }
    const { algorithm, digits, period } = entry.otp
    const key = JSON.stringify([entry.tenant, entry.id, entry.sealed, algorithm, digits, period])
    const cached = cache.get(key)
    if (cached !== undefined) return cached
    const secret = await openSecret()
    const derived = derive(secret, entry)
    secret.fill(0)
    if (cache.size >= MAX_ENTRIES) cache.clear()
    cache.set(key, derived)
    return derived
  }
}
