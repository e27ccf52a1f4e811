/**
 * Everything the court does with TOTP, through the `otpauth` library on purpose: an implementation
 * independent of @a2f/core, so every journey that passes proves the kit interoperates with it.
 * SHA1, 6 digits, 30 s, like eproc.
 *
 * @example
 *   const key = newTotpKey()                       // 'MMZDIMRUGZRGCNRQGA2GMMRWMVQWIZBW'
 *   formatKey(key)                                 // 'MMZD IMRU GZRG CNRQ GA2G MMRW MVQW IZBW'
 *   acceptedCounter(key, '123456', Date.now())     // the code's time step, or null when it is not valid
 */
import * as OTPAuth from 'otpauth'

const PERIOD_SECONDS = 30

/** A new random key: 20 bytes (160 bits), 32 base32 characters, as eproc shows. */
export function newTotpKey(): string {
  return new OTPAuth.Secret({ size: 20 }).base32 // random bytes from node:crypto
}

function totpFor(key: string): OTPAuth.TOTP {
  return new OTPAuth.TOTP({
    secret: OTPAuth.Secret.fromBase32(key),
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_SECONDS,
  })
}

/**
 * The time step (counter) of `token` when it is valid at `timestamp` within one step either side,
 * else null. The caller compares it with the last accepted counter to refuse a reused code.
 */
export function acceptedCounter(key: string, token: string, timestamp: number): number | null {
  const totp = totpFor(key)
  const delta = totp.validate({ token, timestamp, window: 1 })
  if (delta === null) return null
  return totp.counter({ timestamp }) + delta
}

/** The key in groups of 4, as eproc shows it in `#spnChave2fa`. */
export function formatKey(key: string): string {
  return key.match(/.{1,4}/g)?.join(' ') ?? ''
}

export const TOTP_ISSUER = 'eproc Sandbox'

/**
 * The URI in the QR code (the contract fixes the order of the parameters). The classic form and the
 * Keycloak eproc realm share `TOTP_ISSUER` (one account, one authenticator); the PJe SSO has its own.
 */
export function otpauthUri(login: string, key: string, issuerName: string = TOTP_ISSUER): string {
  const issuer = encodeURIComponent(issuerName)
  return (
    `otpauth://totp/${issuer}:${encodeURIComponent(login)}?secret=${key}&issuer=${issuer}` +
    `&algorithm=SHA1&digits=6&period=${PERIOD_SECONDS}`
  )
}

/**
 * A key given by a test (`totpSecret`) in the canonical form: upper case, no spaces, hyphens or padding.
 * Undefined when it is not base32 or too short to be a real key (the key itself is never echoed).
 */
export function normalizeTotpKey(input: string): string | undefined {
  const key = input.replace(/[\s-]/g, '').replace(/=+$/, '').toUpperCase()
  return /^[A-Z2-7]{16,}$/.test(key) ? key : undefined
}
