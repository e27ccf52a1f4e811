import { describe, expect, it } from 'vitest'
import { createTotp, totp, type Algorithm } from '../../index.js'
import { totp as totpSha1 } from '../../sha1.js'
import { ascii } from '../../test-support/bytes.js'

// RFC 6238 Appendix B: T0 = 0, X = 30, 8 digits. The reference code uses a seed per algorithm:
// 20 bytes for SHA1, 32 for SHA256, 64 for SHA512 (the errata-corrected seeds).
const SEEDS: Record<Algorithm, Uint8Array> = {
  SHA1: ascii('12345678901234567890'),
  SHA256: ascii('12345678901234567890123456789012'),
  SHA512: ascii('1234567890123456789012345678901234567890123456789012345678901234'),
}

const APPENDIX_B: { seconds: number; T: string; SHA1: string; SHA256: string; SHA512: string }[] = [
  { seconds: 59, T: '0000000000000001', SHA1: '94287082', SHA256: '46119246', SHA512: '90693936' },
  { seconds: 1111111109, T: '00000000023523EC', SHA1: '07081804', SHA256: '68084774', SHA512: '25091201' },
  { seconds: 1111111111, T: '00000000023523ED', SHA1: '14050471', SHA256: '67062674', SHA512: '99943326' },
  { seconds: 1234567890, T: '000000000273EF07', SHA1: '89005924', SHA256: '91819424', SHA512: '93441116' },
  { seconds: 2000000000, T: '0000000003F940AA', SHA1: '69279037', SHA256: '90698825', SHA512: '38618901' },
  { seconds: 20000000000, T: '0000000027BC86AA', SHA1: '65353130', SHA256: '77737706', SHA512: '47863826' },
]

const CASES = APPENDIX_B.flatMap((row) =>
  (['SHA1', 'SHA256', 'SHA512'] as const).map((algorithm) => ({ ...row, algorithm, code: row[algorithm] })),
)

describe('RFC 6238 Appendix B', () => {
  it.each(APPENDIX_B)('time $seconds s is step T = $T', ({ seconds, T }) => {
    expect(Math.floor(seconds / 30)).toBe(Number.parseInt(T, 16))
  })

  it.each(CASES)('$algorithm at $seconds s → $code', ({ algorithm, seconds, code }) => {
    const options = { algorithm, digits: 8, timestamp: seconds * 1000 }
    expect(totp(SEEDS[algorithm], options)).toBe(code)
    expect(createTotp(SEEDS[algorithm], { algorithm, digits: 8 }).at(seconds * 1000)).toBe(code)
  })

  it.each(APPENDIX_B)('the SHA-1-only entry agrees at $seconds s', ({ seconds, SHA1 }) => {
    expect(totpSha1(SEEDS.SHA1, { digits: 8, timestamp: seconds * 1000 })).toBe(SHA1)
  })

  it('the SHA-1-only entry refuses other algorithms and says where to find them', () => {
    expect(() => totpSha1(SEEDS.SHA256, { algorithm: 'SHA256' })).toThrow("use '@a2f/core' for SHA256/SHA512")
  })
})
