import { createCipheriv, randomBytes, scryptSync } from 'node:crypto'
import { buildMigrationUris } from '@a2f/core'
import { scryptAsync } from '@noble/hashes/scrypt.js'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryAdapter } from '../adapters/memory.js'
import { readBackup } from '../backup/read-backup.js'
import { importBackup } from '../backup/import-backup.js'
import { checkKdfParams, DEFAULT_KDF_COST, newKdfParams } from '../crypto/kdf.js'
import { changePassphrase, createVault, unlockVault } from '../crypto/passphrase-vault.js'
import type { StorageErrorCode } from '../errors.js'
import {
  MAX_AEGIS_ENTRIES,
  MAX_AEGIS_LENGTH,
  MAX_AEGIS_PASSWORD_SLOTS,
  MAX_AEGIS_SLOTS,
  MAX_BACKUP_ENTRIES,
  MAX_BACKUP_LENGTH,
  MAX_JSON_DEPTH,
  MAX_KDF_MEMORY_BYTES,
  MAX_KDF_WORK,
  MAX_MIGRATION_IMPORT_ENTRIES,
  MAX_MIGRATION_IMPORT_URIS,
  MAX_OTPAUTH_IMPORT_LENGTH,
  MAX_OTPAUTH_IMPORT_URIS,
  MAX_SALT_BYTES,
  type LimitDetails,
} from '../limits.js'
import { FAST_KDF } from '../test-support/fast-keys.js'
import { importAegisVault } from '../transfer/import-aegis.js'
import { importMigrationUris } from '../transfer/import-migration.js'
import { importOtpauthUris } from '../transfer/import-otpauth.js'
import { openCredentials } from '../transfer/open-credentials.js'
import { parseBoundedJson } from '../transfer/bounded-json.js'
import { nodeKeys, nodeSeal, sortedJson } from './backup-node-format.js'
import { expectStorageError } from './contract/store-contract.js'
import { newStore, seed } from './transfer-support.js'

/**
 * Hostile input for every reader of outside data (issue 13): costly scrypt settings, huge counts and
 * lengths, nesting, repeated members, wrong types. Each is refused with a typed error naming the limit
 * (limits.ts). That the refusal comes before any key derivation is asserted by construction: scrypt is
 * spied on and must not have been called (and `JSON.parse` for the length limits), never by timing.
 */

vi.mock('@noble/hashes/scrypt.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@noble/hashes/scrypt.js')>()
  return { ...actual, scryptAsync: vi.fn(actual.scryptAsync) }
})
const scrypt = vi.mocked(scryptAsync)

beforeEach(() => {
  scrypt.mockClear()
})
afterEach(() => vi.restoreAllMocks())

const PASSPHRASE = 'cópia de segurança 2026'
const KEY = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'

/** Rejects with `code` and exactly these limit details, having derived nothing. */
async function expectRefused(
  promise: Promise<unknown>,
  code: StorageErrorCode,
  details: Record<string, unknown>,
) {
  const error = await expectStorageError(promise, code)
  expect(error.details).toMatchObject(details)
  expect(scrypt).not.toHaveBeenCalled()
  return error
}

const limit = (name: LimitDetails['limit'], maximum: number, actual: number) => ({
  limit: name,
  maximum,
  actual,
})

/** A real backup (one credential, fast scrypt) whose parsed file `change` edits. */
function backup(change: (file: Record<string, any>) => void = () => {}, content?: unknown): string {
  const text = nodeSeal(
    content ?? { credentials: [{ id: 'a', issuer: 'TRF4', account: 'RS1', secret: KEY }] },
    PASSPHRASE,
  )
  const file = JSON.parse(text) as Record<string, any>
  change(file)
  return JSON.stringify(file)
}

describe('scrypt limits', () => {
  it('accept our default, Aegis default and costs up to four times ours; refuse beyond', () => {
    const salt = Buffer.alloc(32, 1).toString('base64')
    const params = (cost: object) => ({ name: 'scrypt', ...DEFAULT_KDF_COST, salt, ...cost })
    for (const cost of [{}, { N: 2 ** 15 }, { N: 2 ** 19 }, { N: 2 ** 18, p: 2 }, { N: 2 ** 17, p: 4 }]) {
      expect(checkKdfParams(params(cost))).toMatchObject(cost)
    }
    const refused = (cost: object) => {
      try {
        checkKdfParams(params(cost))
      } catch (error) {
        return (error as { code: string; details: unknown }).details
      }
      throw new Error('accepted')
    }
    expect(refused({ N: 2 ** 20 })).toMatchObject(
      limit('MAX_KDF_MEMORY_BYTES', MAX_KDF_MEMORY_BYTES, 2 ** 30),
    )
    expect(refused({ N: 2 ** 22, r: 4 })).toMatchObject(
      limit('MAX_KDF_MEMORY_BYTES', MAX_KDF_MEMORY_BYTES, 2 ** 31),
    )
    expect(refused({ N: 2 ** 18, p: 3 })).toMatchObject(limit('MAX_KDF_WORK', MAX_KDF_WORK, 3 * 2 ** 21))
    expect(refused({ p: 16 })).toMatchObject(limit('MAX_KDF_WORK', MAX_KDF_WORK, 2 ** 24))
    expect(refused({ salt: 'A'.repeat(92) })).toMatchObject(limit('MAX_SALT_BYTES', MAX_SALT_BYTES, 69))
    // 88 characters without padding decode to 66 bytes: judged again once decoded.
    expect(refused({ salt: 'A'.repeat(88) })).toMatchObject(limit('MAX_SALT_BYTES', MAX_SALT_BYTES, 66))
    expect(refused({ salt: 'A'.repeat(20) })).toEqual({ reason: 'the salt is shorter than 16 bytes' })
    expect(refused({ p: 2 ** 30 })).toEqual({ reason: 'scrypt p must be 1 to 16' })
    // Writers are held to the same limits: a2f never writes what it would refuse to read.
    expect(() => newKdfParams({ N: 2 ** 20 })).toThrow(expect.objectContaining({ code: 'KEY_INVALID' }))
  })
})

describe('backup reader', () => {
  const reasonOf = async (text: string) =>
    (await expectStorageError(readBackup(text, PASSPHRASE), 'BACKUP_INVALID')).details

  it('refuses costly scrypt settings before deriving: 2 GiB, huge p, repeated N, past the ranges', async () => {
    const kdf = (cost: object) => backup((f) => Object.assign(f.kdf, cost))
    await expectRefused(readBackup(kdf({ N: 2 ** 22, r: 4 }), PASSPHRASE), 'BACKUP_INVALID', {
      reason: 'KDF',
      ...limit('MAX_KDF_MEMORY_BYTES', MAX_KDF_MEMORY_BYTES, 2 ** 31),
    })
    await expectRefused(readBackup(kdf({ N: 2 ** 17, r: 8, p: 16 }), PASSPHRASE), 'BACKUP_INVALID', {
      reason: 'KDF',
      ...limit('MAX_KDF_WORK', MAX_KDF_WORK, 2 ** 24),
    })
    await expectRefused(readBackup(kdf({ N: 2 ** 22, r: 4, p: 16 }), PASSPHRASE), 'BACKUP_INVALID', {
      reason: 'KDF',
      limit: 'MAX_KDF_MEMORY_BYTES',
    })
    // A repeated member: JSON.parse keeps the last, and the last is what is judged.
    const repeated = backup().replace('"N":1024', '"N":1024,"N":4194304,"r":4')
    await expectRefused(readBackup(repeated, PASSPHRASE), 'BACKUP_INVALID', {
      reason: 'KDF',
      limit: 'MAX_KDF_MEMORY_BYTES',
    })
    for (const cost of [{ N: '1024' }, { N: 1e300 }, { N: 1024.5 }, { N: -1024 }, { r: 0 }, { p: 2 ** 40 }]) {
      await expectRefused(readBackup(kdf(cost), PASSPHRASE), 'BACKUP_INVALID', { reason: 'KDF' })
    }
    await expectRefused(readBackup(kdf({ salt: 42 }), PASSPHRASE), 'BACKUP_INVALID', { reason: 'KDF' })
    await expectRefused(
      readBackup(
        backup((f) => (f.kdf = [1024, 8, 1])),
        PASSPHRASE,
      ),
      'BACKUP_INVALID',
      {
        reason: 'KDF',
      },
    )
  })

  it('judges a salt by its length, never decoding a 50 MB one', async () => {
    // Not base64 at its very end: decoding would say so; the length alone refuses it first.
    const huge = backup((f) => (f.kdf.salt = 'A'.repeat(50_000_000) + '!'))
    await expectRefused(readBackup(huge, PASSPHRASE), 'BACKUP_INVALID', {
      reason: 'KDF',
      ...limit('MAX_SALT_BYTES', MAX_SALT_BYTES, 37_500_000),
    })
  })

  it('refuses a file longer than MAX_BACKUP_LENGTH before parsing it', async () => {
    const long = backup().replace('{', `{"pad":"${'x'.repeat(MAX_BACKUP_LENGTH)}",`)
    const parse = vi.spyOn(JSON, 'parse')
    await expectRefused(readBackup(long, PASSPHRASE), 'BACKUP_INVALID', {
      reason: 'TOO_LARGE',
      ...limit('MAX_BACKUP_LENGTH', MAX_BACKUP_LENGTH, long.length),
    })
    expect(parse).not.toHaveBeenCalled()
  })

  it('refuses nesting and piles of values in the clear header before deriving', async () => {
    const nested = backup((f) => (f.x = 'NESTED')).replace(
      '"NESTED"',
      '['.repeat(100_000) + ']'.repeat(100_000),
    )
    await expectRefused(readBackup(nested, PASSPHRASE), 'BACKUP_INVALID', {
      reason: 'TOO_LARGE',
      ...limit('MAX_JSON_DEPTH', MAX_JSON_DEPTH, MAX_JSON_DEPTH + 1),
    })
    const many = backup((f) => (f.x = new Array(1000).fill(0)))
    await expectRefused(readBackup(many, PASSPHRASE), 'BACKUP_INVALID', {
      reason: 'TOO_LARGE',
      limit: 'MAX_JSON_VALUES_PER_ENTRY',
    })
    // A member or two added by hand still reads as an edit.
    expect(await reasonOf(backup((f) => (f.comment = ['a', 'b'])))).toEqual({ reason: 'TAMPERED' })
  })

  it('reads MAX_BACKUP_ENTRIES credentials and refuses one more, importing nothing', async () => {
    const entries = (count: number) => ({ credentials: new Array(count).fill({}) })
    expect(
      (await readBackup(nodeSeal(entries(MAX_BACKUP_ENTRIES), PASSPHRASE), PASSPHRASE)).credentials,
    ).toHaveLength(MAX_BACKUP_ENTRIES)
    const { store } = await newStore()
    const over = nodeSeal(entries(MAX_BACKUP_ENTRIES + 1), PASSPHRASE)
    const error = await expectStorageError(
      importBackup(store, over, { passphrase: PASSPHRASE }),
      'BACKUP_INVALID',
    )
    expect(error.details).toEqual({
      reason: 'TOO_LARGE',
      ...limit('MAX_BACKUP_ENTRIES', MAX_BACKUP_ENTRIES, MAX_BACKUP_ENTRIES + 1),
    })
    expect(await store.list()).toEqual([])
  })

  it('bounds the encrypted content too: nesting and values are counted before it is parsed', async () => {
    const empty = nodeSeal({ credentials: [] }, PASSPHRASE)
    // Built as text: JSON.stringify itself cannot write 100,000 levels.
    const nestedContent = sealText(`{"credentials":[${'['.repeat(100_000)}${']'.repeat(100_000)}]}`)
    expect(await reasonOf(nestedContent)).toMatchObject({ reason: 'TOO_LARGE', limit: 'MAX_JSON_DEPTH' })
    const tiny = sealText(`{"credentials":[[${new Array(3_300_000).fill(0).join(',')}]]}`)
    expect(await reasonOf(tiny)).toMatchObject({ reason: 'TOO_LARGE', limit: 'MAX_JSON_VALUES_PER_ENTRY' })
    expect((await readBackup(empty, PASSPHRASE)).credentials).toEqual([])
  })

  it('refuses wrong types and lengths past the end with the documented reasons', async () => {
    expect(await reasonOf(backup((f) => (f.cipher = 'AES-256-GCM')))).toEqual({ reason: 'FORMAT' })
    expect(await reasonOf(backup((f) => (f.createdAt = 20260504)))).toEqual({ reason: 'FORMAT' })
    expect(await reasonOf(backup((f) => (f.data = 42)))).toEqual({ reason: 'TAMPERED' })
    // An IV of 13 bytes, or a megabyte of one (not decoded), a data shorter than its tag.
    expect(await reasonOf(backup((f) => (f.cipher.iv = Buffer.alloc(13).toString('base64'))))).toEqual({
      reason: 'TAMPERED',
    })
    expect(await reasonOf(backup((f) => (f.cipher.iv = 'A'.repeat(1_000_000))))).toEqual({
      reason: 'TAMPERED',
    })
    expect(await reasonOf(backup((f) => (f.data = (f.data as string).slice(0, 20))))).toEqual({
      reason: 'TAMPERED',
    })
    expect(await reasonOf(sealText('{"credentials":{"0":{}}}'))).toEqual({ reason: 'FORMAT' })
    expect(await reasonOf(sealText('{"credentials":[]'))).toEqual({ reason: 'FORMAT' })
    await expectStorageError(readBackup(42 as never, PASSPHRASE), 'BACKUP_INVALID')
  })
})

/** A backup whose encrypted content is `json` exactly as written (nodeSeal takes a value). */
function sealText(json: string): string {
  const file = JSON.parse(nodeSeal({}, PASSPHRASE)) as Record<string, any>
  const { check: _check, data: _data, ...header } = file
  const keys = nodeKeys(PASSPHRASE, file.kdf)
  const cipher = createCipheriv('aes-256-gcm', keys.data, Buffer.from(file.cipher.iv, 'base64'))
  cipher.setAAD(Buffer.from(sortedJson(header), 'utf8'))
  const sealed = Buffer.concat([cipher.update(json, 'utf8'), cipher.final(), cipher.getAuthTag()])
  return JSON.stringify({ ...file, data: sealed.toString('base64') })
}

describe('vault record', () => {
  /** A vault, then its stored record edited as an attacker with database access would. */
  async function editedVault(change: (document: Record<string, any>) => void) {
    const adapter = createMemoryAdapter()
    await createVault(adapter, { passphrase: PASSPHRASE, kdf: FAST_KDF })
    const meta = (await adapter.getMeta('default', 'vault'))!
    const document = structuredClone(meta.value) as Record<string, any>
    change(document)
    await adapter.putMeta('default', 'vault', document, meta.version)
    scrypt.mockClear()
    return adapter
  }

  it('refuses costly scrypt settings in an edited row before deriving (unlock and change)', async () => {
    const costly = await editedVault((d) => Object.assign(d.kdf, { N: 2 ** 22, r: 4 }))
    const error = await expectRefused(unlockVault(costly, { passphrase: PASSPHRASE }), 'KEY_INVALID', {
      ...limit('MAX_KDF_MEMORY_BYTES', MAX_KDF_MEMORY_BYTES, 2 ** 31),
    })
    expect(error.message).toContain('MAX_KDF_MEMORY_BYTES')
    await expectRefused(
      changePassphrase(costly, { current: PASSPHRASE, next: 'outra frase longa' }),
      'KEY_INVALID',
      { limit: 'MAX_KDF_MEMORY_BYTES' },
    )
    const parallel = await editedVault((d) => Object.assign(d.kdf, { N: 2 ** 17, r: 8, p: 16 }))
    await expectRefused(unlockVault(parallel, { passphrase: PASSPHRASE }), 'KEY_INVALID', {
      ...limit('MAX_KDF_WORK', MAX_KDF_WORK, 2 ** 24),
    })
    const salty = await editedVault((d) => (d.kdf.salt = 'A'.repeat(50_000_000)))
    await expectRefused(unlockVault(salty, { passphrase: PASSPHRASE }), 'KEY_INVALID', {
      limit: 'MAX_SALT_BYTES',
    })
    for (const kdf of [null, 'scrypt', { name: 'scrypt', N: '1024', r: 8, p: 1 }, []]) {
      const odd = await editedVault((d) => (d.kdf = kdf))
      await expectRefused(unlockVault(odd, { passphrase: PASSPHRASE }), 'KEY_INVALID', {})
    }
  })

  it('refuses a huge key id or wrapped key without opening it', async () => {
    for (const change of [
      (d: Record<string, any>) => (d.keyId = 'v'.repeat(1_000_000)),
      (d: Record<string, any>) => (d.keyId = 'v-1:2'),
      (d: Record<string, any>) => (d.wrappedKey = `a2f1:kek:${'A'.repeat(10_000_000)}`),
      (d: Record<string, any>) => (d.wrappedKey = 42),
    ]) {
      const adapter = await editedVault(change)
      await expectRefused(unlockVault(adapter, { passphrase: PASSPHRASE }), 'KEY_INVALID', {
        reason: 'the vault record is not an a2f vault',
      })
    }
  })

  it('refuses to create a vault past the limits', async () => {
    await expectRefused(
      createVault(createMemoryAdapter(), { passphrase: PASSPHRASE, kdf: { N: 2 ** 17, p: 8 } }),
      'KEY_INVALID',
      { limit: 'MAX_KDF_WORK' },
    )
  })
})

describe('Aegis reader', () => {
  const AEGIS_PASSWORD = 'senha do Aegis'

  function seal(key: Buffer, plaintext: Buffer) {
    const nonce = randomBytes(12)
    const cipher = createCipheriv('aes-256-gcm', key, nonce)
    const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()])
    return { ciphertext, nonce: nonce.toString('hex'), tag: cipher.getAuthTag().toString('hex') }
  }

  /** A password slot: real (opens `masterKey` with AEGIS_PASSWORD) or a decoy of the same shape. */
  function slot(options: { masterKey?: Buffer; n?: number; r?: number; p?: number; salt?: string } = {}) {
    const { n = 1024, r = 8, p = 1 } = options
    const salt = options.salt ?? randomBytes(32).toString('hex')
    const wrapped =
      options.masterKey === undefined
        ? seal(randomBytes(32), randomBytes(32))
        : seal(
            scryptSync(AEGIS_PASSWORD, Buffer.from(salt, 'hex'), 32, { N: n, r, p, maxmem: 2 ** 28 }),
            options.masterKey,
          )
    return {
      type: 1,
      uuid: randomBytes(4).toString('hex'),
      key: wrapped.ciphertext.toString('hex'),
      key_params: { nonce: wrapped.nonce, tag: wrapped.tag },
      n,
      r,
      p,
      salt,
      repaired: true,
    }
  }

  const totpEntry = {
    type: 'totp',
    uuid: 'u',
    name: 'RS1',
    issuer: 'TRF4',
    note: '',
    info: { secret: KEY, algo: 'SHA1', digits: 6, period: 30 },
  }

  /** An encrypted vault: `slots(masterKey)` gives the header's slots. */
  function encrypted(slots: (masterKey: Buffer) => unknown[], entries: unknown[] = [totpEntry]): string {
    const masterKey = randomBytes(32)
    const db = seal(masterKey, Buffer.from(JSON.stringify({ version: 3, entries, groups: [] })))
    return JSON.stringify({
      version: 1,
      header: { slots: slots(masterKey), params: { nonce: db.nonce, tag: db.tag } },
      db: db.ciphertext.toString('base64'),
    })
  }

  const plain = (entries: unknown[]) =>
    JSON.stringify({
      version: 1,
      header: { slots: null, params: null },
      db: { version: 3, entries, groups: [] },
    })

  async function importing(json: string) {
    const { store } = await newStore()
    return { store, result: importAegisVault(store, json, { password: AEGIS_PASSWORD }) }
  }

  it("imports at Aegis's own cost (N = 2^15) with MAX_AEGIS_PASSWORD_SLOTS password slots", async () => {
    const vault = encrypted((masterKey) => [
      slot({ masterKey, n: 2 ** 15 }),
      ...Array.from({ length: MAX_AEGIS_PASSWORD_SLOTS - 1 }, () => slot({ n: 2 ** 15 })),
    ])
    const { result } = await importing(vault)
    expect((await result).imported.map((s) => s.account)).toEqual(['RS1'])
    expect(scrypt).toHaveBeenCalledTimes(1) // the first slot opened
  })

  it('refuses a costly slot, too many slots, and slots that together cost too much, before deriving', async () => {
    const costly = encrypted(() => [slot({ n: 2 ** 22, r: 4 })])
    await expectRefused((await importing(costly)).result, 'BACKUP_INVALID', {
      reason: 'KDF',
      ...limit('MAX_KDF_MEMORY_BYTES', MAX_KDF_MEMORY_BYTES, 2 ** 31),
    })
    // The 64 password slots at Aegis's cost (14 s of derivations before), and one past the bound.
    const crowd = encrypted(() => Array.from({ length: 64 }, () => slot({ n: 2 ** 15 })))
    await expectRefused((await importing(crowd)).result, 'BACKUP_INVALID', {
      reason: 'TOO_LARGE',
      ...limit('MAX_AEGIS_SLOTS', MAX_AEGIS_SLOTS, 64),
    })
    const oneMore = encrypted(() =>
      Array.from({ length: MAX_AEGIS_PASSWORD_SLOTS + 1 }, () => slot({ n: 2 ** 15 })),
    )
    await expectRefused((await importing(oneMore)).result, 'BACKUP_INVALID', {
      reason: 'TOO_LARGE',
      ...limit('MAX_AEGIS_PASSWORD_SLOTS', MAX_AEGIS_PASSWORD_SLOTS, MAX_AEGIS_PASSWORD_SLOTS + 1),
    })
    const decoy = {
      type: 2,
      uuid: 'bio',
      key: 'ab'.repeat(32),
      key_params: { nonce: 'ab'.repeat(12), tag: 'ab'.repeat(16) },
    }
    const thousands = encrypted(() => new Array(10_000).fill(decoy))
    await expectRefused((await importing(thousands)).result, 'BACKUP_INVALID', {
      reason: 'TOO_LARGE',
      ...limit('MAX_AEGIS_SLOTS', MAX_AEGIS_SLOTS, 10_000),
    })
    // Each within the limits (2^22 of work), eight of them 2^25.
    const together = encrypted(() => Array.from({ length: 8 }, () => slot({ n: 2 ** 19 })))
    await expectRefused((await importing(together)).result, 'BACKUP_INVALID', {
      reason: 'KDF',
      ...limit('MAX_KDF_WORK', MAX_KDF_WORK, 2 ** 25),
    })
    const repeated = encrypted(() => [slot()]).replace('"n":1024', '"n":1024,"n":4194304,"r":4')
    await expectRefused((await importing(repeated)).result, 'BACKUP_INVALID', {
      reason: 'KDF',
      limit: 'MAX_KDF_MEMORY_BYTES',
    })
  })

  it('judges salts and hex fields by length, never decoding a 50 MB salt', async () => {
    const huge = encrypted(() => [slot({ salt: 'ab'.repeat(25_000_000) + 'zz' })])
    await expectRefused((await importing(huge)).result, 'BACKUP_INVALID', {
      reason: 'KDF',
      ...limit('MAX_SALT_BYTES', MAX_SALT_BYTES, 25_000_001),
    })
    const long = encrypted(() => [slot({ salt: 'ab'.repeat(MAX_SALT_BYTES + 1) })])
    await expectRefused((await importing(long)).result, 'BACKUP_INVALID', {
      reason: 'KDF',
      limit: 'MAX_SALT_BYTES',
    })
    // A key, nonce or tag of the wrong length (one byte past the end, or a megabyte): no usable slot.
    for (const edit of [
      (s: any) => (s.key = s.key + 'ab'),
      (s: any) => (s.key = 'ab'.repeat(500_000)),
      (s: any) => (s.key_params.nonce = s.key_params.nonce + 'ab'),
      (s: any) => (s.key_params.tag = s.key_params.tag.slice(2)),
      (s: any) => (s.key = s.key.slice(1)),
      (s: any) => (s.key_params = null),
    ]) {
      const broken = encrypted(() => {
        const s = slot()
        edit(s)
        return [s]
      })
      await expectRefused((await importing(broken)).result, 'BACKUP_INVALID', { reason: 'FORMAT' })
    }
    const hugeNonce = JSON.parse(encrypted(() => [slot()]))
    hugeNonce.header.params.nonce = 'ab'.repeat(10_000_000)
    await expectRefused((await importing(JSON.stringify(hugeNonce))).result, 'BACKUP_INVALID', {
      reason: 'FORMAT',
    })
  })

  it('refuses a file longer than MAX_AEGIS_LENGTH before parsing it', async () => {
    const { store } = await newStore()
    const long = `${' '.repeat(MAX_AEGIS_LENGTH)}${plain([])}`
    const parse = vi.spyOn(JSON, 'parse')
    await expectRefused(importAegisVault(store, long), 'BACKUP_INVALID', {
      reason: 'TOO_LARGE',
      ...limit('MAX_AEGIS_LENGTH', MAX_AEGIS_LENGTH, long.length),
    })
    expect(parse).not.toHaveBeenCalled()
  })

  it('reads MAX_AEGIS_ENTRIES entries and refuses one more, plain or encrypted, writing nothing', async () => {
    const hotp = {
      type: 'hotp',
      uuid: 'h',
      name: 'h',
      issuer: 'X',
      note: '',
      info: { secret: KEY, algo: 'SHA1', digits: 6, counter: 1 },
    }
    const full = await importing(plain(new Array(MAX_AEGIS_ENTRIES).fill(hotp)))
    expect((await full.result).skipped).toHaveLength(MAX_AEGIS_ENTRIES)
    const over = limit('MAX_AEGIS_ENTRIES', MAX_AEGIS_ENTRIES, MAX_AEGIS_ENTRIES + 1)
    const plainOver = await importing(plain(new Array(MAX_AEGIS_ENTRIES + 1).fill(totpEntry)))
    await expectRefused(plainOver.result, 'BACKUP_INVALID', { reason: 'TOO_LARGE', ...over })
    expect(await plainOver.store.list()).toEqual([])
    const sealedOver = await importing(
      encrypted((masterKey) => [slot({ masterKey })], new Array(MAX_AEGIS_ENTRIES + 1).fill(totpEntry)),
    )
    expect((await expectStorageError(sealedOver.result, 'BACKUP_INVALID')).details).toEqual({
      reason: 'TOO_LARGE',
      ...over,
    })
    expect(await sealedOver.store.list()).toEqual([])
  })

  it('refuses nesting and piles of values, and wrong types, with typed errors', async () => {
    const nested = plain([{ ...totpEntry, x: 'NESTED' }]).replace(
      '"NESTED"',
      '['.repeat(50_000) + ']'.repeat(50_000),
    )
    await expectRefused((await importing(nested)).result, 'BACKUP_INVALID', {
      reason: 'TOO_LARGE',
      limit: 'MAX_JSON_DEPTH',
    })
    const values = plain([{ ...totpEntry, icon: new Array(700_000).fill(0) }])
    await expectRefused((await importing(values)).result, 'BACKUP_INVALID', {
      reason: 'TOO_LARGE',
      limit: 'MAX_JSON_VALUES_PER_ENTRY',
    })
    const typed = async (json: string, reason: string) =>
      expectRefused((await importing(json)).result, 'BACKUP_INVALID', { reason })
    await typed(JSON.stringify({ version: 1, header: null, db: { version: 3, entries: [] } }), 'FORMAT')
    await typed(JSON.stringify({ version: 1, header: {}, db: { version: 3, entries: {} } }), 'FORMAT')
    await typed(JSON.stringify({ version: 1, header: {}, db: { version: '3', entries: [] } }), 'FORMAT')
    const slotsObject = JSON.parse(encrypted((masterKey) => [slot({ masterKey })]))
    slotsObject.header.slots = { 0: slotsObject.header.slots[0] }
    await typed(JSON.stringify(slotsObject), 'FORMAT')
    await typed(
      encrypted(() => [{ ...slot(), n: '1024' }]),
      'KDF',
    )
    await typed(
      encrypted(() => [{ ...slot(), salt: 1234 }]),
      'FORMAT',
    )
  })
})

describe('otpauth list reader', () => {
  const uri = (i: number) => `otpauth://totp/TRF4:RS${i}?secret=${KEY}&issuer=TRF4`

  it('refuses more than MAX_OTPAUTH_IMPORT_URIS lines or items, before importing the first', async () => {
    const { store } = await newStore()
    const lines = Array.from({ length: MAX_OTPAUTH_IMPORT_URIS + 1 }, (_, i) => uri(i))
    const error = await expectStorageError(importOtpauthUris(store, lines.join('\n')), 'BACKUP_INVALID')
    expect(error.details).toEqual({
      reason: 'TOO_LARGE',
      ...limit('MAX_OTPAUTH_IMPORT_URIS', MAX_OTPAUTH_IMPORT_URIS, MAX_OTPAUTH_IMPORT_URIS + 1),
    })
    expect((await expectStorageError(importOtpauthUris(store, lines), 'BACKUP_INVALID')).details).toEqual({
      reason: 'TOO_LARGE',
      ...limit('MAX_OTPAUTH_IMPORT_URIS', MAX_OTPAUTH_IMPORT_URIS, MAX_OTPAUTH_IMPORT_URIS + 1),
    })
    expect(await store.list()).toEqual([])
    expect(await store.history()).toEqual([])
  })

  it('refuses more than MAX_OTPAUTH_IMPORT_LENGTH characters, as text or as items together', async () => {
    const { store } = await newStore()
    const long = `${uri(1)}\n${'x'.repeat(MAX_OTPAUTH_IMPORT_LENGTH)}`
    expect((await expectStorageError(importOtpauthUris(store, long), 'BACKUP_INVALID')).details).toEqual({
      reason: 'TOO_LARGE',
      ...limit('MAX_OTPAUTH_IMPORT_LENGTH', MAX_OTPAUTH_IMPORT_LENGTH, long.length),
    })
    const half = 'x'.repeat(MAX_OTPAUTH_IMPORT_LENGTH / 2)
    const items = [uri(1), half, half]
    expect(
      (await expectStorageError(importOtpauthUris(store, items), 'BACKUP_INVALID')).details,
    ).toMatchObject({
      limit: 'MAX_OTPAUTH_IMPORT_LENGTH',
    })
    expect(await store.list()).toEqual([])
  })

  it('reads a text of nothing but line breaks, up to the limit, as no entries', async () => {
    const { store } = await newStore()
    const report = await importOtpauthUris(store, '\r\n'.repeat(MAX_OTPAUTH_IMPORT_LENGTH / 2))
    expect(report).toEqual({ imported: [], skipped: [], failed: [] })
  })

  it('numbers lines as before: CR, LF and CRLF end a line; white space of any kind is blank', async () => {
    const { store } = await newStore()
    const text = [uri(1), '\u00a0\u2003\ufeff\t', uri(2), '\u2028', 'not a uri'].join('\r') + '\n\n' + uri(3)
    const report = await importOtpauthUris(store, text)
    expect(report.imported.map((s) => s.account)).toEqual(['RS1', 'RS2', 'RS3'])
    expect(report.failed.map((i) => [i.index, i.code])).toEqual([[5, 'URI_INVALID']])
    // The rule, as it read before the scan: split at CRLF, CR or LF, number from 1, drop what trims to ''.
    const nonBlank = text
      .split(/\r\n|\r|\n/)
      .map((line, i) => ({ line, index: i + 1 }))
      .filter(({ line }) => line.trim() !== '')
      .map(({ index }) => index)
    expect(nonBlank).toEqual([1, 3, 5, 7])
  })
})

describe('Google export list reader', () => {
  const records = (count: number) =>
    Array.from({ length: count }, (_, i) => ({
      type: 'totp' as const,
      secret: new Uint8Array(10).fill(7),
      issuer: 'TRF4',
      account: `RS${i}`,
      algorithm: 'SHA1' as const,
      digits: 6,
      period: 30,
    }))

  it('refuses more than MAX_MIGRATION_IMPORT_URIS QR codes before reading any', async () => {
    const { store } = await newStore()
    const uri = buildMigrationUris(records(1))[0]!
    const error = await expectStorageError(
      importMigrationUris(store, new Array(MAX_MIGRATION_IMPORT_URIS + 1).fill(uri)),
      'BACKUP_INVALID',
    )
    expect(error.details).toEqual({
      reason: 'TOO_LARGE',
      ...limit('MAX_MIGRATION_IMPORT_URIS', MAX_MIGRATION_IMPORT_URIS, MAX_MIGRATION_IMPORT_URIS + 1),
    })
    expect(await store.list()).toEqual([])
  })

  it('refuses more than MAX_MIGRATION_IMPORT_ENTRIES accounts in all, importing nothing', async () => {
    const { store } = await newStore()
    // Accounts read count, a QR code given again included: it was read before it is found to be a rescan.
    const [full] = buildMigrationUris(records(1000), { batchSize: 1000 })
    const uris = new Array(MAX_MIGRATION_IMPORT_ENTRIES / 1000 + 1).fill(full)
    const error = await expectStorageError(importMigrationUris(store, uris), 'BACKUP_INVALID')
    expect(error.details).toEqual({
      reason: 'TOO_LARGE',
      ...limit(
        'MAX_MIGRATION_IMPORT_ENTRIES',
        MAX_MIGRATION_IMPORT_ENTRIES,
        MAX_MIGRATION_IMPORT_ENTRIES + 1000,
      ),
    })
    expect(await store.list()).toEqual([])
  })
})

describe('bounded JSON', () => {
  const parse = (text: string, maxValues = 100, maxDepth = 4) =>
    parseBoundedJson(text, { maxValues, maxDepth, notJson: 'JSON' })

  it('counts nothing inside strings, escaped quotes and backslashes included', () => {
    const text = JSON.stringify({ a: '[[[[[,,,,,]]]]] \\" \\\\" {{{{{', b: ['\\', '"', '\\"['] })
    expect(parse(text, 6, 2)).toEqual(JSON.parse(text))
  })

  it('refuses the first level or value past the limit, and names it', () => {
    const refused = (text: string, maxValues?: number, maxDepth?: number) => {
      try {
        parse(text, maxValues, maxDepth)
      } catch (error) {
        return (error as { details: unknown }).details
      }
      throw new Error('accepted')
    }
    expect(refused('[[[[[]]]]]')).toEqual({ reason: 'TOO_LARGE', ...limit('MAX_JSON_DEPTH', 4, 5) })
    expect(refused('[1,2,3,4]', 4)).toEqual({
      reason: 'TOO_LARGE',
      ...limit('MAX_JSON_VALUES_PER_ENTRY', 4, 5),
    })
    // An unterminated string hides the rest from the scan; JSON.parse then refuses it.
    expect(refused('["abc,[[[[[[')).toEqual({ reason: 'JSON' })
    expect(parse('{"a":1,"a":2}')).toEqual({ a: 2 })
  })
})

describe('exports', () => {
  it('refuses before opening anything when a file would hold more than its readers take', async () => {
    const { store } = await newStore()
    await seed(store)
    const refusal = new Error('too many')
    await expect(openCredentials(store, {}, { max: 2, refuse: () => refusal })).rejects.toBe(refusal)
    expect((await store.history()).filter((event) => event.action === 'reveal')).toEqual([])
    expect((await openCredentials(store, {}, { max: 3, refuse: () => refusal })).credentials).toHaveLength(3)
  })
})
