import { describe, expect, it } from 'vitest'
import { createTotp, isA2FError, totp, verifyTotp } from '../../index.js'

const KEY = 'MMZD IMRU GZRG CNRQ GA2G MMRW MVQW IZBW' // the sample key of seed 003
const NOW = 1_750_000_012_000 // step 58_333_333 began 12 s ago
const STEP = 30_000
const codeAt = (offsetSteps: number) => totp(KEY, { timestamp: NOW + offsetSteps * STEP })

describe('verifyTotp', () => {
  it('accepts the current code and reports its counter', () => {
    expect(verifyTotp(KEY, codeAt(0), { timestamp: NOW })).toEqual({ counter: 58_333_333, delta: 0 })
  })

  it('accepts one step either side by default, and no further', () => {
    expect(verifyTotp(KEY, codeAt(-1), { timestamp: NOW })?.delta).toBe(-1)
    expect(verifyTotp(KEY, codeAt(1), { timestamp: NOW })?.delta).toBe(1)
    expect(verifyTotp(KEY, codeAt(-2), { timestamp: NOW })).toBeNull()
    expect(verifyTotp(KEY, codeAt(2), { timestamp: NOW })).toBeNull()
  })

  it('takes an asymmetric window, as TRF4 accepts the last 90 s', () => {
    const options = { timestamp: NOW, window: { past: 3, future: 0 } }
    expect(verifyTotp(KEY, codeAt(-3), options)?.delta).toBe(-3)
    expect(verifyTotp(KEY, codeAt(1), options)).toBeNull()
    expect(verifyTotp(KEY, codeAt(0), { timestamp: NOW, window: 0 })?.delta).toBe(0)
    expect(verifyTotp(KEY, codeAt(-1), { timestamp: NOW, window: 0 })).toBeNull()
  })

  it('refuses a replayed code: counters up to lastCounter are spent', () => {
    const first = verifyTotp(KEY, codeAt(0), { timestamp: NOW })
    expect(first).not.toBeNull()
    expect(verifyTotp(KEY, codeAt(0), { timestamp: NOW, lastCounter: first!.counter })).toBeNull()
    expect(verifyTotp(KEY, codeAt(-1), { timestamp: NOW, lastCounter: first!.counter })).toBeNull()
    expect(verifyTotp(KEY, codeAt(1), { timestamp: NOW, lastCounter: first!.counter })?.delta).toBe(1)
  })

  it('tolerates spaces people type inside a code', () => {
    const code = codeAt(0)
    expect(verifyTotp(KEY, `${code.slice(0, 3)} ${code.slice(3)}`, { timestamp: NOW })?.delta).toBe(0)
    expect(verifyTotp(KEY, ` ${code}\n`, { timestamp: NOW })?.delta).toBe(0)
  })

  it.each(['', '12345', '1234567', '12a456', '１２３４５６', '-12345', '12.456'])(
    'returns null for malformed code %j',
    (code) => {
      expect(verifyTotp(KEY, code, { timestamp: NOW })).toBeNull()
    },
  )

  it('returns null for a wrong code of the right shape', () => {
    const right = codeAt(0)
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, '0')
    expect([codeAt(-1), codeAt(1)]).not.toContain(wrong)
    expect(verifyTotp(KEY, wrong, { timestamp: NOW })).toBeNull()
  })

  it('verifies through a prepared key too', () => {
    expect(createTotp(KEY).verify(codeAt(1), { timestamp: NOW })).toEqual({ counter: 58_333_334, delta: 1 })
  })

  it.each([
    ['window', { window: -1 }],
    ['window', { window: 101 }],
    ['window', { window: 1.5 }],
    ['window', { window: { past: 1 } }],
    ['lastCounter', { lastCounter: 'x' }],
    ['lastCounter', { lastCounter: -2 }],
  ])('refuses an invalid %s option', (option, bad) => {
    let error: unknown
    try {
      verifyTotp(KEY, '123456', { timestamp: NOW, ...(bad as object) })
    } catch (caught) {
      error = caught
    }
    expect(isA2FError(error, 'OPTION_INVALID') && error.details.option).toBe(option)
  })

  it('refuses a code that is not a string, without echoing it', () => {
    expect(() => verifyTotp(KEY, 123456 as unknown as string)).toThrow('got "number"')
  })
})
