import { describe, expect, it } from 'vitest'
import { createMemoryAdapter } from '../adapters/memory.js'
import { changePassphrase, createVault, hasVault, unlockVault } from '../crypto/passphrase-vault.js'
import { DEFAULT_KDF_COST } from '../crypto/kdf.js'
import { MIN_PASSPHRASE_LENGTH, meetsPassphraseRule } from '../index.js'
import { createCredentialStore } from '../store/create-credential-store.js'
import { FAST_KDF } from '../test-support/fast-keys.js'
import {
  COURT_KEY_BYTES,
  expectNoSecretIn,
  expectStorageError,
  exposedText,
} from './contract/store-contract.js'

const PASSPHRASE = 'cavalo correto bateria grampo'

describe('passphrase vault', () => {
  it('creates a vault once, storing scrypt parameters and a wrapped key, never the passphrase', async () => {
    const adapter = createMemoryAdapter()
    expect(await hasVault(adapter)).toBe(false)
    const vault = await createVault(adapter, { passphrase: PASSPHRASE, kdf: FAST_KDF })
    expect(await hasVault(adapter)).toBe(true)
    expect(await hasVault(adapter, { tenant: 'other' })).toBe(false)
    const stored = (await adapter.getMeta('default', 'vault'))!.value as Record<string, unknown>
    expect(stored).toMatchObject({ format: 'a2f-vault', version: 1, keyId: vault.currentKeyId })
    expect(stored.kdf).toMatchObject({ name: 'scrypt', N: 1024, r: 8, p: 1 })
    expect(JSON.stringify(stored)).not.toContain(PASSPHRASE)
    await expectStorageError(createVault(adapter, { passphrase: PASSPHRASE, kdf: FAST_KDF }), 'VAULT_EXISTS')
  })

  it('refuses a tenant a store would refuse as INVALID_INPUT, before asking the backend', async () => {
    const untouched = {
      ...createMemoryAdapter(),
      getMeta: () => Promise.reject(new Error('the backend was asked')),
      putMeta: () => Promise.reject(new Error('the backend was asked')),
    }
    for (const tenant of ['', 'escritório\u0000b', 'linha\nquebrada']) {
      const calls = [
        hasVault(untouched, { tenant }),
        createVault(untouched, { tenant, passphrase: 'cavalo correto bateria', kdf: FAST_KDF }),
        unlockVault(untouched, { tenant, passphrase: 'cavalo correto bateria' }),
        changePassphrase(untouched, {
          tenant,
          current: 'cavalo correto bateria',
          next: 'grampo azul cavalo',
        }),
      ]
      for (const call of calls) {
        const error = await expectStorageError(call, 'INVALID_INPUT')
        expect(error.details).toMatchObject({ field: 'tenant' })
      }
    }
  })

  it('defaults to scrypt N = 2^17, r = 8, p = 1', () => {
    expect(DEFAULT_KDF_COST).toEqual({ N: 131072, r: 8, p: 1 })
  })

  it('unlocks with the passphrase and opens what was sealed before', async () => {
    const adapter = createMemoryAdapter()
    const created = await createVault(adapter, { passphrase: PASSPHRASE, kdf: FAST_KDF })
    const { id } = await createCredentialStore({ adapter, keys: created }).create({
      issuer: 'TRF4',
      account: 'RS1',
      secret: COURT_KEY_BYTES,
    })
    const reopened = await unlockVault(adapter, { passphrase: PASSPHRASE })
    const credential = await createCredentialStore({ adapter, keys: reopened }).get(id)
    expect(Array.from(credential.secret)).toEqual(Array.from(COURT_KEY_BYTES))
  })

  it('refuses a wrong passphrase with WRONG_PASSPHRASE and changes nothing', async () => {
    const adapter = createMemoryAdapter()
    await createVault(adapter, { passphrase: PASSPHRASE, kdf: FAST_KDF })
    const before = await adapter.getMeta('default', 'vault')
    const error = await expectStorageError(
      unlockVault(adapter, { passphrase: 'cavalo correto bateria' }),
      'WRONG_PASSPHRASE',
    )
    expectNoSecretIn(exposedText(error))
    expect(exposedText(error)).not.toContain('cavalo')
    await expectStorageError(
      changePassphrase(adapter, { current: 'wrong passphrase', next: 'another passphrase' }),
      'WRONG_PASSPHRASE',
    )
    expect(await adapter.getMeta('default', 'vault')).toEqual(before)
    await expectStorageError(unlockVault(adapter, { passphrase: '' }), 'INVALID_INPUT')
    await expectStorageError(
      unlockVault(adapter, { passphrase: PASSPHRASE, tenant: 'nobody' }),
      'VAULT_NOT_FOUND',
    )
  })

  it('normalises the passphrase (NFKC): composed and decomposed accents unlock alike', async () => {
    const adapter = createMemoryAdapter()
    await createVault(adapter, { passphrase: 'ação judicial 2026', kdf: FAST_KDF })
    await unlockVault(adapter, { passphrase: 'ac\u0327a\u0303o judicial 2026' })
  })

  it('refuses short new passphrases', async () => {
    const adapter = createMemoryAdapter()
    const error = await expectStorageError(createVault(adapter, { passphrase: '1234567' }), 'INVALID_INPUT')
    expect(error.details).toEqual({ field: 'passphrase', reason: 'at least 8 characters' })
    expect(await hasVault(adapter)).toBe(false)
  })

  it('exports the rule it applies, counting characters after NFKC normalisation', () => {
    expect(MIN_PASSPHRASE_LENGTH).toBe(8)
    expect(meetsPassphraseRule('1234567')).toBe(false)
    expect(meetsPassphraseRule('12345678')).toBe(true)
    // Seven characters, some written as a letter plus a combining accent: NFKC makes them one each.
    expect(meetsPassphraseRule('cafe\u0301 ok')).toBe(false)
    expect(meetsPassphraseRule('ação-já!')).toBe(true)
  })

  it('changes the passphrase without re-sealing records, and can raise the KDF cost', async () => {
    const adapter = createMemoryAdapter()
    const vault = await createVault(adapter, { passphrase: PASSPHRASE, kdf: FAST_KDF })
    const store = createCredentialStore({ adapter, keys: vault })
    const { id } = await store.create({ issuer: 'TJRS', account: 'a', secret: COURT_KEY_BYTES })
    const rowBefore = await adapter.get('default', id)
    await changePassphrase(adapter, { current: PASSPHRASE, next: 'nova frase secreta', kdf: { N: 2048 } })
    expect(await adapter.get('default', id)).toEqual(rowBefore)
    await expectStorageError(unlockVault(adapter, { passphrase: PASSPHRASE }), 'WRONG_PASSPHRASE')
    const reopened = await unlockVault(adapter, { passphrase: 'nova frase secreta' })
    expect(reopened.kdf.N).toBe(2048)
    expect(reopened.currentKeyId).toBe(vault.currentKeyId)
    const opened = await createCredentialStore({ adapter, keys: reopened }).get(id)
    expect(Array.from(opened.secret)).toEqual(Array.from(COURT_KEY_BYTES))
  })

  it('lets only one of two concurrent passphrase changes win', async () => {
    const adapter = createMemoryAdapter()
    await createVault(adapter, { passphrase: PASSPHRASE, kdf: FAST_KDF })
    const results = await Promise.allSettled([
      changePassphrase(adapter, { current: PASSPHRASE, next: 'primeira nova frase' }),
      changePassphrase(adapter, { current: PASSPHRASE, next: 'segunda nova frase' }),
    ])
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1)
    const winner = results[0]!.status === 'fulfilled' ? 'primeira nova frase' : 'segunda nova frase'
    await unlockVault(adapter, { passphrase: winner })
  })

  it('locks: sealing and opening then fail with LOCKED until unlocked again', async () => {
    const adapter = createMemoryAdapter()
    const vault = await createVault(adapter, { passphrase: PASSPHRASE, kdf: FAST_KDF })
    const store = createCredentialStore({ adapter, keys: vault })
    const { id } = await store.create({ issuer: 'TJSC', account: 'a', secret: COURT_KEY_BYTES })
    vault.lock()
    expect(vault.locked).toBe(true)
    await expectStorageError(store.get(id), 'LOCKED')
    await expectStorageError(
      store.create({ issuer: 'TJSC', account: 'b', secret: COURT_KEY_BYTES }),
      'LOCKED',
    )
    expect(await store.list()).toHaveLength(1) // summaries need no key
  })

  it('refuses vault documents with KDF parameters out of bounds (no 2^40 denial of service)', async () => {
    const adapter = createMemoryAdapter()
    await createVault(adapter, { passphrase: PASSPHRASE, kdf: FAST_KDF })
    const meta = (await adapter.getMeta('default', 'vault'))!
    const document = meta.value as { kdf: { N: number } }
    await adapter.putMeta(
      'default',
      'vault',
      { ...document, kdf: { ...document.kdf, N: 2 ** 40 } },
      meta.version,
    )
    await expectStorageError(unlockVault(adapter, { passphrase: PASSPHRASE }), 'KEY_INVALID')
  })
})
