import fc from 'fast-check'
import { sha1 as nobleSha1 } from '@noble/hashes/legacy.js'
import { hmac } from '@noble/hashes/hmac.js'
import { describe, expect, it } from 'vitest'
import { sha1 } from '../sha1.js'
import { hmacSha1KeyState, hmacSha1Truncated, hmacSha1Words } from '../hmac-sha1.js'
import { truncate } from '../counter-mac.js'
import { ascii, hex, wordsHex } from '../../test-support/bytes.js'

// RFC 3174 §7.3 test driver: TEST1–TEST4, each repeated `repeat` times.
const RFC3174 = [
  { input: 'abc', repeat: 1, digest: 'a9993e364706816aba3e25717850c26c9cd0d89d' },
  {
    input: 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
    repeat: 1,
    digest: '84983e441c3bd26ebaae4aa1f95129e5e54670f1',
  },
  { input: 'a', repeat: 1_000_000, digest: '34aa973cd4c4daa4f61eeb2bdbad27316534016f' },
  {
    input: '0123456701234567012345670123456701234567012345670123456701234567',
    repeat: 10,
    digest: 'dea356a2cddd90c7a7ecedc5ebb563934f460452',
  },
]

describe('SHA-1 (RFC 3174)', () => {
  it.each(RFC3174)('$input × $repeat', ({ input, repeat, digest }) => {
    expect(hex(sha1(ascii(input.repeat(repeat))))).toBe(digest)
  })

  it('agrees with @noble/hashes on messages around every padding boundary and beyond', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 300 }), (message) => {
        expect(hex(sha1(message))).toBe(hex(nobleSha1(message)))
      }),
      { numRuns: 2000 },
    )
    for (let length = 0; length <= 200; length++) {
      const message = Uint8Array.from({ length }, (_, i) => (i * 31 + length) & 0xff)
      expect(hex(sha1(message))).toBe(hex(nobleSha1(message)))
    }
  })
})

describe('HMAC-SHA1 with precomputed pads (RFC 2104)', () => {
  it('RFC 2202 test case 1: key 0x0b × 20, data "Hi There"', () => {
    const state = hmacSha1KeyState(new Uint8Array(20).fill(0x0b))
    // "Hi There" as two big-endian words, exactly the shape of an HOTP counter.
    expect(wordsHex(hmacSha1Words(state, 0x48692054, 0x68657265))).toBe(
      'b617318655057264e28bc0b6fb378c8ef146be00',
    )
  })

  it('agrees with @noble/hashes for keys of 0–200 bytes (long keys are hashed) and any 64-bit counter', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 0, maxLength: 200 }),
        fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }),
        (key, counter) => {
          const message = new Uint8Array(8)
          new DataView(message.buffer).setBigUint64(0, counter)
          const expected = hmac(nobleSha1, key, message)
          const high = Number(counter >> 32n) | 0
          const low = Number(counter & 0xffffffffn) | 0
          const state = hmacSha1KeyState(key)
          expect(wordsHex(hmacSha1Words(state, high, low))).toBe(hex(expected))
          expect(hmacSha1Truncated(state, high, low)).toBe(truncate(expected))
        },
      ),
      { numRuns: 3000 },
    )
  })
})
