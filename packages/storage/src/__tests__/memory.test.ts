import { createMemoryAdapter } from '../adapters/memory.js'
import { createCredentialStore } from '../store/create-credential-store.js'
import type { StoredCredential } from '../store/adapter.js'
import { testKeyring } from '../test-support/fast-keys.js'
import { describe, expect, it } from 'vitest'
import { storeContract } from './contract/store-contract.js'
import { sampleRow } from './postgres/sql-adapter-suite.js'

storeContract({
  name: 'memory',
  async setup() {
    const adapter = createMemoryAdapter()
    const keys = await testKeyring()
    return {
      store: (tenant, actor) => createCredentialStore({ adapter, keys, tenant, ...(actor ? { actor } : {}) }),
      async tamper(tenant, id, edit) {
        const row = (await adapter.get(tenant, id)) as StoredCredential
        const edited = edit(structuredClone(row)) as StoredCredential
        await adapter.replace(tenant, edited, row.version, { at: 0, action: 'update', credentialId: id })
      },
      async cleanup() {},
    }
  },
})

describe('memory adapter', () => {
  it('lists the key fields of rows as copies: changing what it returned changes nothing stored', async () => {
    const adapter = createMemoryAdapter()
    const audit = { at: 1, action: 'create', credentialId: 'a' } as const
    await adapter.insert('firm-a', sampleRow('a'), audit)
    const { systemId: _none, ...withoutSystem } = sampleRow('b')
    await adapter.insert('firm-a', withoutSystem, audit)
    const [a, b] = (await adapter.listKeys!('firm-a')) as Record<string, unknown>[]
    const { id, otp, secret, status, createdAt, systemId, owner } = sampleRow('a')
    expect(a).toEqual({ id, otp, secret, status, createdAt, systemId, owner })
    expect(b).not.toHaveProperty('systemId')
    ;(a!.otp as { digits: number }).digits = 8
    a!.secret = 'changed'
    expect(await adapter.listKeys!('firm-a', { ids: ['a', 'x', 'a'] })).toEqual([
      { id, otp, secret, status, createdAt, systemId, owner },
    ])
    expect(await adapter.get('firm-a', 'a')).toEqual(sampleRow('a'))
  })
})
