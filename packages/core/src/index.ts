/**
 * @a2f/core — TOTP/HOTP for the authenticators that Brazilian court systems demand: tolerant key parsing,
 * codes, verification, key URIs, Google Authenticator export, the court registry and a correctable clock.
 * Isomorphic: no Node or DOM API; one dependency (@noble/hashes, for SHA-256/512).
 *
 * For the smallest bundle with SHA-1 keys only (every court seen so far), import from `@a2f/core/sha1`.
 */
export * from './errors.js'
export {
  MAX_LABEL_LENGTH,
  MAX_MIGRATION_BATCH_SIZE,
  MAX_MIGRATION_BATCHES,
  MAX_MIGRATION_ENTRIES,
  MAX_MIGRATION_PAYLOAD_BYTES,
  MAX_MIGRATION_URI_LENGTH,
  MAX_OTPAUTH_URI_LENGTH,
  MAX_PROTOBUF_FIELDS,
  MAX_SECRET_BYTES,
  MAX_SECRET_TEXT_LENGTH,
} from './limits.js'
export type { InputLimit, LimitDetails } from './limits.js'

// Keys
export { encodeBase32, decodeBase32, BASE32_ALPHABET } from './encoding/base32.js'
export { encodeBase64, decodeBase64, Base64Error } from './encoding/base64.js'
export { parseSecret } from './secret/parse-secret.js'
export type { ParsedSecret, SecretWarning } from './secret/parse-secret.js'
export { formatSecret } from './secret/format-secret.js'
export { generateSecret } from './secret/generate-secret.js'
export { MINIMUM_SECRET_BITS, RECOMMENDED_SECRET_BITS } from './secret/read-secret-text.js'

// Codes
export { hotp, totp, verifyTotp, codeForSubmission, createTotp } from './otp/otp.js'
export { totpWindow } from './otp/totp-window.js'
export { DEFAULT_OTP_PARAMS } from './otp/params.js'
export type * from './otp/public-types.js'

// Key URIs and Google Authenticator export
export * from './uri/index.js'
export * from './migration/index.js'

// Court registry
export * from './courts/index.js'

// Clock
export { clockOffsetFromDate } from './clock/clock-offset.js'
export { createClock } from './clock/create-clock.js'
export type { Clock, ClockListener, ClockOptions, ClockSubscribeOptions } from './clock/create-clock.js'
