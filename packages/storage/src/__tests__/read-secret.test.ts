/**
 * `readSecret` (store/normalize-input.ts): text goes through the core's parser; bytes are taken as the
 * key they are, checked only for length with the same codes and minimum as typed keys.
 */
import { MINIMUM_SECRET_BITS, isA2FError, parseSecret } from '@a2f/core'
import { describe, expect, it } from 'vitest'
import { readSecret } from '../store/normalize-input.js'

function codeOf(run: () => unknown) {
  try {
    run()
  } catch (error) {
    if (isA2FError(error)) return { code: error.code, details: error.details }
    throw error
  }
  throw new Error('expected an A2FError')
}

describe('readSecret', () => {
  it('keeps bytes as they are, in a copy of its own', () => {
    const bytes = Uint8Array.from({ length: 20 }, (_, index) => index * 13)
    const read = readSecret(bytes)
    expect(read.bytes).toEqual(bytes)
    expect(read.bytes).not.toBe(bytes)
    expect(read.params).toEqual({})
    bytes[0] = 255
    expect(read.bytes[0]).toBe(0)
  })

  it('reads bytes and the same key typed as base32 to the same bytes', () => {
    const typed = 'MMZD IMRU GZRG CNRQ GA2G MMRW MVQW IZBW'
    expect(readSecret(parseSecret(typed).bytes).bytes).toEqual(readSecret(typed).bytes)
  })

  it('refuses empty and too short byte keys with the core codes and the real bit count', () => {
    expect(codeOf(() => readSecret(new Uint8Array(0)))).toEqual({ code: 'SECRET_EMPTY', details: {} })
    expect(codeOf(() => readSecret(new Uint8Array(9)))).toEqual({
      code: 'SECRET_TOO_SHORT',
      details: { bits: 72, minimumBits: MINIMUM_SECRET_BITS },
    })
    expect(readSecret(new Uint8Array(MINIMUM_SECRET_BITS / 8)).bytes).toHaveLength(10)
  })

  it('takes the parameters of an otpauth URI given as text', () => {
    const read = readSecret('otpauth://totp/TRF4:RS054321?secret=JBSWY3DPEHPK3PXP&period=60&issuer=TRF4')
    expect(read.params).toMatchObject({ period: 60, issuer: 'TRF4' })
  })
})
