import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createMemoryAdapter } from '../adapters/memory.js'
import { createMasterKeyring } from '../crypto/master-keyring.js'
import { syncDecrypter, syncEncrypter, useSyncGcm } from '../crypto/native-gcm.js'
import { open, seal } from '../crypto/sealed-value.js'
import type { SealingKeys } from '../crypto/sealing-keys.js'
import type { StoredCredential } from '../store/adapter.js'
import { createCredentialStore } from '../store/create-credential-store.js'
import { testKeyring } from '../test-support/fast-keys.js'
import {
  COURT_KEY_BYTES,
  COURT_PASSWORD,
  expectStorageError,
  flipCiphertextCharacter,
  storeContract,
} from './contract/store-contract.js'

/**
 * A value sealed by WebCrypto before Node's synchronous path existed: key 32 × 0x01, IV 12 × 0x02,
 * tenant 'escritorio', record 'rec-1', field 'secret', plaintext COURT_KEY_BYTES. Both ways of opening
 * must keep opening it: the sealed format did not change.
 */
const OLD_SEALED = 'a2f1:k1:AgICAgICAgICAgIC:NuT6fX9h9sXq/I36b5P3hJWN6N8nvO/5ybapLMwikKly2BR+'
const OLD_CONTEXT = { tenant: 'escritorio', recordId: 'rec-1', field: 'secret' }

const ways = [
  { name: 'synchronously (Node)', sync: true },
  { name: 'through WebCrypto', sync: false },
] as const

describe('opening sealed values', () => {
  let keys: SealingKeys
  beforeAll(async () => {
    keys = await createMasterKeyring({ keys: { k1: new Uint8Array(32).fill(1) }, current: 'k1' })
  })
  afterAll(() => useSyncGcm(true))

  it('has the synchronous path in Node, for AES-256-GCM keys only', async () => {
    useSyncGcm(true)
    expect(syncDecrypter(keys.key('k1')!)).toBeTypeOf('function')
    const aes128 = await crypto.subtle.importKey('raw', new Uint8Array(16), 'AES-GCM', false, ['decrypt'])
    expect(syncDecrypter(aes128)).toBeUndefined()
    const encryptOnly = await crypto.subtle.importKey('raw', new Uint8Array(32), 'AES-GCM', false, [
      'encrypt',
    ])
    expect(syncDecrypter(encryptOnly)).toBeUndefined()
    expect(syncEncrypter(encryptOnly)).toBeTypeOf('function')
    expect(syncEncrypter(aes128)).toBeUndefined()
    useSyncGcm(false)
    expect(syncDecrypter(keys.key('k1')!)).toBeUndefined()
    expect(syncEncrypter(keys.key('k1')!)).toBeUndefined()
  })

  it('seals the same value both ways: the same IV gives the same bytes, and each opens the other', async () => {
    const key = keys.key('k1')!
    const iv = new Uint8Array(12).fill(7)
    const aad = new TextEncoder().encode('contexto')
    useSyncGcm(true)
    const native = syncEncrypter(key)!(iv, COURT_KEY_BYTES, aad)
    const web = new Uint8Array(
      await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad }, key, COURT_KEY_BYTES),
    )
    expect(native).toEqual(web)
    expect(syncDecrypter(key)!(iv, web, aad)).toEqual(COURT_KEY_BYTES)
    // A value sealed on one path opens on the other.
    const sealedSync = await seal(keys, COURT_KEY_BYTES, OLD_CONTEXT)
    useSyncGcm(false)
    expect(await open(keys, sealedSync, OLD_CONTEXT)).toEqual(COURT_KEY_BYTES)
    const sealedWeb = await seal(keys, COURT_KEY_BYTES, OLD_CONTEXT)
    useSyncGcm(true)
    expect(await open(keys, sealedWeb, OLD_CONTEXT)).toEqual(COURT_KEY_BYTES)
  })

  for (const way of ways) {
    describe(way.name, () => {
      beforeAll(() => useSyncGcm(way.sync))

      it('opens a value sealed before, and values sealed now', async () => {
        expect(await open(keys, OLD_SEALED, OLD_CONTEXT)).toEqual(COURT_KEY_BYTES)
        const sealed = await seal(keys, COURT_KEY_BYTES, OLD_CONTEXT)
        expect(sealed).toMatch(/^a2f1:k1:[A-Za-z0-9+/]{16}:[A-Za-z0-9+/=]+$/)
        expect(await open(keys, sealed, OLD_CONTEXT)).toEqual(COURT_KEY_BYTES)
      })

      it('refuses an altered ciphertext, tag or context as CIPHERTEXT', async () => {
        const refused = async (sealed: string, context = OLD_CONTEXT) =>
          (await expectStorageError(open(keys, sealed, context), 'UNREADABLE_RECORD')).details
        expect(await refused(flipCiphertextCharacter(OLD_SEALED))).toEqual({
          id: 'rec-1',
          reason: 'CIPHERTEXT',
        })
        const lastCharacter = OLD_SEALED.at(-2) === 'A' ? 'B' : 'A' // inside the tag
        const tag = `${OLD_SEALED.slice(0, -2)}${lastCharacter}${OLD_SEALED.at(-1)}`
        expect((await refused(tag)).reason).toBe('CIPHERTEXT')
        expect((await refused(OLD_SEALED, { ...OLD_CONTEXT, recordId: 'rec-2' })).reason).toBe('CIPHERTEXT')
        expect((await refused(OLD_SEALED, { ...OLD_CONTEXT, field: 'password' })).reason).toBe('CIPHERTEXT')
        expect((await refused(OLD_SEALED, { ...OLD_CONTEXT, tenant: 'outro' })).reason).toBe('CIPHERTEXT')
        // A tag cut short is not a tag: FORMAT before any decryption.
        expect((await refused('a2f1:k1:AgICAgICAgICAgIC:NuT6fX9h')).reason).toBe('FORMAT')
      })

      it('gives each caller its own copy, which it may wipe', async () => {
        const first = await open(keys, OLD_SEALED, OLD_CONTEXT)
        first.fill(0)
        expect(await open(keys, OLD_SEALED, OLD_CONTEXT)).toEqual(COURT_KEY_BYTES)
      })
    })
  }
})

describe('codes() opens the TOTP key only', () => {
  it('gives codes for a record whose sealed password does not open, which get and inspect report', async () => {
    const adapter = createMemoryAdapter()
    const store = createCredentialStore({ adapter, keys: await testKeyring() })
    const a = await store.create({
      issuer: 'TRF4',
      account: 'a',
      secret: COURT_KEY_BYTES,
      password: COURT_PASSWORD,
    })
    const row = (await adapter.get('default', a.id)) as StoredCredential
    await adapter.replace(
      'default',
      { ...row, password: flipCiphertextCharacter(row.password!) },
      row.version,
      { at: 0, action: 'update', credentialId: a.id },
    )
    const codes = await store.codes()
    expect(codes.codes.map((code) => code.id)).toEqual([a.id])
    expect(codes.unreadable).toEqual([])
    await expectStorageError(store.get(a.id), 'UNREADABLE_RECORD')
    expect(await store.inspect()).toEqual({ readable: 0, unreadable: [{ id: a.id, reason: 'CIPHERTEXT' }] })
  })
})

// The whole store contract once more with WebCrypto opening every value, as in browsers (memory.test.ts
// runs it with Node's synchronous path).
describe('with WebCrypto opening', () => {
  beforeAll(() => useSyncGcm(false))
  afterAll(() => useSyncGcm(true))
  storeContract({
    name: 'memory, WebCrypto opening',
    async setup() {
      const adapter = createMemoryAdapter()
      const keys = await testKeyring()
      return {
        store: (tenant, actor) =>
          createCredentialStore({ adapter, keys, tenant, ...(actor ? { actor } : {}) }),
        async tamper(tenant, id, edit) {
          const row = (await adapter.get(tenant, id)) as StoredCredential
          const edited = edit(structuredClone(row)) as StoredCredential
          await adapter.replace(tenant, edited, row.version, { at: 0, action: 'update', credentialId: id })
        },
        async cleanup() {},
      }
    },
  })
})
