import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { encodeBase32, formatSecret, generateSecret, isA2FError, totp } from '../../index.js'
import { readSecretText } from '../read-secret-text.js'
import { hex } from '../../test-support/bytes.js'

const KEY = 'MMZDIMRUGZRGCNRQGA2GMMRWMVQWIZBW' // seed 003's sample, as eproc prints it: MMZD IMRU …

describe('reading a key as people paste it', () => {
  it.each([
    ['as the court shows it', 'MMZD IMRU GZRG CNRQ GA2G MMRW MVQW IZBW'],
    ['lower case', 'mmzd imru gzrg cnrq ga2g mmrw mvqw izbw'],
    ['with hyphens', 'MMZD-IMRU-GZRG-CNRQ-GA2G-MMRW-MVQW-IZBW'],
    ['with tabs and newlines', 'MMZD\tIMRU\nGZRG\r\nCNRQ GA2G MMRW MVQW IZBW\n'],
    ['with NBSP and narrow NBSP', 'MMZD\u00a0IMRU\u202fGZRG CNRQ GA2G MMRW MVQW IZBW'],
    ['with zero-width spaces from a web page', 'MMZD\u200bIMRU GZRG CNRQ\ufeff GA2G MMRW MVQW IZBW'],
    ['with typographic dashes', 'MMZD\u2013IMRU\u2014GZRG\u2212CNRQ GA2G MMRW MVQW IZBW'],
    ['with = padding', 'MMZDIMRUGZRGCNRQGA2GMMRWMVQWIZBW===='],
    ['mixed case', 'MmZd ImRu gZRG cnrq GA2G MMRW MVQW IZBW'],
  ])('%s', (_, pasted) => {
    const bytes = readSecretText(pasted)
    expect(encodeBase32(bytes)).toBe(KEY)
    expect(bytes).toHaveLength(20)
    expect(totp(pasted, { timestamp: 0 })).toBe(totp(KEY, { timestamp: 0 }))
  })

  it('reads a padded key with its padding (the RFC 4648 form of an 80-bit key)', () => {
    expect(readSecretText('JBSWY3DPEHPK3PXP')).toHaveLength(10)
    expect(readSecretText('GEZDGNBVGY3TQOJQGEZDGNBVGY======')).toHaveLength(16)
  })

  it('accepts any formatting of any key: spaces, case, dashes and padding never change the bytes', () => {
    const separators = fc.constantFrom(' ', '-', '\t', '\n', '\u00a0', '\u200b', '')
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 10, maxLength: 64 }),
        fc.array(separators, { minLength: 120, maxLength: 120 }),
        fc.boolean(),
        (bytes, seps, lower) => {
          const canonical = encodeBase32(bytes)
          const characters = [...(lower ? canonical.toLowerCase() : canonical)]
          const messy = characters.map((character, i) => character + seps[i]).join('')
          expect(hex(readSecretText(messy))).toBe(hex(bytes))
          expect(encodeBase32(readSecretText(formatSecret(canonical)))).toBe(canonical)
        },
      ),
      { numRuns: 1000 },
    )
  })
})

describe('never guessing', () => {
  const failure = (input: string) => {
    try {
      readSecretText(input)
    } catch (error) {
      if (isA2FError(error)) return { code: error.code, details: error.details, message: error.message }
      throw error
    }
    throw new Error('expected an A2FError')
  }

  it.each([
    ['0 (zero) for O', 'MMZD IMRU GZRG CNRQ GA2G MMRW MVQW IZB0', 38, '0', 'O'],
    ['1 (one) for I, as in the OCR of seed 003', 'MMZD IMRU GZRG CNRQ GA2G MMRW MVQW I1ZBW', 36, '1', 'I'],
    ['8 for B', 'MMZD IMRU GZRG CNRQ GA2G MMRW MVQW IZ8W', 37, '8', 'B'],
  ])('points at %s with a suggestion', (_, input, index, character, suggestion) => {
    expect(failure(input)).toMatchObject({
      code: 'SECRET_INVALID_CHARACTER',
      details: { index, character, suggestion },
    })
    expect(input[index]).toBe(character)
  })

  it.each([
    ['9', 'MMZD9IMRU GZRG CNRQ GA2G MMRW MVQW IZBW', 4, '9'],
    ['an accented letter', 'MMZD IMRU GZRG CNRQ GA2G MMRW MVQW ÍZBW', 35, 'Í'],
    ['a comma', 'MMZD,IMRU GZRG CNRQ GA2G MMRW MVQW IZBW', 4, ','],
    ['an emoji (the whole code point)', 'MMZD🔑IMRU GZRG CNRQ GA2G MMRW MVQW IZBW', 4, '🔑'],
  ])('points at %s without a suggestion', (_, input, index, character) => {
    const { details } = failure(input)
    expect(details).toEqual({ index, character })
  })

  it('reports empty input, and input that is only separators or padding, as SECRET_EMPTY', () => {
    for (const input of ['', '   ', '\n\t', '====', ' - - ']) expect(failure(input).code).toBe('SECRET_EMPTY')
  })

  it('reports keys under 80 bits as SECRET_TOO_SHORT, with the bit count', () => {
    expect(failure('MMZD IMRU GZRG')).toMatchObject({
      code: 'SECRET_TOO_SHORT',
      details: { bits: 60, minimumBits: 80 },
    })
    expect(failure('MMZD IMRU GZRG CNR')).toMatchObject({ code: 'SECRET_TOO_SHORT', details: { bits: 75 } })
  })

  it('reports impossible lengths and non-canonical endings as SECRET_MALFORMED', () => {
    // `length` counts key characters only (not the spaces), for "the key has 17 characters, not 32".
    expect(failure('MMZD IMRU GZRG CNRQ G')).toMatchObject({
      code: 'SECRET_MALFORMED',
      details: { reason: 'LENGTH', length: 17 },
    })
    expect(failure('MMZD IMRU GZRG CNRQ GA2G MMRW MVQW IZBW A')).toMatchObject({
      code: 'SECRET_MALFORMED',
      details: { reason: 'LENGTH', length: 33 },
    })
    // One character lost in copying: 31 characters is a possible length, but the last one carries bits
    // that no byte uses, so the loss is caught instead of producing codes for the wrong key.
    expect(failure('MMZD IMRU GZRG CNRQ GA2G MMRW MVQW IZB')).toMatchObject({
      code: 'SECRET_MALFORMED',
      details: { reason: 'TRAILING_BITS', index: 37, length: 31 },
    })
    expect(failure('JBSW Y3DP EHPK 3PXP GF')).toMatchObject({
      code: 'SECRET_MALFORMED',
      details: { reason: 'TRAILING_BITS', index: 21, length: 18 },
    })
    // Five of eproc's eight groups: 24 characters on screen, 20 key characters.
    expect(failure('MMZD IMRU GZRG CNRQ GA2G')).toMatchObject({
      code: 'SECRET_MALFORMED',
      details: { reason: 'TRAILING_BITS', index: 23, length: 20 },
    })
    expect(failure('MMZD IMRU == GZRG CNRQ GA2G MMRW MVQW IZBW')).toMatchObject({
      code: 'SECRET_MALFORMED',
      details: { reason: 'PADDING', index: 10 },
    })
  })

  it('never puts the key in an error message', () => {
    const key = 'MMZD IMRU GZRG CNRQ GA2G MMRW MVQW IZB0'
    const { message } = failure(key)
    expect(message).not.toContain('MMZD')
    expect(message).not.toContain('IZB')
  })
})

describe('formatSecret and generateSecret', () => {
  it('groups by 4 by default, or any size', () => {
    expect(formatSecret(KEY)).toBe('MMZD IMRU GZRG CNRQ GA2G MMRW MVQW IZBW')
    expect(formatSecret('jbsw-y3dp ehpk3pxp===', 8)).toBe('JBSWY3DP EHPK3PXP')
    expect(formatSecret('')).toBe('')
    expect(() => formatSecret(KEY, 0)).toThrow(expect.objectContaining({ code: 'OPTION_INVALID' }))
  })

  it('generates 160-bit keys by default, readable by our own reader, never twice the same', () => {
    const keys = new Set(Array.from({ length: 200 }, () => generateSecret()))
    expect(keys.size).toBe(200)
    for (const key of keys) expect(readSecretText(key)).toHaveLength(20)
    expect(generateSecret(10)).toHaveLength(16)
    expect(generateSecret(32)).toHaveLength(52)
  })

  it.each([9, 1025, 12.5, Number.NaN])('refuses byteLength %s', (byteLength) => {
    expect(() => generateSecret(byteLength)).toThrow(expect.objectContaining({ code: 'OPTION_INVALID' }))
  })
})
