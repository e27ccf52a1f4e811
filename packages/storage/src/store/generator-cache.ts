import { createTotp, type OtpParams } from '@a2f/core'
import type { SealingKeys } from '../crypto/sealing-keys.js'

type Generator = ReturnType<typeof createTotp>

/**
 * Prepared TOTP generators for `store.codes()`, so a server answering every second opens each key once.
 *
 * The cache belongs to the key ring (a WeakMap entry that goes when the ring goes), not to a store:
 * servers commonly make a store per request (`createHttpHandler`'s `store(context)`), and the cache must
 * outlive them. An entry is found only by the exact tenant, record id, sealed value and OTP parameters it
 * was opened with: a re-key or a re-seal changes the sealed value, and a sealed value moved to another
 * record never matches, so tamper detection is not bypassed by the cache.
 */
const caches = new WeakMap<SealingKeys, Map<string, Generator>>()

/** Enough for the largest firms; beyond it the cache starts over rather than growing without bound. */
const MAX_ENTRIES = 100_000

export async function cachedGenerator(
  keys: SealingKeys,
  entry: { tenant: string; id: string; sealed: string; otp: OtpParams },
  openSecret: () => Promise<Uint8Array>,
): Promise<Generator> {
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
  const generator = createTotp(secret, entry.otp)
  secret.fill(0)
  if (cache.size >= MAX_ENTRIES) cache.clear()
  cache.set(key, generator)
  return generator
}
