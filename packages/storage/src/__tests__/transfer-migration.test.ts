import { buildMigrationUris, readMigrationUri } from '@a2f/core'
import { describe, expect, it } from 'vitest'
import type { CredentialStore } from '../model/credential-store.js'
import { exportMigrationUris } from '../transfer/export-migration.js'
import { importMigrationUris } from '../transfer/import-migration.js'
import { COURT_KEY_BYTES } from './contract/store-contract.js'
import { codesByName, expectNoSeedSecretIn, newStore, seed } from './transfer-support.js'

/** Twelve 30-second credentials with distinct keys, for exports of several QR codes. */
async function twelve(store: CredentialStore) {
  for (let i = 0; i < 12; i++) {
    const secret = COURT_KEY_BYTES.map((byte, j) => (j === 0 ? byte + i : byte))
    await store.create({ issuer: i % 2 ? 'TRF4' : 'TJRS', account: `conta-${i}`, secret })
  }
}

/** A one-entry export whose entry uses MD5 (algorithm 4), written byte by byte (formats.md's table). */
function md5Export(): string {
  const text = (value: string) => [...new TextEncoder().encode(value)]
  const name = text('TJRS:md5')
  const issuer = text('TJRS')
  const entry = [
    0x0a,
    10,
    ...COURT_KEY_BYTES.slice(0, 10),
    0x12,
    name.length,
    ...name,
    0x1a,
    issuer.length,
    ...issuer,
  ]
  entry.push(0x20, 4, 0x30, 2) // algorithm MD5, type TOTP
  const payload = Uint8Array.from([0x0a, entry.length, ...entry, 0x10, 1])
  return `otpauth-migration://offline?data=${encodeURIComponent(Buffer.from(payload).toString('base64'))}`
}

describe('Google Authenticator export (otpauth-migration://)', () => {
  it('round-trips through several QR codes into another store with the same codes', async () => {
    const source = await newStore()
    await twelve(source.store)
    const exported = await exportMigrationUris(source.store, { batchSize: 5 })
    expect(exported.uris).toHaveLength(3)
    expect(exported.skipped).toEqual([])
    const batches = exported.uris.map(readMigrationUri)
    expect(batches.map((b) => [b.batch.index, b.batch.size, b.records.length])).toEqual([
      [0, 3, 5],
      [1, 3, 5],
      [2, 3, 2],
    ])
    expect(new Set(batches.map((b) => b.batch.id)).size).toBe(1)

    const target = await newStore()
    // QR codes are scanned in any order.
    const report = await importMigrationUris(target.store, [
      exported.uris[2]!,
      exported.uris[0]!,
      exported.uris[1]!,
    ])
    expect(report.failed).toEqual([])
    expect(report.skipped).toEqual([])
    expect(report.imported).toHaveLength(12)
    expect(report.complete).toBe(true)
    expect(report.batches).toEqual([{ id: batches[0]!.batch.id, size: 3, received: [0, 1, 2], missing: [] }])
    expect(await codesByName(target.store)).toEqual(await codesByName(source.store))
  })

  it('reports credentials whose period Google cannot carry instead of exporting them wrongly', async () => {
    const { store } = await newStore()
    const { sha256 } = await seed(store)
    await store.create({ issuer: 'TJSP', account: 'dez', otp: { digits: 10 }, secret: COURT_KEY_BYTES })
    const exported = await exportMigrationUris(store)
    expect(exported.skipped.map((s) => [s.id === sha256.id, s.issuer, s.code, s.reason])).toEqual([
      [true, 'TJRS', 'MIGRATION_INVALID', 'UNSUPPORTED_PERIOD'],
      [false, 'TJSP', 'MIGRATION_INVALID', 'UNSUPPORTED_DIGITS'],
    ])
    expect(exported.skipped[0]!.message).toContain('period of 60 s')
    const records = readMigrationUri(exported.uris[0]!).records
    expect(records.map((r) => r.issuer)).toEqual(['TRF4', 'TJSC'])
    expectNoSeedSecretIn(JSON.stringify(exported.skipped))
  })

  it('reports a corrupt QR code by index, imports the others and says which QR code is missing', async () => {
    const source = await newStore()
    await twelve(source.store)
    const { uris } = await exportMigrationUris(source.store, { batchSize: 5 })
    const corrupt = uris[1]!.replace(/data=.{12}/, 'data=%%%%not-base64')
    const target = await newStore()
    const report = await importMigrationUris(target.store, [uris[0]!, corrupt, uris[2]!, uris[0]!])
    expect(report.imported).toHaveLength(7)
    expect(report.failed.map((i) => [i.index, i.code, i.reason])).toEqual([
      [1, 'MIGRATION_INVALID', 'BASE64'],
    ])
    expect(report.skipped.map((i) => [i.index, i.code])).toEqual([[3, 'DUPLICATE_BATCH']])
    expect(report.complete).toBe(false)
    expect(report.batches[0]).toMatchObject({ size: 3, received: [0, 2], missing: [1] })
    expectNoSeedSecretIn(JSON.stringify(report))
    expect(JSON.stringify(report)).not.toContain(uris[1]!.slice(30, 60))
  })

  it('reads the documented example and reports HOTP and MD5 entries by position', async () => {
    const { store } = await newStore()
    const example =
      'otpauth-migration://offline?data=CjEKCkhlbGxvId6tvu8SGEV4YW1wbGU6YWxpY2VAZ29vZ2xlLmNvbRoHRXhhbXBsZTAC'
    const [mixed] = buildMigrationUris([
      {
        type: 'hotp',
        secret: COURT_KEY_BYTES,
        issuer: 'TJRS',
        account: 'h',
        algorithm: 'SHA1',
        digits: 6,
        period: 30,
        counter: 3,
      },
      {
        type: 'totp',
        secret: COURT_KEY_BYTES,
        account: 'sem-emissor',
        algorithm: 'SHA1',
        digits: 6,
        period: 30,
      },
      {
        type: 'totp',
        secret: COURT_KEY_BYTES,
        issuer: 'TRF4',
        account: 't',
        algorithm: 'SHA1',
        digits: 6,
        period: 30,
      },
    ])
    const report = await importMigrationUris(store, [example, mixed!], { defaults: { owner: 'Ana' } })
    expect(report.imported.map((s) => [s.issuer, s.account, s.owner])).toEqual([
      ['Example', 'alice@google.com', 'Ana'],
      ['TRF4', 't', 'Ana'],
    ])
    expect(report.skipped.map((i) => [i.index, i.position, i.code, i.reason, i.issuer])).toEqual([
      [1, 0, 'UNSUPPORTED_TYPE', 'hotp', 'TJRS'],
    ])
    expect(report.failed.map((i) => [i.index, i.position, i.code, i.field, i.account])).toEqual([
      [1, 1, 'INVALID_INPUT', 'issuer', 'sem-emissor'],
    ])
    // Two exports of one QR code each: both complete.
    expect(report.batches.map((b) => b.missing)).toEqual([[], []])
    expect(report.complete).toBe(true)

    const md5 = await importMigrationUris(store, [md5Export()])
    expect(md5.imported).toEqual([])
    expect(md5.skipped).toMatchObject([
      { index: 0, position: 0, code: 'MIGRATION_INVALID', reason: 'UNSUPPORTED_ALGORITHM', issuer: 'TJRS' },
    ])
  })
})
