/**
 * Hostile `otpauth://` links: the length of the link, of its key and of its names are bounded
 * (limits.ts) and refused as URI_INVALID 'TOO_LARGE' with the bound; what `buildOtpauthUri` writes at
 * the bounds still reads back.
 */
import { describe, expect, it } from 'vitest'
import { encodeBase32 } from '../../encoding/base32.js'
import { isA2FError, type A2FError } from '../../errors.js'
import {
  MAX_LABEL_LENGTH,
  MAX_OTPAUTH_URI_LENGTH,
  MAX_SECRET_BYTES,
  MAX_SECRET_TEXT_LENGTH,
} from '../../limits.js'
import { parseSecret } from '../../secret/parse-secret.js'
import { buildOtpauthUri, parseOtpauthUri, type OtpauthRecord } from '../index.js'

const SECRET = 'JBSWY3DPEHPK3PXP'

function thrown(action: () => unknown): A2FError {
  try {
    action()
  } catch (error) {
    if (isA2FError(error)) return error
    throw error
  }
  throw new Error('expected an A2FError')
}

const record = (fields: Partial<OtpauthRecord> = {}): OtpauthRecord => ({
  type: 'totp',
  secret: new Uint8Array(20).fill(9),
  account: 'alice',
  issuer: 'TRF4',
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
  ...fields,
})

describe('bounds on reading a key URI', () => {
  it('refuses a link over MAX_OTPAUTH_URI_LENGTH before reading it, and reads one at the bound', () => {
    const base = `otpauth://totp/a?secret=${SECRET}&image=`
    const atBound = base + 'x'.repeat(MAX_OTPAUTH_URI_LENGTH - base.length)
    expect(parseOtpauthUri(atBound).account).toBe('a')
    for (const uri of [atBound + 'x', ' '.repeat(MAX_OTPAUTH_URI_LENGTH + 1)]) {
      const error = thrown(() => parseOtpauthUri(uri))
      expect(error.code).toBe('URI_INVALID')
      expect(error.details).toEqual({
        reason: 'TOO_LARGE',
        limit: 'MAX_OTPAUTH_URI_LENGTH',
        maximum: MAX_OTPAUTH_URI_LENGTH,
        actual: MAX_OTPAUTH_URI_LENGTH + 1,
      })
    }
    // parseSecret hands links to the same reader.
    expect(thrown(() => parseSecret(atBound + 'x')).details).toMatchObject({ reason: 'TOO_LARGE' })
  })

  it('reads a link of separators within the bound in one pass', () => {
    const uri = `otpauth://totp/a?${'&'.repeat(MAX_OTPAUTH_URI_LENGTH - 20)}`
    expect(thrown(() => parseOtpauthUri(uri)).details).toEqual({ reason: 'MISSING_SECRET' })
  })

  it('refuses a key over MAX_SECRET_BYTES or MAX_SECRET_TEXT_LENGTH, with parameter secret', () => {
    const long = encodeBase32(new Uint8Array(MAX_SECRET_BYTES + 1).fill(1))
    expect(thrown(() => parseOtpauthUri(`otpauth://totp/a?secret=${long}`)).details).toEqual({
      reason: 'TOO_LARGE',
      parameter: 'secret',
      secretCode: 'SECRET_MALFORMED',
      limit: 'MAX_SECRET_BYTES',
      maximum: MAX_SECRET_BYTES,
      actual: MAX_SECRET_BYTES + 1,
    })
    const spaced = `${SECRET}${'%20'.repeat(MAX_SECRET_TEXT_LENGTH)}`
    expect(thrown(() => parseOtpauthUri(`otpauth://totp/a?secret=${spaced}`)).details).toMatchObject({
      reason: 'TOO_LARGE',
      parameter: 'secret',
      limit: 'MAX_SECRET_TEXT_LENGTH',
    })
    const max = new Uint8Array(MAX_SECRET_BYTES).fill(2)
    expect(parseOtpauthUri(`otpauth://totp/a?secret=${encodeBase32(max)}`).secret).toEqual(max)
  })

  it('refuses an account or issuer over MAX_LABEL_LENGTH after decoding', () => {
    const long = 'x'.repeat(MAX_LABEL_LENGTH + 1)
    const details = {
      reason: 'TOO_LARGE',
      limit: 'MAX_LABEL_LENGTH',
      maximum: MAX_LABEL_LENGTH,
      actual: MAX_LABEL_LENGTH + 1,
    }
    for (const uri of [
      `otpauth://totp/${long}?secret=${SECRET}`,
      `otpauth://totp/${long}:a?secret=${SECRET}`,
      `otpauth://totp/a?secret=${SECRET}&issuer=${long}`,
      `otpauth://totp/${'%78'.repeat(MAX_LABEL_LENGTH + 1)}?secret=${SECRET}`,
    ]) {
      expect(thrown(() => parseOtpauthUri(uri)).details).toEqual(details)
    }
    const atBound = 'ç'.repeat(MAX_LABEL_LENGTH)
    expect(parseOtpauthUri(buildOtpauthUri(record({ account: atBound, issuer: atBound })))).toStrictEqual(
      record({ account: atBound, issuer: atBound }),
    )
  })
})

describe('bounds on writing a key URI', () => {
  it('refuses keys over MAX_SECRET_BYTES and names over MAX_LABEL_LENGTH with OPTION_INVALID', () => {
    const cases: [Partial<OtpauthRecord>, string][] = [
      [{ secret: new Uint8Array(MAX_SECRET_BYTES + 1) }, 'secret'],
      [{ account: 'x'.repeat(MAX_LABEL_LENGTH + 1) }, 'account'],
      [{ issuer: 'x'.repeat(MAX_LABEL_LENGTH + 1) }, 'issuer'],
    ]
    for (const [fields, option] of cases) {
      const error = thrown(() => buildOtpauthUri(record(fields)))
      expect(error.code).toBe('OPTION_INVALID')
      expect(error.details).toMatchObject({ option })
    }
  })

  it('writes the longest record within MAX_OTPAUTH_URI_LENGTH, and reads it back', () => {
    // Three UTF-8 bytes per unit, each written %XX: the most characters a unit can take.
    const longest = record({
      secret: new Uint8Array(MAX_SECRET_BYTES).fill(0xff),
      account: '€'.repeat(MAX_LABEL_LENGTH),
      issuer: '€'.repeat(MAX_LABEL_LENGTH),
      type: 'hotp',
      counter: Number.MAX_SAFE_INTEGER,
      algorithm: 'SHA512',
      digits: 10,
    })
    const uri = buildOtpauthUri(longest)
    expect(uri.length).toBeGreaterThan(20_000)
    expect(uri.length).toBeLessThanOrEqual(MAX_OTPAUTH_URI_LENGTH)
    expect(parseOtpauthUri(uri)).toStrictEqual(longest)
  })
})
