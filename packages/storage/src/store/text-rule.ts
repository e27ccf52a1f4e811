/**
 * Which characters, and how many, a credential's text may hold: one rule, checked by the store before
 * any backend sees a value, so that memory, IndexedDB, PGlite, PostgreSQL and HTTP give the same answer
 * to the same input. Without it the backends disagree: PostgreSQL `text` cannot hold U+0000 (the insert
 * fails, which used to surface as `UNAVAILABLE`, an outage), and a lone UTF-16 surrogate is silently
 * stored as U+FFFD by both SQL drivers (and sent as U+FFFD in a URL) while memory and IndexedDB keep it.
 *
 * - One-line fields (issuer, account, owner, label, systemId, personalEmail, createdBy, validatedBy, the
 *   store's tenant and actor, list filters): no control character at all (Unicode Cc: U+0000–U+001F,
 *   U+007F–U+009F). They are trimmed first, so a key pasted with a trailing newline still passes.
 * - Notes and the list's `text` query: tab, line feed and carriage return are kept; other controls are not.
 * - The court password is sealed before it is stored, so any character passes except lone surrogates,
 *   which could not round-trip through UTF-8 (the password read back would differ).
 * - No text may hold a lone surrogate (a broken UTF-16 pair); paired ones (emoji) are fine.
 *
 * @example
 *   textProblem('RS012345', 'line') // undefined: fine
 *   textProblem('a\u0000b', 'line') // 'no control characters (U+0000 at 1)'
 */

import { storageError } from '../errors.js'

/** Longest one-line field, in UTF-16 code units (`string.length`). Court logins and names are far shorter. */
export const MAX_LINE_LENGTH = 200
/** Longest `notes`. */
export const MAX_NOTES_LENGTH = 10_000
/** Longest court password. */
export const MAX_PASSWORD_LENGTH = 1_000
/** Longest e-mail address: RFC 5321 §4.5.3.1.3 caps a path at 256 octets, 254 of them the address. */
export const MAX_EMAIL_LENGTH = 254
/** Longest `text` query of `list` and `codes`: a few words; more is not a search. */
export const MAX_QUERY_TEXT_LENGTH = 1_000

/**
 * The limits, for forms that want `maxLength` to match what the store accepts. Lengths count UTF-16
 * code units, as `string.length` and `<input maxlength>` do.
 */
export const TEXT_LIMITS = /* @__PURE__ */ Object.freeze({
  line: MAX_LINE_LENGTH,
  notes: MAX_NOTES_LENGTH,
  password: MAX_PASSWORD_LENGTH,
  personalEmail: MAX_EMAIL_LENGTH,
  queryText: MAX_QUERY_TEXT_LENGTH,
})

/** 'line': no controls; 'lines': tab, LF and CR allowed; 'sealed': anything well-formed. */
export type TextKind = 'line' | 'lines' | 'sealed'

const CONTROL = /\p{Cc}/u
/** Controls other than tab (U+0009), line feed (U+000A) and carriage return (U+000D). */
const CONTROL_BUT_WHITE_SPACE = /[^\P{Cc}\t\n\r]/u
/** With the u flag, a surrogate matches only when it is not half of a pair. */
const LONE_SURROGATE = /\p{Cs}/u

/** Why `value` breaks the rule for `kind`, as a short phrase for `INVALID_INPUT`; undefined when it does not. */
export function textProblem(value: string, kind: TextKind): string | undefined {
  const surrogate = LONE_SURROGATE.exec(value)
  if (surrogate !== null) return `well-formed Unicode (a lone surrogate at ${surrogate.index})`
  if (kind === 'sealed') return undefined
  const control = (kind === 'line' ? CONTROL : CONTROL_BUT_WHITE_SPACE).exec(value)
  if (control === null) return undefined
  const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')
  const allowed = kind === 'line' ? 'no control characters' : 'no control characters but tab and line breaks'
  return `${allowed} (U+${code} at ${control.index})`
}

/** `value` when it is within `max` and obeys the character rule of `kind`; otherwise INVALID_INPUT. */
export function checkText(field: string, value: string, kind: TextKind, max: number): string {
  // Length first: the character scan of an oversized value is not worth doing.
  if (value.length > max) invalid(field, `at most ${max} characters`)
  const problem = textProblem(value, kind)
  if (problem !== undefined) invalid(field, problem)
  return value
}

/** Throws `INVALID_INPUT` naming `field`. */
export function invalid(field: string, reason: string): never {
  throw storageError('INVALID_INPUT', { field, reason })
}
