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

interface CachedEntry<T> {
  sealed: string
  algorithm: string
  digits: number
  period: number
  derived: T
}

export function openedKeyCache<T>(derive: (secret: Uint8Array, entry: OpenedKeyEntry) => T) {
  // Key ring → tenant → record id → what was opened for it. One entry per record: a re-seal or a re-key
  // replaces the record's entry instead of adding one (no key text is built per lookup either, which
  // was a tenth of a cached `codes()` for 10,000).
  const caches = new WeakMap<
    SealingKeys,
    { size: number; tenants: Map<string, Map<string, CachedEntry<T>>> }
  >()
  const cacheOf = (keys: SealingKeys) => {
    let cache = caches.get(keys)
    if (cache === undefined) {
      cache = { size: 0, tenants: new Map() }
      caches.set(keys, cache)
    }
    return cache
  }
  /** What was derived for exactly this entry, if anything. */
  const lookup = (keys: SealingKeys, entry: OpenedKeyEntry): CachedEntry<T> | undefined => {
    const { algorithm, digits, period } = entry.otp
    const cached = cacheOf(keys).tenants.get(entry.tenant)?.get(entry.id)
    return cached !== undefined &&
      cached.sealed === entry.sealed &&
      cached.algorithm === algorithm &&
      cached.digits === digits &&
      cached.period === period
      ? cached
      : undefined
  }
  /** Derives from the opened secret, wipes it, and keeps what was derived. */
  const remember = (keys: SealingKeys, entry: OpenedKeyEntry, secret: Uint8Array): T => {
    const derived = derive(secret, entry)
    secret.fill(0)
    const cache = cacheOf(keys)
    if (cache.size >= MAX_ENTRIES) {
      cache.tenants.clear()
      cache.size = 0
    }
    let records = cache.tenants.get(entry.tenant)
    if (records === undefined) {
      records = new Map()
      cache.tenants.set(entry.tenant, records)
    }
    if (!records.has(entry.id)) cache.size += 1
    const { algorithm, digits, period } = entry.otp
    records.set(entry.id, { sealed: entry.sealed, algorithm, digits, period, derived })
    return derived
  }

  const cached = async (
    keys: SealingKeys,
    entry: OpenedKeyEntry,
    openSecret: () => Promise<Uint8Array>,
  ): Promise<T> => {
    const hit = lookup(keys, entry)
    return hit !== undefined ? hit.derived : remember(keys, entry, await openSecret())
  }

  /**
   * The same, without waiting: what is cached, or derived from a key `openNow` opens on this thread;
   * undefined when it cannot (WebCrypto only: open it with the cache's call instead). Opening 10,000
   * keys in Node this way spares 40,000 promises a first `codes()`.
   */
  const now = (
    keys: SealingKeys,
    entry: OpenedKeyEntry,
    openNow: () => Uint8Array | undefined,
  ): T | undefined => {
    const hit = lookup(keys, entry)
    if (hit !== undefined) return hit.derived
    const secret = openNow()
    return secret === undefined ? undefined : remember(keys, entry, secret)
  }

  return Object.assign(cached, { now })
}
