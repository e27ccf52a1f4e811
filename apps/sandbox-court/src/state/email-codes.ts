/**
 * e-SAJ's second factor: a random 6-digit code sent by e-mail at each login, valid for 5 minutes and
 * once. Only the newest code of a user works; asking for another one replaces it. The store remembers a
 * user's recent codes so that an old one is told apart from a wrong one: used, replaced or expired are
 * not counted as wrong attempts (the user did nothing wrong), a code never sent is.
 *
 * @example
 *   const codes = createEmailCodeStore(Date.now)
 *   const { code } = codes.issue('52998224725')
 *   codes.check('52998224725', code)   // 'accepted', then 'used'
 */
import { randomInt } from 'node:crypto'

/** How long an e-mailed code works. */
export const EMAIL_CODE_TTL_MS = 5 * 60_000

/** Codes remembered per user, to say "used" or "replaced" rather than "wrong" (bounded). */
const HISTORY = 20

export type EmailCodeCheck = 'accepted' | 'used' | 'replaced' | 'expired' | 'wrong'

interface UserCodes {
  current?: { code: string; validUntil: number }
  /** Older codes, newest first, with what became of them. */
  history: { code: string; fate: 'used' | 'replaced' }[]
}

export function createEmailCodeStore(now: () => number) {
  const users = new Map<string, UserCodes>()
  const codesOf = (user: string): UserCodes => {
    let codes = users.get(user)
    if (!codes) users.set(user, (codes = { history: [] }))
    return codes
  }
  const remember = (codes: UserCodes, code: string, fate: 'used' | 'replaced') => {
    codes.history = [{ code, fate }, ...codes.history].slice(0, HISTORY)
  }
  return {
    /** A new code for the user (replacing any earlier one) and when it stops working. */
    issue(user: string): { code: string; validUntil: number } {
      const codes = codesOf(user)
      if (codes.current) remember(codes, codes.current.code, 'replaced')
      const known = new Set(codes.history.map((entry) => entry.code))
      let code: string
      do code = String(randomInt(0, 1_000_000)).padStart(6, '0')
      while (known.has(code))
      codes.current = { code, validUntil: now() + EMAIL_CODE_TTL_MS }
      return codes.current
    },
    check(user: string, code: string): EmailCodeCheck {
      const codes = users.get(user)
      if (!codes) return 'wrong'
      if (codes.current?.code === code) {
        if (codes.current.validUntil <= now()) return 'expired'
        remember(codes, code, 'used')
        delete codes.current
        return 'accepted'
      }
      return codes.history.find((entry) => entry.code === code)?.fate ?? 'wrong'
    },
    forgetUser(user: string): void {
      users.delete(user)
    },
    clear: () => users.clear(),
  }
}

export type EmailCodeStore = ReturnType<typeof createEmailCodeStore>
