import { describe, expect, it } from 'vitest'
import { hotp, isA2FError } from '../../index.js'
import { ascii } from '../../test-support/bytes.js'

// Expected values from Python's hmac module (an independent implementation):
//   hmac.new(b'12345678901234567890', counter.to_bytes(8, 'big'), 'sha1'), dynamic truncation, 6 digits.
// These are the counters that 32-bit shortcuts get wrong.
const SECRET = ascii('12345678901234567890')
const LARGE_COUNTERS: [bigint, string][] = [
  [2n ** 31n - 1n, '223505'],
  [2n ** 31n, '197202'],
  [2n ** 32n - 1n, '117190'],
  [2n ** 32n, '999456'],
  [2n ** 53n - 1n, '891307'],
  [2n ** 64n - 1n, '094451'],
]

describe('HOTP counters beyond 32 bits', () => {
  it.each(LARGE_COUNTERS)('counter %s → %s', (counter, code) => {
    expect(hotp(SECRET, counter)).toBe(code)
    if (counter <= BigInt(Number.MAX_SAFE_INTEGER)) expect(hotp(SECRET, Number(counter))).toBe(code)
  })

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, -1n, 2n ** 64n])(
    'refuses counter %s',
    (counter) => {
      let error: unknown
      try {
        hotp(SECRET, counter as number)
      } catch (caught) {
        error = caught
      }
      expect(isA2FError(error, 'OPTION_INVALID') && error.details.option).toBe('counter')
    },
  )
})
