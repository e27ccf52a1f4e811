import { createMemoryAdapter } from '../adapters/memory.js'
import { createCredentialStore } from '../store/create-credential-store.js'
import type { StoredCredential } from '../store/adapter.js'
import { testKeyring } from '../test-support/fast-keys.js'
import { storeContract } from './contract/store-contract.js'

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
