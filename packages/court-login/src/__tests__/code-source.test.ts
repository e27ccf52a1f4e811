/**
 * The codes a login submits: from a secret (`totpCodes`, by @a2f/core at an injected time) or from a
 * store's `claimCode`. RFC 6238 Appendix B's SHA-1 key ("12345678901234567890") gives known codes.
 */
import { encodeBase32, hotp } from '@a2f/core'
import { describe, expect, it } from 'vitest'
import { codeSourceOf } from '../code-source.js'
import { CourtLoginError, MIN_REMAINING_MS, totpCodes } from '../index.js'

const SECRET = encodeBase32(new TextEncoder().encode('12345678901234567890'))
const at = (ms: number) => () => ms

describe('totpCodes', () => {
  it("gives the window's code with no wait while 5 s or more remain", () => {
    // RFC 6238 Appendix B: T = 59 s → counter 1, "94287082" in 8 digits; here 6 digits.
    const next = totpCodes(SECRET, {}, { now: at(50_000) })
    expect(next()).toEqual({ code: hotp(SECRET, 1), counter: 1, waitMs: 0 })
  })

  it('gives the next window and the wait for it with under 5 s left', () => {
    const next = totpCodes(SECRET, {}, { now: at(60_000 - (MIN_REMAINING_MS - 1)) })
    expect(next()).toEqual({ code: hotp(SECRET, 2), counter: 2, waitMs: MIN_REMAINING_MS - 1 })
  })

  it('never gives a counter up to lastCounter', () => {
    const next = totpCodes(SECRET, {}, { now: at(31_000) })
    expect(next(1)).toEqual({ code: hotp(SECRET, 2), counter: 2, waitMs: 29_000 })
  })
})

describe('codeSourceOf', () => {
  it("uses a store's claimCode with minRemainingMs 5000", async () => {
    const asked: unknown[] = []
    const source = codeSourceOf({
      id: 'cred-1',
      store: {
        claimCode: async (id, options) => {
          asked.push([id, options])
          return { code: '123456', counter: 7, validUntil: 240_000, waitMs: 0 }
        },
      },
    })
    expect(await source()).toEqual({ code: '123456', counter: 7, waitMs: 0 })
    expect(asked).toEqual([['cred-1', { minRemainingMs: 5000 }]])
  })

  it('claims again when a store gives a counter the court has seen, a bounded number of times', async () => {
    let counter = 5
    let claims = 0
    const store = {
      claimCode: async () => {
        claims++
        return { code: '123456', counter: counter++, validUntil: 0, waitMs: 0 }
      },
    }
    expect((await codeSourceOf({ store, id: 'x' })(6)).counter).toBe(7)
    expect(claims).toBe(3)
    const stuck = { claimCode: async () => ({ code: '123456', counter: 1, validUntil: 0, waitMs: 0 }) }
    await expect(codeSourceOf({ store: stuck, id: 'x' })(6)).rejects.toMatchObject({ code: 'CODES_FAILED' })
  })

  it('refuses a counter the court has seen from a function source', async () => {
    const source = codeSourceOf(() => ({ code: '123456', counter: 3, waitMs: 0 }))
    await expect(source(3)).rejects.toMatchObject({
      code: 'CODES_FAILED',
      details: { counter: 3, lastCounter: 3 },
    })
  })

  it('refuses what is not a code to submit', async () => {
    for (const bad of [
      { code: 'abc', counter: 1, waitMs: 0 },
      { code: '123456', counter: 1.5, waitMs: 0 },
      { code: '123456', counter: 1, waitMs: -1 },
      { code: '123456', counter: 1, waitMs: Number.NaN },
    ])
      await expect(codeSourceOf(() => bad)()).rejects.toMatchObject({ code: 'CODES_FAILED' })
  })

  it("does not repeat the source's own error message, which could hold anything", async () => {
    const source = codeSourceOf(() => {
      throw new TypeError('secret JBSWY3DPEHPK3PXP is bad')
    })
    const error: unknown = await source().catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(CourtLoginError)
    expect((error as CourtLoginError).message).toBe('The codes source failed (TypeError).')
  })
})
