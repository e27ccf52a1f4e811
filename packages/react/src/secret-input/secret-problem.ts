/**
 * What is wrong with an entered key, as plain data without the key (safe to keep in React state, to
 * log, to send to analytics), and the sentence that says it in the user's language.
 *
 * `toSecretProblem` reads the `A2FError`s of `parseSecret` / `readMigrationUri`; given the text that was
 * parsed, it also counts the bad character's position in characters as the user sees them (the error's
 * `index` counts UTF-16 units, which differ after an emoji).
 *
 * @example
 * try { parseSecret(text) } catch (error) {
 *   const problem = toSecretProblem(error, text)
 *   // { code: 'SECRET_INVALID_CHARACTER', index: 11, position: 12, character: 'ç', suggestion: 'C' }
 *   describeSecretProblem(problem, messages.secretInput)
 *   // 'Caractere inválido «ç» na posição 12. Você quis dizer «C»?'
 * }
 */
import {
  isA2FError,
  type MigrationInvalidReason,
  type SecretMalformedReason,
  type UriInvalidReason,
} from '@a2f/core'
import type { SecretInputMessages } from './messages.js'

/** What is wrong with an entered key: a stable code and the details to explain it, never the key. */
export type SecretProblem =
  | { code: 'SECRET_EMPTY' }
  | {
      code: 'SECRET_INVALID_CHARACTER'
      /** UTF-16 index in the text, for `setSelectionRange(index, index + 1)`. */
      index: number
      /** 1-based position in characters (code points), as shown to the user. */
      position: number
      character: string
      suggestion?: string
    }
  | { code: 'SECRET_TOO_SHORT'; bits: number; minimumBits: number }
  | {
      code: 'SECRET_MALFORMED'
      reason: SecretMalformedReason
      /** 'LENGTH' and 'TRAILING_BITS': how many key characters were read (separators left out). */
      length?: number
    }
  | { code: 'URI_INVALID'; reason: UriInvalidReason }
  | { code: 'MIGRATION_INVALID'; reason: MigrationInvalidReason }
  /** An `otpauth://hotp/…` link: a2f keeps time-based keys only. */
  | { code: 'HOTP_UNSUPPORTED' }
  /** A Google Authenticator export with no TOTP account. */
  | { code: 'EXPORT_EMPTY' }
  | { code: 'UNKNOWN' }

/** The `code` of a `SecretProblem`. */
export type SecretProblemCode = SecretProblem['code']

/**
 * The problem an error of @a2f/core describes. `text` is the text that was parsed, for the position of a
 * bad character; without it the position is `index + 1`. Errors that are not `A2FError`s give 'UNKNOWN'.
 */
export function toSecretProblem(error: unknown, text?: string): SecretProblem {
  if (isA2FError(error, 'SECRET_INVALID_CHARACTER')) {
    const { index, character, suggestion = unaccented(character) } = error.details
    return {
      code: 'SECRET_INVALID_CHARACTER',
      index,
      position: text === undefined ? index + 1 : Array.from(text.slice(0, index)).length + 1,
      character,
      ...(suggestion === undefined ? {} : { suggestion }),
    }
  }
  if (isA2FError(error, 'SECRET_TOO_SHORT')) {
    const { bits, minimumBits } = error.details
    return { code: 'SECRET_TOO_SHORT', bits, minimumBits }
  }
  if (isA2FError(error, 'SECRET_EMPTY')) return { code: 'SECRET_EMPTY' }
  if (isA2FError(error, 'SECRET_MALFORMED')) {
    const { reason, length } = error.details
    return { code: 'SECRET_MALFORMED', reason, ...(length === undefined ? {} : { length }) }
  }
  // The codes that carry only a reason (each code's reasons are its own, which TypeScript cannot pair).
  for (const code of ['URI_INVALID', 'MIGRATION_INVALID'] as const) {
    if (isA2FError(error, code)) return { code, reason: error.details.reason } as SecretProblem
  }
  return { code: 'UNKNOWN' }
}

/**
 * The key letter an accented one stands for ('ç' → 'C', 'Ã' → 'A'): Brazilian keyboards and autocorrect
 * produce them. @a2f/core only suggests for its digit confusions ('0', '1', '8').
 */
function unaccented(character: string): string | undefined {
  const base = character.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase()
  return base !== character.toUpperCase() && /^[A-Z2-7]$/.test(base) ? base : undefined
}

/**
 * Problems that only mean "not finished yet" while the user is still typing: shown as a neutral hint
 * until the field loses focus, then as an error.
 */
export function isIncompleteProblem(problem: SecretProblem): boolean {
  return (
    problem.code === 'SECRET_TOO_SHORT' ||
    (problem.code === 'SECRET_MALFORMED' &&
      (problem.reason === 'LENGTH' || problem.reason === 'TRAILING_BITS'))
  )
}

/** A character as the message shows it: invisible and space-like ones as 'U+00A0'. */
export function visibleCharacter(character: string): string {
  if (!/^[\p{C}\p{Z}]$/u.test(character)) return character
  const code = character.codePointAt(0) ?? 0
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
}

/** Problems told by one fixed sentence: the key of that sentence in the messages. */
const FIXED_SENTENCES = {
  SECRET_EMPTY: 'empty',
  MIGRATION_INVALID: 'migrationInvalid',
  HOTP_UNSUPPORTED: 'hotpUnsupported',
  EXPORT_EMPTY: 'exportEmpty',
  UNKNOWN: 'unknown',
} as const

/**
 * How many characters courts' keys have: eproc shows 32 in 8 groups of 4 (seeds 001 and 003), 20 bytes,
 * the 160 bits RFC 4226 §4 recommends. What a key of another length is compared with when the court's
 * own length is not given.
 */
export const COURT_KEY_CHARACTERS = 32

/** The key the court shows, when known: its length in characters and the system's name ('eproc'). */
export interface ExpectedKey {
  characters: number
  /** Named in the messages ("o eproc mostra 32"); without it they speak of courts in general. */
  system?: string
}

/** Key characters a valid key of `bytes` bytes has (canonical base32, unpadded: RFC 4648 §6). */
export function keyCharacters(bytes: number): number {
  return Math.ceil((bytes * 8) / 5)
}

/**
 * The sentence for a problem, from the widget's messages. `expected`: the court's key, for a key with a
 * missing or extra character ("Chave curta: tem 20 caracteres, e o eproc mostra 32 …"); default
 * `COURT_KEY_CHARACTERS`, without a system name.
 */
export function describeSecretProblem(
  problem: SecretProblem,
  messages: SecretInputMessages,
  expected?: ExpectedKey,
): string {
  switch (problem.code) {
    case 'SECRET_INVALID_CHARACTER':
      return messages.invalidCharacter(
        visibleCharacter(problem.character),
        problem.position,
        problem.suggestion,
      )
    case 'SECRET_TOO_SHORT':
      return messages.tooShort(Math.floor(problem.bits / 5), Math.ceil(problem.minimumBits / 5))
    case 'SECRET_MALFORMED': {
      // A character missing or extra: say how many there are and how many the court shows.
      const { reason, length } = problem
      const wanted = expected?.characters ?? COURT_KEY_CHARACTERS
      if ((reason === 'LENGTH' || reason === 'TRAILING_BITS') && length !== undefined && length !== wanted) {
        const sentence = length < wanted ? messages.shortKey : messages.longKey
        return sentence(length, wanted, expected?.system)
      }
      return messages.malformed[reason]
    }
    case 'URI_INVALID':
      return messages.uriInvalid[problem.reason]
  }
  return messages[FIXED_SENTENCES[problem.code]]
}

/**
 * The sentence for an error thrown while reading a key (`parseSecret`, `readMigrationUri`,
 * `parseOtpauthUri`); `text` is what was parsed, for the position of a bad character.
 *
 * @example
 * describeSecretError(error, useMessages().secretInput, pastedText)
 */
export function describeSecretError(
  error: unknown,
  messages: SecretInputMessages,
  text?: string,
  expected?: ExpectedKey,
): string {
  return describeSecretProblem(toSecretProblem(error, text), messages, expected)
}
