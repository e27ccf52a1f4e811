import { readFileSync } from 'node:fs'
import { createCipheriv, randomBytes, scryptSync } from 'node:crypto'
import { totp, type Algorithm } from '@a2f/core'
import { describe, expect, it } from 'vitest'
import type { CredentialStore } from '../model/credential-store.js'
import { importAegisVault } from '../transfer/import-aegis.js'
import { expectStorageError, exposedText } from './contract/store-contract.js'
import { AT, newStore } from './transfer-support.js'

/**
 * Aegis vaults built here with node:crypto from the format description (Aegis docs/vault.md), sharing
 * no code with src/transfer, plus Aegis's own test vaults (fixtures/aegis, see its README).
 */

const PASSWORD = 'senha do Aegis ção'

const ENTRIES = [
  {
    type: 'totp',
    uuid: 'u1',
    name: 'RS012345',
    issuer: 'TRF4',
    note: 'chave do eproc',
    favorite: false,
    info: { secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', algo: 'SHA1', digits: 6, period: 30 },
  },
  {
    type: 'hotp',
    uuid: 'u2',
    name: 'h',
    issuer: 'TJRS',
    note: '',
    info: { secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', algo: 'SHA1', digits: 6, counter: 4 },
  },
  {
    type: 'totp',
    uuid: 'u3',
    name: 'joao',
    issuer: 'TJSC',
    note: '',
    info: { secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', algo: 'SHA512', digits: 8, period: 60 },
  },
  {
    type: 'steam',
    uuid: 'u4',
    name: 's',
    issuer: 'Steam',
    note: '',
    info: { secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', algo: 'SHA1', digits: 5, period: 30 },
  },
  {
    type: 'totp',
    uuid: 'u5',
    name: 'md5',
    issuer: 'X',
    note: '',
    info: { secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', algo: 'MD5', digits: 6, period: 30 },
  },
  {
    type: 'totp',
    uuid: 'u6',
    name: 'typo',
    issuer: 'Y',
    note: '',
    info: { secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PX0', algo: 'SHA1', digits: 6, period: 30 },
  },
  {
    type: 'motp',
    uuid: 'u7',
    name: 'm',
    issuer: 'Z',
    note: '',
    info: { secret: 'JBSWY3DPEHPK3PXP', algo: 'MD5', digits: 6, period: 10, pin: '1234' },
  },
  {
    type: 'yandex',
    uuid: 'u8',
    name: 'y',
    issuer: 'Yandex',
    note: '',
    info: { secret: 'JBSWY3DPEHPK3PXP', algo: 'SHA256', digits: 8, period: 30, pin: '1234' },
  },
]

function plainVault(entries: unknown[] = ENTRIES, dbVersion = 3): string {
  return JSON.stringify({
    version: 1,
    header: { slots: null, params: null },
    db: { version: dbVersion, entries, groups: [] },
  })
}

function seal(key: Buffer, plaintext: Buffer) {
  const nonce = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key, nonce)
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()])
  return { ciphertext, nonce: nonce.toString('hex'), tag: cipher.getAuthTag().toString('hex') }
}

/** An encrypted vault: a random master key wrapped in a password slot, the db sealed with it. */
function encryptedVault(options: { password?: string; n?: number; entries?: unknown[] } = {}): string {
  const n = options.n ?? 1024
  const masterKey = randomBytes(32)
  const salt = randomBytes(32)
  const slotKey = scryptSync(options.password ?? PASSWORD, salt, 32, {
    N: n,
    r: 8,
    p: 1,
    maxmem: 64 * 1024 * 1024,
  })
  const wrapped = seal(slotKey, masterKey)
  const db = seal(
    masterKey,
    Buffer.from(JSON.stringify({ version: 3, entries: options.entries ?? ENTRIES, groups: [] })),
  )
  return JSON.stringify({
    version: 1,
    header: {
      slots: [
        {
          type: 2,
          uuid: 'bio',
          key: randomBytes(32).toString('hex'),
          key_params: { nonce: db.nonce, tag: db.tag },
        },
        {
          type: 1,
          uuid: 'pw',
          key: wrapped.ciphertext.toString('hex'),
          key_params: { nonce: wrapped.nonce, tag: wrapped.tag },
          n,
          r: 8,
          p: 1,
          salt: salt.toString('hex'),
          repaired: true,
          is_backup: false,
        },
      ],
      params: { nonce: db.nonce, tag: db.tag },
    },
    db: db.ciphertext.toString('base64'),
  })
}

/** Codes of the store at `AT` by issuer, and the codes the core computes from the vault's keys. */
async function expectCodesOf(
  store: CredentialStore,
  expected: { issuer: string; secret: string; algo: string; digits: number; period: number }[],
) {
  const names = new Map((await store.list()).map((s) => [s.id, s.issuer]))
  const { codes } = await store.codes({ timestamp: AT })
  const actual = Object.fromEntries(codes.map((c) => [names.get(c.id), c.code]))
  const wanted = Object.fromEntries(
    expected.map((e) => [
      e.issuer,
      totp(e.secret, { algorithm: e.algo as Algorithm, digits: e.digits, period: e.period, timestamp: AT }),
    ]),
  )
  expect(actual).toEqual(wanted)
}

const IMPORTED_HERE = [
  { issuer: 'TRF4', secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', algo: 'SHA1', digits: 6, period: 30 },
  { issuer: 'TJSC', secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', algo: 'SHA512', digits: 8, period: 60 },
]

function expectEntryReport(report: Awaited<ReturnType<typeof importAegisVault>>) {
  expect(report.imported.map((s) => [s.issuer, s.account, s.notes])).toEqual([
    ['TRF4', 'RS012345', 'chave do eproc'],
    ['TJSC', 'joao', undefined],
  ])
  expect(report.skipped.map((i) => [i.index, i.code, i.reason, i.issuer])).toEqual([
    [1, 'UNSUPPORTED_TYPE', 'hotp', 'TJRS'],
    [3, 'UNSUPPORTED_TYPE', 'steam', 'Steam'],
    [6, 'UNSUPPORTED_TYPE', 'motp', 'Z'],
    [7, 'UNSUPPORTED_TYPE', 'yandex', 'Yandex'],
  ])
  expect(report.failed.map((i) => [i.index, i.code, i.field, i.account])).toEqual([
    [4, 'OPTION_INVALID', 'algorithm', 'md5'],
    [5, 'SECRET_INVALID_CHARACTER', undefined, 'typo'],
  ])
  const text = JSON.stringify(report)
  for (const entry of ENTRIES) expect(text).not.toContain(entry.info.secret.slice(0, 16))
}

const fixture = (name: string) => readFileSync(new URL(`./fixtures/aegis/${name}`, import.meta.url), 'utf8')

/** The TOTP entries of Aegis's own test vaults (the same in the plain and the encrypted file). */
const AEGIS_FIXTURE_TOTP = [
  {
    issuer: 'Deno',
    account: 'Mason',
    secret: '4SJHB4GSD43FZBAI7C2HLRJGPQ',
    algo: 'SHA1',
    digits: 6,
    period: 30,
  },
  {
    issuer: 'SPDX',
    account: 'James',
    secret: '5OM4WOOGPLQEF6UGN3CPEOOLWU',
    algo: 'SHA256',
    digits: 7,
    period: 20,
  },
  {
    issuer: 'Airbnb',
    account: 'Elijah',
    secret: '7ELGJSGXNCCTV3O6LKJWYFV2RA',
    algo: 'SHA512',
    digits: 8,
    period: 50,
  },
]

describe('Aegis vault import', () => {
  it('imports the TOTP entries of a plain vault and reports the others per entry', async () => {
    const { store } = await newStore()
    const report = await importAegisVault(store, plainVault())
    expectEntryReport(report)
    await expectCodesOf(store, IMPORTED_HERE)
  })

  it('opens an encrypted vault with its password (scrypt slot, AES-256-GCM master key and db)', async () => {
    const { store } = await newStore()
    const report = await importAegisVault(store, encryptedVault(), { password: PASSWORD })
    expectEntryReport(report)
    await expectCodesOf(store, IMPORTED_HERE)
  })

  it("imports Aegis's own test vaults, plain and encrypted (password 'test')", async () => {
    for (const [name, password] of [
      ['aegis_plain.json', undefined],
      ['aegis_encrypted.json', 'test'],
    ] as const) {
      const { store } = await newStore()
      const report = await importAegisVault(store, fixture(name), password === undefined ? {} : { password })
      expect(report.imported.map((s) => [s.issuer, s.account, s.otp])).toEqual(
        AEGIS_FIXTURE_TOTP.map((e) => [
          e.issuer,
          e.account,
          { algorithm: e.algo, digits: e.digits, period: e.period },
        ]),
      )
      expect(report.skipped.map((i) => [i.index, i.reason])).toEqual([
        [3, 'hotp'],
        [4, 'hotp'],
        [5, 'hotp'],
        [6, 'steam'],
      ])
      expect(report.failed).toEqual([])
      await expectCodesOf(store, AEGIS_FIXTURE_TOTP)
    }
  })

  it('refuses a wrong password, asks for a missing one, and writes nothing', async () => {
    const { store } = await newStore()
    const vault = encryptedVault()
    const wrong = await expectStorageError(
      importAegisVault(store, vault, { password: 'senha errada' }),
      'WRONG_PASSPHRASE',
    )
    expect(exposedText(wrong)).not.toContain('senha')
    await expectStorageError(
      importAegisVault(store, fixture('aegis_encrypted.json'), { password: 'tset' }),
      'WRONG_PASSPHRASE',
    )
    const missing = await expectStorageError(importAegisVault(store, vault), 'INVALID_INPUT')
    expect(missing.details.field).toBe('password')
    expect(await store.list()).toEqual([])
    expect(await store.history()).toEqual([])
  })

  it('tells a file that is not an Aegis vault, a newer one, an altered one and refused scrypt settings apart', async () => {
    const { store } = await newStore()
    const reasonOf = async (json: string, password?: string) =>
      (
        await expectStorageError(
          importAegisVault(store, json, password === undefined ? {} : { password }),
          'BACKUP_INVALID',
        )
      ).details.reason
    expect(await reasonOf('{"version":1,')).toBe('JSON')
    expect(await reasonOf('{"format":"a2f-backup","version":1}')).toBe('FORMAT')
    expect(await reasonOf(JSON.stringify({ version: 1, header: {}, db: { version: 1 } }))).toBe('FORMAT')
    expect(await reasonOf(plainVault().replace('"version":1', '"version":2'))).toBe('VERSION')
    expect(await reasonOf(plainVault(ENTRIES, 4))).toBe('VERSION')

    const vault = JSON.parse(encryptedVault()) as { db: string; header: { slots: { n?: number }[] } }
    const altered = { ...vault, db: (vault.db[0] === 'A' ? 'B' : 'A') + vault.db.slice(1) }
    expect(await reasonOf(JSON.stringify(altered), PASSWORD)).toBe('TAMPERED')
    vault.header.slots[1]!.n = 2 ** 30
    expect(await reasonOf(JSON.stringify(vault), PASSWORD)).toBe('KDF')
    vault.header.slots = [vault.header.slots[0]!]
    expect(await reasonOf(JSON.stringify(vault), PASSWORD)).toBe('FORMAT')
    expect(await store.list()).toEqual([])
  })

  it('uses the password as UTF-8 without normalisation, as Aegis does', async () => {
    const { store } = await newStore()
    const decomposed = 'senha c\u0327'
    const vault = encryptedVault({ password: decomposed, entries: [ENTRIES[0]] })
    await expectStorageError(
      importAegisVault(store, vault, { password: decomposed.normalize('NFC') }),
      'WRONG_PASSPHRASE',
    )
    expect((await importAegisVault(store, vault, { password: decomposed })).imported).toHaveLength(1)
  })

  it('fills a missing issuer from the defaults', async () => {
    const { store } = await newStore()
    const entry = { ...ENTRIES[0], issuer: '', note: undefined }
    const without = await importAegisVault(store, plainVault([entry]))
    expect(without.failed.map((i) => [i.code, i.field])).toEqual([['INVALID_INPUT', 'issuer']])
    const withDefaults = await importAegisVault(store, plainVault([entry]), { defaults: { issuer: 'TRF4' } })
    expect(withDefaults.imported.map((s) => s.issuer)).toEqual(['TRF4'])
  })
})
