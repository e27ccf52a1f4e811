import { describe, expect, it } from 'vitest'
import { buildOtpauthUri, parseSecret, totp } from '../../index.js'

describe('parseSecret', () => {
  it('reads the court key as pasted, with its canonical and grouped forms', () => {
    const parsed = parseSecret('  mmzd-imru gzrg cnrq\tga2g mmrw mvqw izbw\n')
    expect(parsed.base32).toBe('MMZDIMRUGZRGCNRQGA2GMMRWMVQWIZBW')
    expect(parsed.grouped).toBe('MMZD IMRU GZRG CNRQ GA2G MMRW MVQW IZBW')
    expect(parsed.bytes).toHaveLength(20)
    expect(parsed.params).toBeUndefined()
    expect(parsed.warnings).toEqual([])
  })

  it('warns, without refusing, about keys under 128 bits', () => {
    const parsed = parseSecret('JBSW Y3DP EHPK 3PXP')
    expect(parsed.bytes).toHaveLength(10)
    expect(parsed.warnings.map((w) => w.code)).toEqual(['SECRET_WEAK'])
    expect(parseSecret('GEZDGNBVGY3TQOJQGEZDGNBVGY').warnings).toEqual([]) // exactly 128 bits
  })

  it('takes a whole otpauth URI, with its parameters', () => {
    const parsed = parseSecret(
      'otpauth://totp/TRF4:joao.silva?secret=mmzdimrugzrgcnrqga2gmmrwmvqwizbw&issuer=TRF4&digits=8&period=60&algorithm=SHA256',
    )
    expect(parsed.base32).toBe('MMZDIMRUGZRGCNRQGA2GMMRWMVQWIZBW')
    expect(parsed.params).toEqual({
      type: 'totp',
      algorithm: 'SHA256',
      digits: 8,
      period: 60,
      account: 'joao.silva',
      issuer: 'TRF4',
    })
    expect(totp(parsed.bytes, { ...parsed.params, timestamp: 0 })).toHaveLength(8)
  })

  it('passes URI warnings through', () => {
    const parsed = parseSecret('otpauth://totp/Old:joao?secret=MMZDIMRUGZRGCNRQGA2GMMRWMVQWIZBW&issuer=New')
    expect(parsed.params?.issuer).toBe('New')
    expect(parsed.warnings.map((w) => w.code)).toEqual(['URI_ISSUER_MISMATCH'])
  })

  it('round-trips through a URI built for the lawyer’s phone', () => {
    const first = parseSecret('MMZD IMRU GZRG CNRQ GA2G MMRW MVQW IZBW')
    const uri = buildOtpauthUri({
      type: 'totp',
      secret: first.bytes,
      account: 'joao.silva',
      issuer: 'TRF4',
      algorithm: 'SHA1',
      digits: 6,
      period: 30,
    })
    expect(parseSecret(uri).base32).toBe(first.base32)
  })

  it('refuses non-strings with OPTION_INVALID', () => {
    expect(() => parseSecret(42 as unknown as string)).toThrow(
      expect.objectContaining({ code: 'OPTION_INVALID' }),
    )
  })
})
