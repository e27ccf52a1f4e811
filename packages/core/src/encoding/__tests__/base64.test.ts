/**
 * Base64 (RFC 4648 §4, with the §5 URL-safe alphabet accepted on input). Vectors from RFC 4648 §10;
 * round trips against Node's Buffer, which only the tests may use.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Base64Error, decodeBase64, encodeBase64 } from '../base64.js'

const ascii = (text: string): Uint8Array => new TextEncoder().encode(text)

describe('RFC 4648 §10 test vectors', () => {
  const vectors: [string, string][] = [
    ['', ''],
    ['f', 'Zg=='],
    ['fo', 'Zm8='],
    ['foo', 'Zm9v'],
    ['foob', 'Zm9vYg=='],
    ['fooba', 'Zm9vYmE='],
    ['foobar', 'Zm9vYmFy'],
  ]
  it.each(vectors)('BASE64(%j) = %j', (input, output) => {
    expect(encodeBase64(ascii(input))).toBe(output)
    expect(decodeBase64(output)).toEqual(ascii(input))
    expect(decodeBase64(output.replace(/=+$/, ''))).toEqual(ascii(input)) // missing padding
  })
})

describe('alphabets', () => {
  it('writes the standard alphabet (+ and /) and reads both it and the URL-safe one (- and _)', () => {
    const bytes = Uint8Array.of(0xfb, 0xff, 0xbf)
    expect(encodeBase64(bytes)).toBe('+/+/')
    expect(decodeBase64('+/+/')).toEqual(bytes)
    expect(decodeBase64('-_-_')).toEqual(bytes)
    expect(decodeBase64('+_-/')).toEqual(bytes)
  })
})

describe('refusals', () => {
  const bad: [string, string][] = [
    ['a space', 'Zm9v YmFy'],
    ['a newline', 'Zm9v\nYmFy'],
    ['a character outside both alphabets', 'Zm9v*mFy'],
    ['a non-ASCII character', 'Zm9vYmF\u00e9'],
    ['4n + 1 characters', 'Zm9vY'],
    ['too little padding', 'Zg='],
    ['too much padding', 'Zg==='],
    ['only padding', '===='],
    ['padding in the middle', 'Zg==Zg=='],
    ['non-zero unused bits (RFC 4648 §3.5)', 'Zh=='],
    ['non-zero unused bits, unpadded', 'Zm9='],
  ]
  it.each(bad)('throws Base64Error for %s', (_, text) => {
    expect(() => decodeBase64(text)).toThrow(Base64Error)
  })

  it('points at the bad character without quoting it', () => {
    try {
      decodeBase64('Zm9v*mFy')
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(Base64Error)
      expect((error as Base64Error).index).toBe(4)
      expect((error as Base64Error).message).not.toContain('*')
      expect((error as Base64Error).message).not.toContain('Zm9v')
    }
  })
})

describe('properties (against Buffer)', () => {
  it('encodes like Buffer and decodes its standard and URL-safe output', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const expected = Buffer.from(bytes).toString('base64')
        expect(encodeBase64(bytes)).toBe(expected)
        expect(decodeBase64(expected)).toEqual(bytes)
        expect(decodeBase64(Buffer.from(bytes).toString('base64url'))).toEqual(bytes)
      }),
      { numRuns: 1000 },
    )
  })
})
