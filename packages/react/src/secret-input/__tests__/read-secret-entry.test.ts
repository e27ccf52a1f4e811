/**
 * The key-entry reader on its own: what `readSecretEntry` makes of each thing a lawyer brings as a court
 * key — the key as courts print it, an otpauth link, a Google Authenticator export, a decoded QR code —
 * and the problem it returns (never throws) for what is not a usable key.
 */
import { buildMigrationUris, parseSecret, type OtpauthRecord } from '@a2f/core'
import { describe, expect, it } from 'vitest'
import { EPROC_EXAMPLE_KEY } from '../../test-support/fixtures.js'
import { readSecretEntry } from '../read-secret-entry.js'

const KEY = EPROC_EXAMPLE_KEY.replaceAll(' ', '')
const BYTES = Array.from(parseSecret(KEY).bytes)
const record = (issuer: string, fill: number, extra: Partial<OtpauthRecord> = {}): OtpauthRecord => ({
  type: 'totp',
  secret: new Uint8Array(20).fill(fill),
  account: 'RS054321',
  issuer,
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
  ...extra,
})

describe('readSecretEntry', () => {
  it('reads the key as courts print it, in any case and grouping, as typed', () => {
    for (const text of [EPROC_EXAMPLE_KEY, KEY.toLowerCase(), KEY.match(/.{4}/g)!.join('-'), `${KEY}\n`]) {
      const reading = readSecretEntry(text)
      expect(reading.kind).toBe('secret')
      if (reading.kind !== 'secret') continue
      expect(Array.from(reading.secret.bytes)).toEqual(BYTES)
      expect(reading.secret).toMatchObject({ source: 'typed', params: {}, warnings: [] })
      expect(reading.secret).not.toHaveProperty('issuer')
    }
  })

  it('takes the issuer, account and parameters of an otpauth link, and "qr" as the source of a decoded one', () => {
    const uri = `otpauth://totp/TRF4:RS054321?secret=${KEY}&issuer=TRF4&digits=8&period=60`
    const typed = readSecretEntry(uri)
    expect(typed).toMatchObject({
      kind: 'secret',
      secret: { source: 'uri', issuer: 'TRF4', account: 'RS054321', params: { digits: 8, period: 60 } },
    })
    expect(readSecretEntry(uri, 'qr')).toMatchObject({ kind: 'secret', secret: { source: 'qr' } })
  })

  it('refuses counter-based (HOTP) links: courts use time-based codes', () => {
    expect(readSecretEntry(`otpauth://hotp/TRF4:RS054321?secret=${KEY}&counter=3`)).toEqual({
      kind: 'problem',
      problem: { code: 'HOTP_UNSUPPORTED' },
    })
  })

  it('offers the accounts of a Google export, skipping HOTP entries, with the batch position', () => {
    const [uri] = buildMigrationUris([
      record('TRF4', 1),
      record('TJRS', 2),
      record('Banco', 3, { type: 'hotp', counter: 5 }),
    ])
    const reading = readSecretEntry(uri!)
    expect(reading).toMatchObject({ kind: 'accounts', skipped: 1, batch: { index: 0, size: 1 } })
    if (reading.kind !== 'accounts') return
    expect(reading.accounts.map((account) => [account.issuer, account.source])).toEqual([
      ['TRF4', 'google-export'],
      ['TJRS', 'google-export'],
    ])
    expect(Array.from(reading.accounts[1]!.bytes)).toEqual(Array(20).fill(2))
  })

  it('says an export with nothing usable is empty, and warns about a short key in it', () => {
    const [hotpOnly] = buildMigrationUris([record('Banco', 3, { type: 'hotp', counter: 1 })])
    expect(readSecretEntry(hotpOnly!)).toEqual({ kind: 'problem', problem: { code: 'EXPORT_EMPTY' } })
    const [short] = buildMigrationUris([record('Antigo', 4, { secret: new Uint8Array(10).fill(4) })])
    const reading = readSecretEntry(short!)
    expect(reading.kind).toBe('accounts')
    if (reading.kind === 'accounts')
      expect(reading.accounts[0]!.warnings.map((w) => w.code)).toEqual(['SECRET_WEAK'])
  })

  it('returns the problem of a text that is not a key, pointing at the bad character, without throwing', () => {
    const bad = `${KEY.slice(0, 11)}ç${KEY.slice(12)}`
    expect(readSecretEntry(bad)).toMatchObject({
      kind: 'problem',
      problem: { code: 'SECRET_INVALID_CHARACTER', index: 11 },
    })
    expect(readSecretEntry('otpauth-migration://offline?data=%%%').kind).toBe('problem')
    expect(readSecretEntry('MMZD').kind).toBe('problem')
  })
})
