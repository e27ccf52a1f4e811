import { readFileSync } from 'node:fs'
import { totp } from '@a2f/core'
import { describe, expect, it } from 'vitest'
import { exportBackup } from '../backup/export-backup.js'
import { importBackup } from '../backup/import-backup.js'
import { readBackup } from '../backup/read-backup.js'
import type { CredentialStore } from '../model/credential-store.js'
import type { StoredCredential } from '../store/adapter.js'
import { FAST_KDF } from '../test-support/fast-keys.js'
import { nodeOpen, nodeSeal } from './backup-node-format.js'
import {
  COURT_KEY_BYTES,
  COURT_PASSWORD,
  expectStorageError,
  exposedText,
} from './contract/store-contract.js'
import { AT, OTHER_PASSWORD, expectNoSeedSecretIn, newStore, seed, tamper } from './transfer-support.js'

const PASSPHRASE = 'cópia de segurança 2026'

async function seededBackup() {
  const source = await newStore()
  const seeded = await seed(source.store)
  const backup = await exportBackup(source.store, { passphrase: PASSPHRASE, kdf: FAST_KDF, now: AT })
  return { ...source, seeded, backup }
}

/** Everything a store holds that a user could see, to check that a failed import changed nothing. */
async function snapshot(store: CredentialStore) {
  return { list: await store.list(), history: await store.history() }
}

/**
 * Comparable view of a credential: every field a backup keeps (creation included), secrets as arrays.
 * The import is the latest update and restarts the version, so those differ by design.
 */
async function contentOf(store: CredentialStore, id: string) {
  const { keyId: _k, updatedAt: _u, updatedBy: _ub, version: _v, ...rest } = await store.get(id)
  return { ...rest, secret: Array.from(rest.secret) }
}

function edit(text: string, change: (file: Record<string, unknown>) => void): string {
  const file = JSON.parse(text) as Record<string, unknown>
  change(file)
  return JSON.stringify(file, null, 2)
}

describe('encrypted backup', () => {
  it('round-trips into an empty store: same ids, codes, passwords and metadata', async () => {
    const { store, seeded, backup } = await seededBackup()
    expect(backup.exported).toBe(3)
    expect(backup.unreadable).toEqual([])

    const target = await newStore('carla')
    const report = await importBackup(target.store, backup.text, { passphrase: PASSPHRASE })
    expect(report.failed).toEqual([])
    expect(report.skipped).toEqual([])
    expect(report.imported.map((s) => s.id)).toEqual([seeded.court.id, seeded.sha256.id, seeded.bare.id])

    // Same ids, so the codes compare one to one (creation order may differ within a millisecond).
    const codes = async (s: CredentialStore) =>
      (await s.codes({ timestamp: AT })).codes.sort((a, b) => a.id.localeCompare(b.id))
    expect(await codes(target.store)).toEqual(await codes(store))
    expect((await codes(store)).map((c) => c.code)).toHaveLength(3)
    for (const id of [seeded.court.id, seeded.sha256.id, seeded.bare.id]) {
      expect(await contentOf(target.store, id)).toEqual(await contentOf(store, id))
    }
    const court = await target.store.get(seeded.court.id)
    expect(court.password).toBe(COURT_PASSWORD)
    expect((await target.store.get(seeded.sha256.id)).password).toBe(OTHER_PASSWORD)
    expect(court).toMatchObject({
      status: 'validated',
      validatedAt: Date.UTC(2026, 0, 15),
      validatedBy: 'bruno',
      notes: 'Chave entregue em 2026.\nSegunda linha.',
      createdBy: 'ana', // who first created it, kept
      updatedBy: 'carla', // the import
      version: 1,
    })
  })

  it('writes the documented file: header, scrypt parameters as asked, and a body any implementation opens', async () => {
    const { backup } = await seededBackup()
    const file = JSON.parse(backup.text) as Record<string, any>
    expect(Object.keys(file)).toEqual(['format', 'version', 'createdAt', 'kdf', 'cipher', 'check', 'data'])
    expect(file).toMatchObject({
      format: 'a2f-backup',
      version: 1,
      createdAt: new Date(AT).toISOString(),
      kdf: { name: 'scrypt', N: 1024, r: 8, p: 1 },
      cipher: { name: 'AES-256-GCM' },
    })
    expect(Buffer.from(file.kdf.salt, 'base64')).toHaveLength(32)
    expect(Buffer.from(file.cipher.iv, 'base64')).toHaveLength(12)
    expect(Buffer.from(file.check, 'base64')).toHaveLength(32)

    // node:crypto, following docs/backup-format.md only, derives the same keys and opens the data.
    const content = nodeOpen(backup.text, PASSPHRASE)
    expect(content.credentials).toHaveLength(3)
    expect(content.credentials[0]).toMatchObject({
      issuer: 'TRF4',
      secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ',
      password: COURT_PASSWORD,
      otp: { algorithm: 'SHA1', digits: 6, period: 30 },
      status: 'validated',
      version: 1,
    })
    expect(content.credentials[0]).not.toHaveProperty('keyId')
    // And the other way round: a file written by node:crypto opens here.
    const written = nodeSeal(content, PASSPHRASE)
    expect((await readBackup(written, PASSPHRASE)).credentials).toEqual(content.credentials)
  })

  it('derives the key with the parameters in the file: another N or salt no longer opens it', async () => {
    const { backup } = await seededBackup()
    const otherN = edit(backup.text, (f) => ((f.kdf as { N: number }).N = 2048))
    await expectStorageError(readBackup(otherN, PASSPHRASE), 'WRONG_PASSPHRASE')
    const otherSalt = edit(backup.text, (f) => ((f.kdf as { salt: string }).salt = 'A'.repeat(43) + '='))
    await expectStorageError(readBackup(otherSalt, PASSPHRASE), 'WRONG_PASSPHRASE')
    const tooCostly = edit(backup.text, (f) => ((f.kdf as { N: number }).N = 2 ** 30))
    expect((await expectStorageError(readBackup(tooCostly, PASSPHRASE), 'BACKUP_INVALID')).details).toEqual({
      reason: 'KDF',
    })
    const argon = edit(backup.text, (f) => ((f.kdf as { name: string }).name = 'argon2id'))
    expect((await expectStorageError(readBackup(argon, PASSPHRASE), 'BACKUP_INVALID')).details.reason).toBe(
      'KDF',
    )
  })

  it('refuses a wrong passphrase with WRONG_PASSPHRASE and writes nothing', async () => {
    const { backup } = await seededBackup()
    const target = await newStore()
    const before = await snapshot(target.store)
    const error = await expectStorageError(
      importBackup(target.store, backup.text, { passphrase: 'cópia de segurança 2025' }),
      'WRONG_PASSPHRASE',
    )
    expect(await snapshot(target.store)).toEqual(before)
    expect(exposedText(error)).not.toContain('segurança')
    expectNoSeedSecretIn(exposedText(error))
  })

  it('refuses a truncated file (JSON or TAMPERED) and writes nothing', async () => {
    const { backup } = await seededBackup()
    const target = await newStore()
    const text = backup.text
    const dataAt = text.indexOf('"data": "') + 9
    const cuts = [0, 1, 20, Math.floor(text.length / 3), dataAt + 10, text.length - 20, text.length - 2]
    for (const cut of cuts) {
      const error = await expectStorageError(
        importBackup(target.store, text.slice(0, cut), { passphrase: PASSPHRASE }),
        'BACKUP_INVALID',
      )
      expect(['JSON', 'TAMPERED']).toContain(error.details.reason)
    }
    // Cut inside `data` but closed again, so that the JSON is valid: authentication catches it.
    const shortData = edit(text, (f) => (f.data = (f.data as string).slice(0, 200)))
    const error = await expectStorageError(
      importBackup(target.store, shortData, { passphrase: PASSPHRASE }),
      'BACKUP_INVALID',
    )
    expect(error.details.reason).toBe('TAMPERED')
    expect(await snapshot(target.store)).toEqual({ list: [], history: [] })
  })

  it('reports any edit of the data, the header or the check value as TAMPERED', async () => {
    const { backup } = await seededBackup()
    const reasonOf = async (text: string) =>
      (await expectStorageError(readBackup(text, PASSPHRASE), 'BACKUP_INVALID')).details.reason

    const oneCharacter = edit(backup.text, (f) => {
      const data = f.data as string
      const i = Math.floor(data.length / 2)
      f.data = data.slice(0, i) + (data[i] === 'A' ? 'B' : 'A') + data.slice(i + 1)
    })
    expect(await reasonOf(oneCharacter)).toBe('TAMPERED')
    expect(await reasonOf(edit(backup.text, (f) => (f.createdAt = '2020-01-01T00:00:00.000Z')))).toBe(
      'TAMPERED',
    )
    const otherIv = edit(backup.text, (f) => ((f.cipher as { iv: string }).iv = 'AAAAAAAAAAAAAAAA'))
    expect(await reasonOf(otherIv)).toBe('TAMPERED')
    expect(await reasonOf(edit(backup.text, (f) => (f.comment = 'added')))).toBe('TAMPERED')
    const otherCheck = edit(backup.text, (f) => (f.check = Buffer.alloc(32, 7).toString('base64')))
    expect(await reasonOf(otherCheck)).toBe('TAMPERED')
    // The untouched file still opens.
    expect((await readBackup(backup.text, PASSPHRASE)).credentials).toHaveLength(3)
  })

  it('tells JSON, FORMAT and VERSION apart', async () => {
    const { backup } = await seededBackup()
    const reasonOf = async (text: string) =>
      (await expectStorageError(readBackup(text, PASSPHRASE), 'BACKUP_INVALID')).details.reason
    expect(await reasonOf('not json')).toBe('JSON')
    expect(await reasonOf('')).toBe('JSON')
    expect(await reasonOf('[]')).toBe('FORMAT')
    expect(await reasonOf('null')).toBe('FORMAT')
    expect(await reasonOf('{"version":1,"db":{}}')).toBe('FORMAT')
    expect(await reasonOf(edit(backup.text, (f) => (f.format = 'a2f-vault')))).toBe('FORMAT')
    expect(await reasonOf(edit(backup.text, (f) => (f.version = '1')))).toBe('FORMAT')
    expect(await reasonOf(edit(backup.text, (f) => (f.version = 2)))).toBe('VERSION')
    expect(
      await reasonOf(edit(backup.text, (f) => ((f.cipher as { name: string }).name = 'AES-128-CBC'))),
    ).toBe('FORMAT')
    expect(await reasonOf(edit(backup.text, (f) => delete f.kdf))).toBe('FORMAT')
  })

  it('reports records that cannot be opened by id and exports the others', async () => {
    const { adapter, store, seeded } = await (async () => {
      const source = await newStore()
      return { ...source, seeded: await seed(source.store) }
    })()
    await tamper(adapter, seeded.sha256.id, (row) => ({ ...row, secret: row.secret.slice(0, -4) + 'AAAA' }))
    await adapter.insert('firm-a', { id: 'broken-row', issuer: 42 } as unknown as StoredCredential, {
      at: 0,
      action: 'create',
      credentialId: 'broken-row',
    })
    const backup = await exportBackup(store, { passphrase: PASSPHRASE, kdf: FAST_KDF })
    expect(backup.exported).toBe(2)
    expect(backup.unreadable).toEqual(
      expect.arrayContaining([
        { id: seeded.sha256.id, reason: 'CIPHERTEXT' },
        { id: 'broken-row', reason: 'FORMAT' },
      ]),
    )
    expect(backup.unreadable).toHaveLength(2)
    const ids = (await readBackup(backup.text, PASSPHRASE)).credentials.map((c) => c.id)
    expect(ids).toEqual([seeded.court.id, seeded.bare.id])
  })

  it('exports only what the query selects', async () => {
    const { store, seeded } = await (async () => {
      const source = await newStore()
      return { ...source, seeded: await seed(source.store) }
    })()
    const backup = await exportBackup(store, {
      passphrase: PASSPHRASE,
      kdf: FAST_KDF,
      query: { status: 'validated' },
    })
    expect(backup.exported).toBe(1)
    expect((await readBackup(backup.text, PASSPHRASE)).credentials.map((c) => c.id)).toEqual([
      seeded.court.id,
    ])
  })

  it('skips existing ids by default, or replaces them, or imports copies under new ids', async () => {
    const { store, seeded, backup } = await seededBackup()
    // The store moves on after the backup.
    const changed = await store.update(
      seeded.court.id,
      { notes: 'mudou', status: 'pending', label: null },
      { expectedVersion: 1 },
    )
    await store.update(seeded.bare.id, { label: 'novo rótulo', password: 'nova' }, { expectedVersion: 1 })
    await store.remove(seeded.sha256.id)

    const skip = await importBackup(store, backup.text, { passphrase: PASSPHRASE })
    expect(skip.imported.map((s) => s.id)).toEqual([seeded.sha256.id])
    expect(skip.skipped.map((i) => [i.index, i.code, i.issuer, i.account])).toEqual([
      [0, 'ALREADY_EXISTS', 'TRF4', 'RS012345'],
      [2, 'ALREADY_EXISTS', 'TJSC', '123.456.789-00'],
    ])
    expect(skip.failed).toEqual([])
    expect(await store.getSummary(seeded.court.id)).toEqual(changed)

    const replace = await importBackup(store, backup.text, { passphrase: PASSPHRASE, onExisting: 'replace' })
    expect(replace.failed).toEqual([])
    expect(replace.imported.map((s) => [s.id, s.version])).toEqual([
      [seeded.court.id, 3],
      [seeded.sha256.id, 2],
      [seeded.bare.id, 3],
    ])
    const court = await store.get(seeded.court.id)
    expect(court).toMatchObject({
      notes: 'Chave entregue em 2026.\nSegunda linha.',
      label: 'Escritório',
      status: 'validated',
      validatedAt: Date.UTC(2026, 0, 15),
      validatedBy: 'bruno',
    })
    const bare = await store.get(seeded.bare.id)
    expect(bare.label).toBeUndefined()
    expect(bare.password).toBeUndefined()

    const copy = await importBackup(store, backup.text, { passphrase: PASSPHRASE, onExisting: 'copy' })
    expect(copy.imported).toHaveLength(3)
    const originals = new Set([seeded.court.id, seeded.sha256.id, seeded.bare.id])
    for (const summary of copy.imported) expect(originals.has(summary.id)).toBe(false)
    expect(await store.list()).toHaveLength(6)
    const { codes } = await store.codes({ timestamp: AT })
    const byId = new Map(codes.map((c) => [c.id, c.code]))
    expect(byId.get(copy.imported[0]!.id)).toBe(byId.get(seeded.court.id))

    await expectStorageError(
      importBackup(store, backup.text, { passphrase: PASSPHRASE, onExisting: 'merge' as never }),
      'INVALID_INPUT',
    )
  })

  it('reports entries the store refuses with their index and names, and imports the others', async () => {
    const good = {
      id: 'good',
      issuer: 'TRF4',
      account: 'RS1',
      otp: { algorithm: 'SHA1', digits: 6, period: 30 },
      secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ',
      status: 'pending',
      createdAt: 1,
      updatedAt: 1,
      version: 1,
    }
    const text = nodeSeal(
      {
        credentials: [
          { ...good, id: 'bad-key', account: 'RS2', secret: 'GEZDGNBVGY3TQOJ0GEZDGNBVGY3TQOJQ' },
          { ...good, id: 'no-issuer', issuer: '' },
          'not an entry',
          good,
          { ...good, id: 'bad-digits', otp: { algorithm: 'SHA1', digits: 4, period: 30 } },
          { ...good, id: 'short', secret: 'GEZDGNBV' },
        ],
      },
      PASSPHRASE,
    )
    const target = await newStore()
    const report = await importBackup(target.store, text, { passphrase: PASSPHRASE })
    expect(report.imported.map((s) => s.id)).toEqual(['good'])
    expect(report.failed.map((i) => [i.index, i.code, i.field ?? i.reason])).toEqual([
      [0, 'SECRET_INVALID_CHARACTER', undefined],
      [1, 'INVALID_INPUT', 'issuer'],
      [2, 'INVALID_INPUT', 'credential'],
      [4, 'OPTION_INVALID', 'digits'],
      [5, 'SECRET_TOO_SHORT', undefined],
    ])
    expect(report.failed[0]).toMatchObject({ issuer: 'TRF4', account: 'RS2' })
    expectNoSeedSecretIn(JSON.stringify(report))
    expect(JSON.stringify(report.failed)).not.toContain('GEZDGNBV')
  })

  it('keeps every secret inside data: not in the clear header, errors or reports', async () => {
    const { backup } = await seededBackup()
    expectNoSeedSecretIn(backup.text)
    const { data: _data, ...clear } = JSON.parse(backup.text) as Record<string, unknown>
    expectNoSeedSecretIn(JSON.stringify(clear))
    expect(backup.text).not.toContain(PASSPHRASE)
    expect(backup.text).not.toContain(Buffer.from(COURT_KEY_BYTES).toString('base64'))

    const target = await newStore()
    const report = await importBackup(target.store, backup.text, { passphrase: PASSPHRASE })
    expectNoSeedSecretIn(JSON.stringify(report))
    const again = await importBackup(target.store, backup.text, { passphrase: PASSPHRASE })
    expect(again.skipped).toHaveLength(3)
    expectNoSeedSecretIn(JSON.stringify(again))
    const tampered = edit(backup.text, (f) => (f.createdAt = 'x'))
    expectNoSeedSecretIn(exposedText(await readBackup(tampered, PASSPHRASE).catch((e: unknown) => e)))
  })

  it('asks for a passphrase of at least 8 characters before opening anything', async () => {
    const { store } = await newStore()
    await seed(store)
    const error = await expectStorageError(
      exportBackup(store, { passphrase: 'curta', kdf: FAST_KDF }),
      'INVALID_INPUT',
    )
    expect(error.details).toEqual({ field: 'passphrase', reason: 'at least 8 characters' })
    expect((await store.history()).filter((e) => e.action === 'reveal')).toEqual([])
    await expectStorageError(readBackup('{}', ''), 'INVALID_INPUT')
  })

  it('opens the example of docs/backup-format.md with its passphrase (default scrypt costs)', async () => {
    const doc = readFileSync(new URL('../../docs/backup-format.md', import.meta.url), 'utf8')
    const example = /```json\n([\s\S]*?)\n```/.exec(doc)![1]!
    expect(JSON.parse(example)).toMatchObject({
      createdAt: '2026-05-04T12:00:00.000Z',
      kdf: { N: 2 ** 17, r: 8, p: 1 },
    })
    // One derivation at the default cost (about a second): import reads the file once.
    const target = await newStore()
    const report = await importBackup(target.store, example, { passphrase: 'correct horse battery staple' })
    expect(report.imported.map((s) => [s.id, s.issuer, s.account, s.status])).toEqual([
      ['c0f1e2d3-0000-4000-8000-000000000001', 'TRF4', 'RS012345', 'validated'],
    ])
    const credential = await target.store.get(report.imported[0]!.id)
    expect(Array.from(credential.secret)).toEqual(Array.from(COURT_KEY_BYTES))
    expect(credential.password).toBe('senha-do-exemplo')
    expect((await target.store.codes({ timestamp: AT })).codes[0]!.code).toBe(
      totp(COURT_KEY_BYTES, { timestamp: AT }),
    )
  }, 20_000)
})
