/**
 * A stand-in for @a2f/storage's `claimCode` (the same shape, typed structurally as the package types
 * it): one last-claimed counter per authenticator, so no two callers ever get the same counter. Codes by
 * @a2f/core's `codeForSubmission` at the test clock's time.
 */
import { codeForSubmission } from '@a2f/core'
import type { CodeClaimingStore } from '../../index.js'

export function claimingStore(secrets: Record<string, string>, now: () => number) {
  const lastClaimed = new Map<string, number>()
  const claims: { id: string; counter: number }[] = []
  const store: CodeClaimingStore = {
    async claimCode(id, options) {
      const secret = secrets[id]
      if (secret === undefined) throw new Error(`no credential ${id}`)
      const last = lastClaimed.get(secret)
      const claimed = codeForSubmission(secret, {
        timestamp: now(),
        minRemainingMs: options.minRemainingMs ?? 5000,
        ...(last === undefined ? {} : { lastCounter: last }),
      })
      lastClaimed.set(secret, claimed.counter)
      claims.push({ id, counter: claimed.counter })
      return claimed
    },
  }
  return { store, claims }
}
