/**
 * Every error code, and every reason of a malformed key, reached by a bad input. The tables are keyed
 * by the unions themselves, so adding a code or a reason without a test here fails type-checking.
 */
import { describe, expect, it } from 'vitest'
import {
  A2FError,
  buildOtpauthUri,
  clockOffsetFromDate,
  createCourtRegistry,
  isA2FError,
  parseMigrationUri,
  parseOtpauthUri,
  parseSecret,
  totp,
  type A2FErrorCode,
  type CourtSystem,
  type SecretMalformedReason,
} from '../index.js'

function thrown(act: () => unknown): A2FError {
  try {
    act()
  } catch (error) {
    if (isA2FError(error)) return error
    throw error
  }
  throw new Error('expected an A2FError')
}

const KEY = 'MMZD IMRU GZRG CNRQ GA2G MMRW MVQW IZBW'

const BAD_INPUT: Record<A2FErrorCode, () => unknown> = {
  SECRET_EMPTY: () => parseSecret('  \n '),
  SECRET_INVALID_CHARACTER: () => parseSecret('MMZD IMRU GZRG CNRQ GA2G MMRW MVQW IZB0'),
  SECRET_TOO_SHORT: () => parseSecret('MMZD IMRU'),
  SECRET_MALFORMED: () => parseSecret('MMZD IMRU GZRG CNRQ G'),
  OPTION_INVALID: () => totp(KEY, { digits: 5 }),
  URI_INVALID: () => parseOtpauthUri('otpauth://totp/ACME:alice?issuer=ACME'),
  MIGRATION_INVALID: () => parseMigrationUri('otpauth-migration://offline?data=%%%'),
  REGISTRY_INVALID: () => createCourtRegistry([{ id: 'x' } as unknown as CourtSystem]),
  DATE_INVALID: () => clockOffsetFromDate('not a date', 0, 0),
}

const MALFORMED: Record<SecretMalformedReason, () => unknown> = {
  LENGTH: () => parseSecret('MMZD IMRU GZRG CNRQ GA2G MMRW MVQW IZBW A'),
  TRAILING_BITS: () => parseSecret('MMZD IMRU GZRG CNRQ GA2G MMRW MVQW IZB'),
  PADDING: () => parseSecret('MMZD IMRU ==== GZRG CNRQ GA2G MMRW MVQW IZBW'),
  MIGRATION_URI: () => parseSecret('otpauth-migration://offline?data=CjEKCkhlbGxvId6tvu8'),
  URI: () => totp('otpauth://totp/ACME:alice?secret=JBSWY3DPEHPK3PXP'),
  TOO_LARGE: () => parseSecret(`${KEY} `.repeat(200)),
}

describe('every error code has a bad input that reaches it', () => {
  it.each(Object.entries(BAD_INPUT))('%s', (code, act) => {
    const error = thrown(act)
    expect(error).toBeInstanceOf(A2FError)
    expect(error.name).toBe('A2FError')
    expect(error.code).toBe(code)
    expect(error.message.length).toBeGreaterThan(5)
    expect(typeof error.details).toBe('object')
  })

  it.each(Object.entries(MALFORMED))('SECRET_MALFORMED %s', (reason, act) => {
    const error = thrown(act)
    expect(error.code).toBe('SECRET_MALFORMED')
    expect(error.details).toMatchObject({ reason })
  })

  it('never carries the key in message, details or cause', () => {
    const secret = 'JBSWY3DPEHPK3PXP'
    const errors = [
      thrown(() => parseOtpauthUri(`otpauth://totp/A:b?secret=${secret}&digits=0`)),
      thrown(() => parseOtpauthUri(`otpauth://totp/A:b?secret=${secret}&secret=${secret}`)),
      thrown(() => parseSecret(`${secret}0`)),
      thrown(() => totp(`${secret}`, { algorithm: 'MD5' as 'SHA1' })),
      thrown(() =>
        buildOtpauthUri({
          type: 'hotp',
          secret: new TextEncoder().encode(secret),
          account: 'a',
          algorithm: 'SHA1',
          digits: 6,
          period: 30,
        }),
      ),
    ]
    for (const error of errors) {
      const everything = `${error.message} ${JSON.stringify(error.details)} ${String(error.cause ?? '')}`
      expect(everything).not.toContain(secret)
      expect(everything).not.toContain(secret.slice(0, 8))
    }
  })

  it('recognises A2FErrors from another copy of the package, and nothing else', () => {
    const foreign = Object.assign(new Error('x'), { name: 'A2FError', code: 'SECRET_EMPTY' })
    expect(isA2FError(foreign)).toBe(true)
    expect(isA2FError(foreign, 'SECRET_EMPTY')).toBe(true)
    expect(isA2FError(foreign, 'URI_INVALID')).toBe(false)
    expect(isA2FError(new Error('x'))).toBe(false)
    expect(isA2FError({ name: 'A2FError', code: 'SECRET_EMPTY' })).toBe(false)
  })
})
