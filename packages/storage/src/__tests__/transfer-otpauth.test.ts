import { encodeBase32, parseOtpauthUri, totp } from '@a2f/core'
import { describe, expect, it } from 'vitest'
import { exportOtpauthUris } from '../transfer/export-otpauth.js'
import { importOtpauthUris } from '../transfer/import-otpauth.js'
import { COURT_KEY_BYTES, expectNoSecretIn, expectStorageError } from './contract/store-contract.js'
import { AT, codesByName, expectNoSeedSecretIn, newStore, seed, tamper } from './transfer-support.js'

const KEY = encodeBase32(COURT_KEY_BYTES)

describe('otpauth:// key URIs', () => {
  it('round-trips: one URI per credential, read back into another store with the same codes', async () => {
    const source = await newStore()
    const { court, sha256 } = await seed(source.store)
    const exported = await exportOtpauthUris(source.store)
    expect(exported.unreadable).toEqual([])
    expect(exported.skipped).toEqual([])
    expect(exported.uris).toHaveLength(3)
    expect(exported.uris[0]).toBe(
      `otpauth://totp/TRF4:RS012345?secret=${KEY}&issuer=TRF4&algorithm=SHA1&digits=6&period=30`,
    )
    expect(parseOtpauthUri(exported.uris[1]!)).toMatchObject({
      issuer: 'TJRS',
      account: 'joao.silva',
      algorithm: 'SHA256',
      digits: 8,
      period: 60,
    })

    const target = await newStore()
    const report = await importOtpauthUris(target.store, exported.uris.join('\n'))
    expect(report.failed).toEqual([])
    expect(report.imported.map((s) => [s.issuer, s.account])).toEqual([
      ['TRF4', 'RS012345'],
      ['TJRS', 'joao.silva'],
      ['TJSC', '123.456.789-00'],
    ])
    expect(await codesByName(target.store)).toEqual(await codesByName(source.store))
    // A key URI carries the key only: court passwords stay behind.
    expect(report.imported.every((s) => !s.hasPassword)).toBe(true)
    expect(court.hasPassword && sha256.hasPassword).toBe(true)
  })

  it('reports a bad line with its line number, and imports the lines around it', async () => {
    const { store } = await newStore()
    const text = [
      `otpauth://totp/TRF4:RS1?secret=${KEY}&issuer=TRF4`,
      '',
      `otpauth://totp/TRF4:RS2?secret=${KEY.slice(0, 10)}0${KEY.slice(11)}&issuer=TRF4`,
      '   ',
      `otpauth://hotp/TJRS:RS3?secret=${KEY}&issuer=TJRS&counter=5`,
      `otpauth://totp/TJSC:RS4?secret=${KEY}&issuer=TJSC&digits=0`,
      'texto qualquer',
      `  otpauth://totp/TRF4:RS5?secret=${KEY.toLowerCase()}&issuer=TRF4&period=60  `,
    ].join('\r\n')
    const report = await importOtpauthUris(store, text)
    expect(report.imported.map((s) => [s.account, s.otp.period])).toEqual([
      ['RS1', 30],
      ['RS5', 60],
    ])
    expect(report.failed.map((i) => [i.index, i.code, i.reason])).toEqual([
      [3, 'URI_INVALID', 'SECRET'],
      [6, 'URI_INVALID', 'DIGITS'],
      [7, 'URI_INVALID', 'SCHEME'],
    ])
    expect(report.skipped).toEqual([
      {
        index: 5,
        issuer: 'TJRS',
        account: 'RS3',
        code: 'UNSUPPORTED_TYPE',
        reason: 'hotp',
        message: "The store keeps TOTP credentials only; this entry is of type 'hotp'.",
      },
    ])
    expectNoSecretIn(JSON.stringify(report.failed))
    expectNoSecretIn(JSON.stringify(report.skipped))
  })

  it('numbers array entries from 0, and fills a missing issuer from the defaults', async () => {
    const { store } = await newStore()
    const uris = [
      `otpauth://totp/joao?secret=${KEY}`,
      'otpauth://totp/x?secret=',
      `otpauth://totp/maria?secret=${KEY}`,
    ]
    const without = await importOtpauthUris(store, uris)
    expect(without.imported).toEqual([])
    expect(without.failed.map((i) => [i.index, i.code, i.field ?? i.reason])).toEqual([
      [0, 'INVALID_INPUT', 'issuer'],
      [1, 'URI_INVALID', 'MISSING_SECRET'],
      [2, 'INVALID_INPUT', 'issuer'],
    ])
    expect(without.failed[0]!.account).toBe('joao')
    await expectStorageError(importOtpauthUris(store, 42 as never), 'INVALID_INPUT')

    const withDefaults = await importOtpauthUris(store, uris, {
      defaults: { issuer: 'TJRS', owner: 'João Silva', systemId: 'tjrs-eproc-1g' },
    })
    expect(withDefaults.imported.map((s) => [s.issuer, s.account, s.owner, s.systemId])).toEqual([
      ['TJRS', 'joao', 'João Silva', 'tjrs-eproc-1g'],
      ['TJRS', 'maria', 'João Silva', 'tjrs-eproc-1g'],
    ])
    const { codes } = await store.codes({ timestamp: AT })
    expect(codes[0]!.code).toBe(totp(COURT_KEY_BYTES, { timestamp: AT }))
  })

  it('reports unreadable records by id and exports the others', async () => {
    const { adapter, store } = await newStore()
    const { court, sha256 } = await seed(store)
    await tamper(adapter, court.id, (row) => ({ ...row, secret: row.secret.replace(/:[^:]+$/, ':AAAA') }))
    const exported = await exportOtpauthUris(store, { query: { ids: [court.id, sha256.id] } })
    expect(exported.unreadable).toEqual([{ id: court.id, reason: 'FORMAT' }])
    expect(exported.uris).toHaveLength(1)
    expect(exported.uris[0]).toContain('TJRS')
    expectNoSeedSecretIn(JSON.stringify(exported.unreadable))
  })
})
