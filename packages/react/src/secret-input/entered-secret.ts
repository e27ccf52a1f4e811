/**
 * What `SecretInput` hands to its owner once the user entered a usable key, whichever way it came:
 * typed or pasted text, an otpauth:// URI, a QR screenshot, or one account picked from a Google
 * Authenticator export. It travels through a callback, never through React state: the key's bytes stay in
 * the owner's ref or machine, out of React DevTools.
 */
import type { OtpParams } from '@a2f/core'

export type SecretSource = 'typed' | 'uri' | 'qr' | 'google-export'

export interface EnteredSecret {
  /** The key's raw bytes. */
  bytes: Uint8Array
  /** Parameters the source carried (an otpauth URI or a Google export); the rest default (SHA1, 6, 30). */
  params: Partial<OtpParams>
  /** Issuer and account, when the source named them (URIs, QR codes, exports). */
  issuer?: string
  account?: string
  source: SecretSource
  /** Non-blocking remarks, such as a key shorter than 128 bits (codes from @a2f/core). */
  warnings: { code: string; message: string }[]
}
