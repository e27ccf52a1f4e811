import { describe, expect, it } from 'vitest'
import { hotp } from '../../index.js'
import { hotp as hotpSha1 } from '../../sha1.js'
import { hmacSha1KeyState, hmacSha1Truncated, hmacSha1Words } from '../hmac-sha1.js'
import { ascii, wordsHex } from '../../test-support/bytes.js'

// RFC 4226 Appendix D: secret = ASCII "12345678901234567890", 6 digits.
// Table 1 (intermediate HMAC-SHA-1) and Table 2 (truncated value, hex and decimal, and HOTP).
const SECRET = ascii('12345678901234567890')
const APPENDIX_D = [
  {
    count: 0,
    hmac: 'cc93cf18508d94934c64b65d8ba7667fb7cde4b0',
    truncatedHex: '4c93cf18',
    truncated: 1284755224,
    hotp: '755224',
  },
  {
    count: 1,
    hmac: '75a48a19d4cbe100644e8ac1397eea747a2d33ab',
    truncatedHex: '41397eea',
    truncated: 1094287082,
    hotp: '287082',
  },
  {
    count: 2,
    hmac: '0bacb7fa082fef30782211938bc1c5e70416ff44',
    truncatedHex: '82fef30',
    truncated: 137359152,
    hotp: '359152',
  },
  {
    count: 3,
    hmac: '66c28227d03a2d5529262ff016a1e6ef76557ece',
    truncatedHex: '66ef7655',
    truncated: 1726969429,
    hotp: '969429',
  },
  {
    count: 4,
    hmac: 'a904c900a64b35909874b33e61c5938a8e15ed1c',
    truncatedHex: '61c5938a',
    truncated: 1640338314,
    hotp: '338314',
  },
  {
    count: 5,
    hmac: 'a37e783d7b7233c083d4f62926c7a25f238d0316',
    truncatedHex: '33c083d4',
    truncated: 868254676,
    hotp: '254676',
  },
  {
    count: 6,
    hmac: 'bc9cd28561042c83f219324d3c607256c03272ae',
    truncatedHex: '7256c032',
    truncated: 1918287922,
    hotp: '287922',
  },
  {
    count: 7,
    hmac: 'a4fb960c0bc06e1eabb804e5b397cdc4b45596fa',
    truncatedHex: '4e5b397',
    truncated: 82162583,
    hotp: '162583',
  },
  {
    count: 8,
    hmac: '1b3c89f65e6c9e883012052823443f048b4332db',
    truncatedHex: '2823443f',
    truncated: 673399871,
    hotp: '399871',
  },
  {
    count: 9,
    hmac: '1637409809a679dc698207310c8c7fc07290d9e5',
    truncatedHex: '2679dc69',
    truncated: 645520489,
    hotp: '520489',
  },
]

describe('RFC 4226 Appendix D', () => {
  const state = hmacSha1KeyState(SECRET)

  it.each(APPENDIX_D)('count $count: HMAC-SHA-1 $hmac', ({ count, hmac }) => {
    expect(wordsHex(hmacSha1Words(state, 0, count))).toBe(hmac)
  })

  it.each(APPENDIX_D)(
    'count $count: truncated $truncatedHex = $truncated',
    ({ count, truncatedHex, truncated }) => {
      expect(truncated).toBe(Number.parseInt(truncatedHex, 16))
      expect(hmacSha1Truncated(state, 0, count)).toBe(truncated)
    },
  )

  it.each(APPENDIX_D)('count $count: HOTP $hotp', ({ count, hotp: expected }) => {
    expect(hotp(SECRET, count)).toBe(expected)
    expect(hotp(SECRET, BigInt(count))).toBe(expected)
    expect(hotpSha1(SECRET, count)).toBe(expected)
    // The same secret as base32, as a person would paste it.
    expect(hotp('GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ', count)).toBe(expected)
  })
})
