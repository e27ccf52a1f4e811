/**
 * The one rule every login flow of the court applies to a second-factor code: a code that is not 6
 * digits is a typing slip (not counted); a code of a time step already accepted is refused as used (not
 * counted either: the user did nothing wrong); any other invalid code counts, and the 5th in a row locks
 * the user for good. A right code resets the count. The e-mail codes of e-SAJ count wrong codes the
 * same way through `countWrongCode`.
 *
 * @example
 *   const verdict = judgeTotpCode(user, '123456', court.now())
 *   if (verdict.kind === 'wrong') show(wrongCodeText('Código inválido.', verdict.remaining))
 */
import { acceptedCounter } from '../totp.js'
import { MAX_WRONG_CODES, type CourtUser } from './users.js'

export type WrongCode = { kind: 'wrong'; remaining: number } | { kind: 'locked' }

export type CodeVerdict =
  { kind: 'accepted'; counter: number } | { kind: 'format' } | { kind: 'reused' } | WrongCode

/** Six digits once spaces are removed: anything else is not counted as an attempt. */
export const normalizeCode = (input: string | null): string | undefined => {
  const code = (input ?? '').replace(/\s/g, '')
  return /^\d{6}$/.test(code) ? code : undefined
}

/** Counts one wrong code; the 5th in a row locks the user. */
export function countWrongCode(user: CourtUser): WrongCode {
  user.wrongAttempts += 1
  if (user.wrongAttempts >= MAX_WRONG_CODES) {
    user.locked = true
    return { kind: 'locked' }
  }
  return { kind: 'wrong', remaining: MAX_WRONG_CODES - user.wrongAttempts }
}

/**
 * Judges `input` against the user's active key at `now` (otpauth, one time step either side) and
 * records the outcome on the user: the accepted time step, the count of wrong codes, the lock.
 * The caller checks `user.locked` and `user.activeSecret` first.
 */
export function judgeTotpCode(user: CourtUser, input: string | null, now: number): CodeVerdict {
  const code = normalizeCode(input)
  if (code === undefined || user.activeSecret === undefined) return { kind: 'format' }
  const counter = acceptedCounter(user.activeSecret, code, now)
  if (counter === null) return countWrongCode(user)
  if (counter <= user.lastCounter) return { kind: 'reused' }
  user.lastCounter = counter
  user.wrongAttempts = 0
  return { kind: 'accepted', counter }
}

/**
 * "Código inválido. Restam 3 tentativas." and, when one attempt is left, the warning that the next
 * wrong code locks the user. `prefix` is the flow's own words for an invalid code.
 */
export function wrongCodeText(prefix: string, remaining: number): string {
  return remaining === 1
    ? `${prefix} Atenção: mais uma tentativa inválida bloqueará o usuário.`
    : `${prefix} Restam ${remaining} tentativas.`
}
