/**
 * Hostile keys: the text of a pasted key (MAX_SECRET_TEXT_LENGTH) and the key itself (MAX_SECRET_BYTES)
 * are bounded before a buffer is sized from them, in the tolerant reader (`parseSecret`) and in the
 * strict `decodeBase32`; beyond them, SECRET_MALFORMED 'TOO_LARGE'.
 */
import { describe, expect, it } from 'vitest'
import { decodeBase32, encodeBase32 } from '../../encoding/base32.js'
import { isA2FError, type A2FError } from '../../errors.js'
import { MAX_SECRET_BYTES, MAX_SECRET_TEXT_LENGTH } from '../../limits.js'
import { parseSecret } from '../parse-secret.js'

function thrown(action: () => unknown): A2FError {
  try {
    action()
  } catch (error) {
    if (isA2FError(error)) return error
    throw error
  }
  throw new Error('expected an A2FError')
}

const tooLarge = (limit: string, maximum: number, actual: number) => ({
  reason: 'TOO_LARGE',
  limit,
  maximum,
  actual,
})

/** The base32 of `n` bytes: 1024 bytes are 1639 characters. */
const keyOf = (n: number): string => encodeBase32(new Uint8Array(n).fill(0x5a))

describe('MAX_SECRET_BYTES', () => {
  it('reads a key of MAX_SECRET_BYTES and refuses one byte more, in every reader', () => {
    expect(parseSecret(keyOf(MAX_SECRET_BYTES)).bytes).toHaveLength(1024)
    expect(decodeBase32(keyOf(MAX_SECRET_BYTES))).toHaveLength(1024)
    const over = keyOf(MAX_SECRET_BYTES + 1)
    const details = tooLarge('MAX_SECRET_BYTES', MAX_SECRET_BYTES, MAX_SECRET_BYTES + 1)
    for (const read of [() => parseSecret(over), () => decodeBase32(over)]) {
      const error = thrown(read)
      expect(error.code).toBe('SECRET_MALFORMED')
      expect(error.details).toEqual(details)
    }
  })

  it('counts key characters, not separators: a long key in groups of four is read', () => {
    const grouped = keyOf(MAX_SECRET_BYTES).replace(/(.{4})/g, '$1 ')
    expect(grouped.length).toBeGreaterThan(2000)
    expect(parseSecret(grouped).bytes).toHaveLength(1024)
  })
})

describe('MAX_SECRET_TEXT_LENGTH', () => {
  it('refuses text over MAX_SECRET_TEXT_LENGTH before reading it, whatever it holds', () => {
    const cases = [
      `JBSWY3DPEHPK3PXP${' '.repeat(MAX_SECRET_TEXT_LENGTH)}`,
      '0'.repeat(MAX_SECRET_TEXT_LENGTH + 1), // not even looked at for bad characters
      '='.repeat(MAX_SECRET_TEXT_LENGTH + 1),
    ]
    for (const text of cases) {
      const details = tooLarge('MAX_SECRET_TEXT_LENGTH', MAX_SECRET_TEXT_LENGTH, text.length)
      expect(thrown(() => parseSecret(text)).details).toEqual(details)
      expect(thrown(() => decodeBase32(text)).details).toEqual(details)
    }
    // 100 MB of text costs a length check, not a 62 MB buffer.
    expect(thrown(() => parseSecret('A'.repeat(100_000_000))).details).toMatchObject({ reason: 'TOO_LARGE' })
  })

  it('reads a key with separators up to MAX_SECRET_TEXT_LENGTH characters', () => {
    const text = `JBSWY3DPEHPK3PXP${'\n'.repeat(MAX_SECRET_TEXT_LENGTH - 16)}`
    expect(text.length).toBe(MAX_SECRET_TEXT_LENGTH)
    expect(parseSecret(text).base32).toBe('JBSWY3DPEHPK3PXP')
  })

  it('never quotes the key in a TOO_LARGE error', () => {
    const key = keyOf(MAX_SECRET_BYTES + 1)
    const error = thrown(() => parseSecret(key))
    expect(`${error.message} ${JSON.stringify(error.details)}`).not.toContain(key.slice(0, 8))
  })
})
