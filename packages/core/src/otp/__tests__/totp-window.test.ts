import { describe, expect, it } from 'vitest'
import { isA2FError, totpWindow } from '../../index.js'

describe('totpWindow', () => {
  it('locates a moment in its 30 s step', () => {
    expect(totpWindow({ timestamp: 1_750_000_012_345 })).toEqual({
      counter: 58_333_333,
      startsAt: 1_749_999_990_000,
      endsAt: 1_750_000_020_000,
      remainingMs: 7_655,
      progress: 22_345 / 30_000,
    })
  })

  it('counts from T0 with any period', () => {
    const window = totpWindow({ timestamp: 10_500, period: 7, epoch: 3_000 })
    expect(window).toMatchObject({ counter: 1, startsAt: 10_000, endsAt: 17_000, remainingMs: 6_500 })
  })

  it('starts a step at progress 0', () => {
    expect(totpWindow({ timestamp: 60_000 })).toMatchObject({ counter: 2, progress: 0, remainingMs: 30_000 })
  })

  it.each([
    ['period', { period: 0 }],
    ['period', { period: 1.5 }],
    ['timestamp', { timestamp: Number.NaN }],
    ['timestamp', { timestamp: 1_000, epoch: 5_000 }],
    ['epoch', { epoch: Number.POSITIVE_INFINITY }],
    ['timestamp', { timestamp: 8.64e15 + 1 }],
  ])('refuses an invalid %s', (option, bad) => {
    let error: unknown
    try {
      totpWindow(bad)
    } catch (caught) {
      error = caught
    }
    expect(isA2FError(error, 'OPTION_INVALID') && error.details.option).toBe(option)
  })
})
