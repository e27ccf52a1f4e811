/**
 * What `store.claimCode` needs for one credential: its prepared TOTP generator and the fingerprint
 * under which its claims are kept.
 *
 * Claims belong to the authenticator, not to a record: the 4th Region's systems (TRF4, JFRS, JFSC, JFPR)
 * accept one authenticator, so a firm keeps one credential per system with the same key, and a code
 * used at one system is burned at all of them. The fingerprint is therefore computed from the secret:
 * HMAC-SHA-256 keyed by a label with the tenant and the period (counters of different periods do not
 * compare), over the secret bytes. It is not the secret and does not lead back to it (keys have at least
 * 80 random bits, SECRET_TOO_SHORT in @a2f/core), and two tenants never share a fingerprint.
 *
 * @example
 * const { generator, fingerprint } = await cachedClaimKey(keys, { tenant, id, sealed, otp }, open)
 * // fingerprint: 52 base32 characters, the same for every record of the tenant holding that key
 */
import { createTotp, encodeBase32, type OtpParams } from '@a2f/core'
import { hmac } from '@noble/hashes/hmac.js'
import { sha256 } from '@noble/hashes/sha2.js'
import type { SealingKeys } from '../crypto/sealing-keys.js'
import { utf8 } from '../crypto/webcrypto.js'

type Generator = ReturnType<typeof createTotp>

export interface ClaimKey {
  generator: Generator
  fingerprint: string
}

/** Versioned, so that a different derivation later can never collide with these fingerprints. */
const LABEL = 'a2f/code-claim/v1'

/** Same scheme and bound as the generator cache (generator-cache.ts): per key ring, exact entries. */
const caches = new WeakMap<SealingKeys, Map<string, ClaimKey>>()
const MAX_ENTRIES = 100_000

export async function cachedClaimKey(
  keys: SealingKeys,
  entry: { tenant: string; id: string; sealed: string; otp: OtpParams },
  openSecret: () => Promise<Uint8Array>,
): Promise<ClaimKey> {
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
  const claimKey: ClaimKey = {
    generator: createTotp(secret, entry.otp),
    fingerprint: claimFingerprint(entry.tenant, period, secret),
  }
  secret.fill(0)
  if (cache.size >= MAX_ENTRIES) cache.clear()
  cache.set(key, claimKey)
  return claimKey
}

/** HMAC-SHA-256(label ‖ 0 ‖ tenant ‖ 0 ‖ period, secret), base32 without padding (52 characters). */
export function claimFingerprint(tenant: string, period: number, secret: Uint8Array): string {
  const label = utf8.encode(`${LABEL}\u0000${tenant}\u0000${period}`)
  return encodeBase32(hmac(sha256, label, secret))
}
