/**
 * What the key field holds right now, as plain data without the key: nothing, a usable key, or an entry
 * that is not (yet) a usable key and why — a text with a problem, an export whose account is not picked,
 * a QR screenshot being read or one that gave no key. `SecretInput` reports it through `onEntryChange`
 * so that its owner can refuse to go on while the field holds something it did not take: the enrolment
 * wizard will not move past the key step with an entry it could not use, whatever key it already holds.
 *
 * @example
 * <SecretInput onSecretChange={keep} onEntryChange={(entry) => setBlocked(isUnusableEntry(entry))} />
 * // after pasting 'M54H UC2W 85VR …': { status: 'invalid', problem: { code: 'SECRET_INVALID_CHARACTER', … } }
 */
import type { SecretProblem } from './secret-problem.js'

/** Why a QR screenshot gave no key (the field's QR status says it in words). */
export type SecretImageFailure = 'no-qr-code' | 'not-a-key' | 'decoder-failed' | 'not-an-image'

export type SecretEntry =
  /** The field is blank and no image is being read: nothing entered. */
  | { status: 'empty' }
  /** A usable key, handed to `onSecretChange`. */
  | { status: 'valid' }
  /** Text that is not a key: 'incomplete' while the user is still typing it, 'invalid' once judged. */
  | { status: 'incomplete' | 'invalid'; problem: SecretProblem }
  /** A Google Authenticator export: no account picked yet. */
  | { status: 'choose-account' }
  /** A QR screenshot is being read. */
  | { status: 'decoding' }
  /** The last image brought no key. */
  | { status: 'image-failed'; reason: SecretImageFailure }

export type SecretEntryStatus = SecretEntry['status']

/** The empty entry (one shared frozen object). */
export const EMPTY_SECRET_ENTRY: SecretEntry = /* @__PURE__ */ Object.freeze({ status: 'empty' })

/**
 * True when the field holds something that is not a usable key: an owner must not go on as if the
 * user had entered nothing (nor with a key entered before).
 */
export function isUnusableEntry(entry: SecretEntry): boolean {
  return entry.status !== 'empty' && entry.status !== 'valid'
}
