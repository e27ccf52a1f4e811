/**
 * Step 3 of enrolment: the court's key, typed, pasted, as an otpauth:// link, a Google Authenticator
 * export or a QR screenshot (`SecretInput`), and the pure pieces it is built from, for hosts that draw
 * their own field.
 */
export { SecretInput } from './secret-input.js'
export type { SecretInputProps } from './secret-input.js'
export type { EnteredSecret, SecretSource } from './entered-secret.js'
export { readSecretEntry } from './read-secret-entry.js'
export type { SecretOrigin, SecretReading } from './read-secret-entry.js'
export {
  COURT_KEY_CHARACTERS,
  describeSecretError,
  describeSecretProblem,
  isIncompleteProblem,
  keyCharacters,
  toSecretProblem,
} from './secret-problem.js'
export type { ExpectedKey, SecretProblem, SecretProblemCode } from './secret-problem.js'
export { EMPTY_SECRET_ENTRY, isUnusableEntry } from './secret-entry.js'
export type { SecretEntry, SecretEntryStatus, SecretImageFailure } from './secret-entry.js'
export { createZxingQrDecoder, defaultQrDecoder } from './qr-decoder.js'
export type { QrDecoder, ZxingQrDecoderOptions } from './qr-decoder.js'
export type * from './messages.js'
