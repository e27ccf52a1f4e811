import { describe, expect, it } from 'vitest'
import { createMemoryAdapter } from '../adapters/memory.js'
import { createMasterKeyring, generateMasterKey, parseMasterKeys } from '../crypto/master-keyring.js'
import { createCredentialStore } from '../store/create-credential-store.js'
import type { StoredCredential } from '../store/adapter.js'
import { COURT_KEY_BYTES, COURT_PASSWORD, expectStorageError } from './contract/store-contract.js'

describe('master key ring', () => {
  it('parses id:base64 pairs, the first being current', () => {
    const [a, b] = [generateMasterKey(), generateMasterKey()]
    expect(parseMasterKeys(` 2026-11:${a}, 2026-05:${b} `)).toEqual({
      keys: { '2026-11': a, '2026-05': b },
      current: '2026-11',
    })
    expect(() => parseMasterKeys('')).toThrow(expect.objectContaining({ code: 'KEY_INVALID' }))
    expect(() => parseMasterKeys('no-colon')).toThrow(expect.objectContaining({ code: 'KEY_INVALID' }))
  })

  it('refuses keys that are not 32 bytes, bad ids and a current id that is not listed', async () => {
    await expectStorageError(
      createMasterKeyring({ keys: { k1: new Uint8Array(16) }, current: 'k1' }),
      'KEY_INVALID',
    )
    await expectStorageError(
      createMasterKeyring({ keys: { 'bad id': new Uint8Array(32) }, current: 'bad id' }),
      'KEY_INVALID',
    )
    await expectStorageError(
      createMasterKeyring({ keys: { k1: new Uint8Array(32) }, current: 'k2' }),
      'KEY_INVALID',
    )
    await expectStorageError(
      createMasterKeyring({ keys: { k1: 'not base64!' }, current: 'k1' }),
      'KEY_INVALID',
    )
  })

  it('rotates without downtime: old values open, rotateKeys re-seals them, then the old key can go', async () => {
    const adapter = createMemoryAdapter()
    const oldKey = generateMasterKey()
    const newKey = generateMasterKey()
    const before = createCredentialStore({
      adapter,
      keys: await createMasterKeyring({ keys: { k1: oldKey }, current: 'k1' }),
    })
    const a = await before.create({
      issuer: 'TRF4',
      account: 'a',
      secret: COURT_KEY_BYTES,
      password: COURT_PASSWORD,
    })
    const b = await before.create({ issuer: 'TJRS', account: 'b', secret: COURT_KEY_BYTES })

    // Deploy 1: both keys, the new one current. Old records still open; new ones use k2.
    const both = createCredentialStore({
      adapter,
      keys: await createMasterKeyring({ keys: { k2: newKey, k1: oldKey }, current: 'k2' }),
      actor: 'rotation-job',
    })
    expect((await both.get(a.id)).password).toBe(COURT_PASSWORD)
    const c = await both.create({ issuer: 'TJSC', account: 'c', secret: COURT_KEY_BYTES })
    expect(c.keyId).toBe('k2')

    const report = await both.rotateKeys()
    expect(report).toEqual({ resealed: 2, unreadable: [], conflicts: [] })
    expect((await both.list()).map((item) => item.keyId)).toEqual(['k2', 'k2', 'k2'])
    expect((await both.getSummary(a.id)).version).toBe(2)
    expect((await both.history({ credentialId: a.id })).at(-1)).toMatchObject({
      action: 'reseal',
      actor: 'rotation-job',
    })
    expect(await both.rotateKeys()).toEqual({ resealed: 0, unreadable: [], conflicts: [] })

    // Deploy 2: the old key is gone and everything still opens.
    const after = createCredentialStore({
      adapter,
      keys: await createMasterKeyring({ keys: { k2: newKey }, current: 'k2' }),
    })
    expect((await after.get(a.id)).password).toBe(COURT_PASSWORD)
    expect(Array.from((await after.get(b.id)).secret)).toEqual(Array.from(COURT_KEY_BYTES))
  })

  it('reports records sealed under a key the ring does not have as KEY_UNKNOWN', async () => {
    const adapter = createMemoryAdapter()
    const first = createCredentialStore({
      adapter,
      keys: await createMasterKeyring({ keys: { k1: generateMasterKey() }, current: 'k1' }),
    })
    const { id } = await first.create({ issuer: 'TRF4', account: 'a', secret: COURT_KEY_BYTES })
    const other = createCredentialStore({
      adapter,
      keys: await createMasterKeyring({ keys: { k9: generateMasterKey() }, current: 'k9' }),
    })
    const error = await expectStorageError(other.get(id), 'UNREADABLE_RECORD')
    expect(error.details).toEqual({ id, reason: 'KEY_UNKNOWN' })
    expect(await other.rotateKeys()).toEqual({
      resealed: 0,
      unreadable: [{ id, reason: 'KEY_UNKNOWN' }],
      conflicts: [],
    })
  })

  it('stores nothing but sealed values: the adapter never sees the key or the password', async () => {
    const adapter = createMemoryAdapter()
    const store = createCredentialStore({
      adapter,
      keys: await createMasterKeyring({ keys: { k1: generateMasterKey() }, current: 'k1' }),
    })
    const { id } = await store.create({
      issuer: 'TRF4',
      account: 'a',
      secret: COURT_KEY_BYTES,
      password: COURT_PASSWORD,
    })
    const row = (await adapter.get('default', id)) as StoredCredential
    expect(row.secret).toMatch(/^a2f1:k1:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$/)
    expect(JSON.stringify(row)).not.toContain(COURT_PASSWORD)
    // Two seals of the same key differ (fresh IV each time).
    const again = await store.create({ issuer: 'TRF4', account: 'b', secret: COURT_KEY_BYTES })
    expect(((await adapter.get('default', again.id)) as StoredCredential).secret).not.toBe(row.secret)
  })
})
