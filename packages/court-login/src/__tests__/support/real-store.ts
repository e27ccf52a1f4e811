/**
 * A real @a2f/storage credential store (memory or PGlite, in memory) at the test clock's time, with
 * cheap scrypt costs: its `claimCode` is the one robots use in production, not a stand-in.
 */
import {
  createCredentialStore,
  createMemoryAdapter,
  createVault,
  type CredentialStore,
  type StorageAdapter,
} from '@a2f/storage'
import { createPGliteAdapter } from '@a2f/storage/pglite'

const FAST_KDF = { N: 2 ** 10, r: 8, p: 1 }

export interface TestStore {
  store: CredentialStore
  /** Stores a credential of `systemId` with `secret` (base32) and returns its id. */
  add(systemId: string, account: string, secret: string): Promise<string>
  close(): Promise<void>
}

export async function realStore(kind: 'memory' | 'pglite', now: () => number): Promise<TestStore> {
  const adapter: StorageAdapter = kind === 'memory' ? createMemoryAdapter() : createPGliteAdapter()
  const keys = await createVault(adapter, { passphrase: 'cofre-dos-testes-2026', kdf: FAST_KDF })
  const store = createCredentialStore({ adapter, keys, actor: 'robot', now })
  return {
    store,
    add: async (systemId, account, secret) =>
      (await store.create({ systemId, issuer: 'SANDBOX', account, secret })).id,
    close: async () => {
      await (adapter as { close?: () => Promise<void> }).close?.()
    },
  }
}
