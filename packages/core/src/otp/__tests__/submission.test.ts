import { describe, expect, it } from 'vitest'
import { codeForSubmission, createTotp, isA2FError, totp } from '../../index.js'

const KEY = 'MMZD IMRU GZRG CNRQ GA2G MMRW MVQW IZBW'
const STEP_START = 1_750_000_020_000 // a multiple of 30 s: step 58_333_334 starts here

describe('codeForSubmission (for robots)', () => {
  it('returns the current code when enough time remains', () => {
    const at = STEP_START + 10_000
    expect(codeForSubmission(KEY, { timestamp: at })).toEqual({
      code: totp(KEY, { timestamp: at }),
      counter: 58_333_334,
      validUntil: STEP_START + 30_000,
      waitMs: 0,
    })
  })

  it('returns the next code and how long to wait when fewer than 5 s remain', () => {
    const at = STEP_START + 26_000 // 4 s left
    expect(codeForSubmission(KEY, { timestamp: at })).toEqual({
      code: totp(KEY, { timestamp: STEP_START + 30_000 }),
      counter: 58_333_335,
      validUntil: STEP_START + 60_000,
      waitMs: 4_000,
    })
  })

  it('keeps the current code at exactly minRemainingMs left', () => {
    expect(codeForSubmission(KEY, { timestamp: STEP_START + 25_000 }).waitMs).toBe(0)
    expect(codeForSubmission(KEY, { timestamp: STEP_START + 25_001 }).waitMs).toBe(4_999)
  })

  it('honours a custom margin', () => {
    const result = codeForSubmission(KEY, { timestamp: STEP_START + 15_000, minRemainingMs: 20_000 })
    expect(result.counter).toBe(58_333_335)
    expect(result.waitMs).toBe(15_000)
  })

  it('never offers a counter already submitted (court codes are single-use)', () => {
    const first = codeForSubmission(KEY, { timestamp: STEP_START + 1_000 })
    const again = codeForSubmission(KEY, { timestamp: STEP_START + 2_000, lastCounter: first.counter })
    expect(again.counter).toBe(first.counter + 1)
    expect(again.waitMs).toBe(28_000)
    expect(again.code).toBe(totp(KEY, { timestamp: STEP_START + 30_000 }))
  })

  it('works from a prepared key with other parameters', () => {
    const robot = createTotp(KEY, { period: 60, digits: 8 })
    const result = robot.codeForSubmission({ timestamp: STEP_START + 58_000 - 30_000 })
    expect(result.code).toHaveLength(8)
    expect(result.validUntil % 60_000).toBe(0)
  })

  it.each([-1, 30_000, Number.NaN, '5000'])('refuses minRemainingMs %j', (minRemainingMs) => {
    let error: unknown
    try {
      codeForSubmission(KEY, { minRemainingMs: minRemainingMs as number })
    } catch (caught) {
      error = caught
    }
    expect(isA2FError(error, 'OPTION_INVALID') && error.details.option).toBe('minRemainingMs')
  })
})
