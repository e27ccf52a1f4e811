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
import { createTotp, encodeBase32 } from '@a2f/core'
import { hmac } from '@noble/hashes/hmac.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { utf8 } from '../crypto/webcrypto.js'
import { openedKeyCache } from './opened-key-cache.js'

export interface ClaimKey {
  generator: ReturnType<typeof createTotp>
  fingerprint: string
}

/** Versioned, so that a different derivation later can never collide with these fingerprints. */
const LABEL = 'a2f/code-claim/v1'

/** Opened once per key ring, like the generators of `store.codes()` (opened-key-cache.ts). */
// Marked pure: a bundler keeps the claim keys (and HMAC-SHA-256) only where `claimCode` is used.
export const cachedClaimKey = /* @__PURE__ */ openedKeyCache((secret, entry): ClaimKey => ({
  generator: createTotp(secret, entry.otp),
  fingerprint: claimFingerprint(entry.tenant, entry.otp.period, secret),
}))

/** HMAC-SHA-256(label ‖ 0 ‖ tenant ‖ 0 ‖ period, secret), base32 without padding (52 characters). */
export function claimFingerprint(tenant: string, period: number, secret: Uint8Array): string {
  const label = utf8.encode(`${LABEL}\u0000${tenant}\u0000${period}`)
  return encodeBase32(hmac(sha256, label, secret))
}
