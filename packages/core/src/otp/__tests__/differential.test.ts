/**
 * Differential tests: our codes against two independent implementations, otpauth and otplib, over many
 * random (secret, time, algorithm, digits, period, T0) cases. fast-check prints the seed of any failure.
 */
import fc from 'fast-check'
import * as OTPAuth from 'otpauth'
import { createGuardrails, generateSync } from 'otplib'
import { describe, expect, it } from 'vitest'
import { createTotp, encodeBase32, hotp, totp, verifyTotp, type Algorithm } from '../../index.js'
import { totp as totpSha1 } from '../../sha1.js'

// otplib refuses secrets under 16 bytes and periods over an hour by default; real keys go down to 10 bytes.
const guardrails = createGuardrails({ MIN_SECRET_BYTES: 1, MAX_SECRET_BYTES: 256, MAX_PERIOD: 86_400 })

const caseArbitrary = fc.record({
  // 10 bytes is the shortest key in use; above 64 bytes SHA-1/256 keys are hashed first (RFC 2104 §3).
  secret: fc.uint8Array({ minLength: 10, maxLength: 140 }),
  seconds: fc.oneof(
    fc.integer({ min: 0, max: 4_102_444_800 }), // up to 2100
    fc.integer({ min: 0, max: 8_639_999_999_999 }), // to the end of Date's range: counters past 2^31 and 2^32
  ),
  milliseconds: fc.integer({ min: 0, max: 999 }),
  algorithm: fc.constantFrom<Algorithm>('SHA1', 'SHA256', 'SHA512'),
  digits: fc.integer({ min: 6, max: 10 }),
  period: fc.oneof(fc.constant(30), fc.constant(60), fc.integer({ min: 1, max: 3600 })),
  epochSeconds: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 1_000_000_000 })),
})

describe('differential: @a2f/core against otpauth and otplib', () => {
  it('TOTP agrees on 10,000 random cases', () => {
    fc.assert(
      fc.property(
        caseArbitrary,
        ({ secret, seconds, milliseconds, algorithm, digits, period, epochSeconds }) => {
          const t0 = Math.min(epochSeconds, seconds)
          const timestamp = seconds * 1000 + milliseconds
          const ours = totp(secret, { algorithm, digits, period, timestamp, epoch: t0 * 1000 })

          const theirs = new OTPAuth.TOTP({
            secret: new OTPAuth.Secret({ buffer: secret.slice().buffer }),
            algorithm,
            digits,
            period,
          })
          expect(ours).toBe(theirs.generate({ timestamp: timestamp - t0 * 1000 }))

          expect(ours).toBe(
            generateSync({
              secret,
              algorithm: algorithm.toLowerCase() as 'sha1',
              digits,
              period,
              epoch: seconds,
              t0,
              guardrails,
            }),
          )

          // Every way in must give the same code: base32 text, the prepared key, the SHA-1 entry.
          expect(totp(encodeBase32(secret), { algorithm, digits, period, timestamp, epoch: t0 * 1000 })).toBe(
            ours,
          )
          expect(createTotp(secret, { algorithm, digits, period, epoch: t0 * 1000 }).at(timestamp)).toBe(ours)
          if (algorithm === 'SHA1')
            expect(totpSha1(secret, { digits, period, timestamp, epoch: t0 * 1000 })).toBe(ours)
        },
      ),
      { numRuns: 10_000 },
    )
  })

  it('HOTP agrees with otpauth for counters across the whole safe range', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 10, maxLength: 64 }),
        fc.oneof(fc.integer({ min: 0, max: 2 ** 32 + 10 }), fc.maxSafeNat()),
        fc.constantFrom<Algorithm>('SHA1', 'SHA256', 'SHA512'),
        (secret, counter, algorithm) => {
          const theirs = new OTPAuth.HOTP({
            secret: new OTPAuth.Secret({ buffer: secret.slice().buffer }),
            algorithm,
          })
          expect(hotp(secret, counter, { algorithm })).toBe(theirs.generate({ counter }))
        },
      ),
      { numRuns: 3000 },
    )
  })

  it('verification finds the same step as otpauth', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 10, maxLength: 64 }),
        fc.integer({ min: 1_000_000, max: 4_102_444_800 }),
        fc.integer({ min: -3, max: 3 }),
        fc.integer({ min: 0, max: 3 }),
        (secret, seconds, shift, window) => {
          const timestamp = seconds * 1000
          // 8 digits make an accidental match between steps negligible (about 1 in 10^7 per case).
          const code = totp(secret, { digits: 8, timestamp: timestamp + shift * 30_000 })
          const theirs = new OTPAuth.TOTP({
            secret: new OTPAuth.Secret({ buffer: secret.slice().buffer }),
            digits: 8,
          })
          const expected = theirs.validate({ token: code, timestamp, window })
          const ours = verifyTotp(secret, code, { digits: 8, timestamp, window })
          expect(ours?.delta ?? null).toBe(expected)
        },
      ),
      { numRuns: 2000 },
    )
  })
})
