import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeBase32, encodeBase32, isA2FError } from '../../index.js'
import { ascii, hex } from '../../test-support/bytes.js'

// RFC 4648 §10, BASE32 test vectors.
const RFC4648 = [
  { input: '', padded: '' },
  { input: 'f', padded: 'MY======' },
  { input: 'fo', padded: 'MZXQ====' },
  { input: 'foo', padded: 'MZXW6===' },
  { input: 'foob', padded: 'MZXW6YQ=' },
  { input: 'fooba', padded: 'MZXW6YTB' },
  { input: 'foobar', padded: 'MZXW6YTBOI======' },
]

describe('base32 (RFC 4648 §6)', () => {
  it.each(RFC4648)('BASE32("$input") = "$padded"', ({ input, padded }) => {
    expect(encodeBase32(ascii(input), { padding: true })).toBe(padded)
    expect(encodeBase32(ascii(input))).toBe(padded.replace(/=/g, ''))
    expect(hex(decodeBase32(padded))).toBe(hex(ascii(input)))
    expect(hex(decodeBase32(padded.replace(/=/g, '')))).toBe(hex(ascii(input)))
    expect(hex(decodeBase32(padded.toLowerCase()))).toBe(hex(ascii(input)))
  })

  it('round-trips any bytes, padded or not', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), fc.boolean(), (bytes, padding) => {
        const text = encodeBase32(bytes, { padding })
        expect(text).toMatch(padding ? /^[A-Z2-7]*=*$/ : /^[A-Z2-7]*$/)
        if (padding) expect(text.length % 8).toBe(0)
        expect(hex(decodeBase32(text))).toBe(hex(bytes))
      }),
      { numRuns: 2000 },
    )
  })

  it('decodes only canonical text: every decodable string re-encodes to itself', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z2-7]{0,40}$/), (text) => {
        let bytes: Uint8Array
        try {
          bytes = decodeBase32(text)
        } catch (error) {
          expect(isA2FError(error, 'SECRET_MALFORMED')).toBe(true)
          return
        }
        expect(encodeBase32(bytes)).toBe(text)
      }),
      { numRuns: 2000 },
    )
  })

  it.each([
    ['MZXW6Y1B', 'SECRET_INVALID_CHARACTER', { index: 6, character: '1', suggestion: 'I' }],
    ['MZXW 6YTB', 'SECRET_INVALID_CHARACTER', { index: 4, character: ' ' }],
    ['MZXW6YTBO', 'SECRET_MALFORMED', { reason: 'LENGTH', length: 9 }],
    ['MZXW6YTBOJ', 'SECRET_MALFORMED', { reason: 'TRAILING_BITS', index: 9, length: 10 }],
    ['MZ=XW6YTB', 'SECRET_MALFORMED', { reason: 'PADDING', index: 2 }],
    ['MZXQ==', 'SECRET_MALFORMED', { reason: 'PADDING', index: 4 }],
  ])('strict decoding refuses %j', (text, code, details) => {
    let error: unknown
    try {
      decodeBase32(text)
    } catch (caught) {
      error = caught
    }
    expect(isA2FError(error, code as 'SECRET_MALFORMED')).toBe(true)
    expect((error as { details: unknown }).details).toEqual(details)
  })

  it('refuses non-string and non-byte arguments', () => {
    expect(() => decodeBase32(42 as unknown as string)).toThrow(
      expect.objectContaining({ code: 'OPTION_INVALID' }),
    )
    expect(() => encodeBase32('AB' as unknown as Uint8Array)).toThrow(
      expect.objectContaining({ code: 'OPTION_INVALID' }),
    )
  })
})
