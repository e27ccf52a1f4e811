/** fast-check generators for the key URI and Google export round trips, shared by their tests. */
import fc from 'fast-check'
import type { OtpauthRecord } from '../uri/index.js'

/** Characters that break naive label and query encoders, mixed with any grapheme and any UTF-16 unit. */
export const labelUnit = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      ':',
      '/',
      '+',
      '%',
      ' ',
      '  ',
      '?',
      '#',
      '&',
      '=',
      '%3A',
      '%20',
      '😀',
      'ç',
      '\u00a0',
    ),
  },
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
)

/** Account and issuer texts. */
const labelText = fc.string({ unit: labelUnit, maxLength: 16 })

/**
 * Records in canonical form — an issuer only when non-empty, a counter only on HOTP, HOTP with the
 * default period — with the digits and periods the format under test can carry.
 */
export function otpauthRecords(shape: {
  digits: fc.Arbitrary<number>
  period: fc.Arbitrary<number>
}): fc.Arbitrary<OtpauthRecord> {
  return fc
    .record({
      type: fc.constantFrom('totp' as const, 'hotp' as const),
      secret: fc.uint8Array({ minLength: 10, maxLength: 64 }),
      account: labelText,
      issuer: fc.option(
        labelText.filter((s) => s !== ''),
        { nil: undefined },
      ),
      algorithm: fc.constantFrom('SHA1' as const, 'SHA256' as const, 'SHA512' as const),
      digits: shape.digits,
      period: shape.period,
      counter: fc.oneof(fc.nat(), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER })),
    })
    .map(({ type, secret, account, issuer, algorithm, digits, period, counter }) => {
      const record: OtpauthRecord = {
        type,
        secret,
        account,
        algorithm,
        digits,
        period: type === 'hotp' ? 30 : period,
      }
      if (issuer !== undefined) record.issuer = issuer
      if (type === 'hotp') record.counter = counter
      return record
    })
}
