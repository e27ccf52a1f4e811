/**
 * An open vault: the adapter, the unlocked keys and the credential store sealed with them. The store is
 * what <A2FProvider> gets; settings use the adapter (change the passphrase) and the store (backups).
 * Locking forgets the key: nothing can be opened again without the passphrase.
 *
 * @example
 * const session = openSession(adapter, await unlockVault(adapter, { passphrase }))
 * session.store.list()  // summaries
 * session.lock()        // the key leaves memory
 */
import {
  createCredentialStore,
  type CredentialStore,
  type KdfCost,
  type StorageAdapter,
  type UnlockedVault,
} from '@a2f/storage'

/** Who the audit trail names for what this browser does (the demo has no user accounts). */
export const DEMO_ACTOR = 'demo'

export interface VaultSession {
  adapter: StorageAdapter
  store: CredentialStore
  /** scrypt costs for new passphrases and backups; undefined: the storage's default. */
  kdf: Partial<KdfCost> | undefined
  lock(): void
}

export function openSession(
  adapter: StorageAdapter,
  keys: UnlockedVault,
  kdf: Partial<KdfCost> | undefined,
): VaultSession {
  return {
    adapter,
    store: createCredentialStore({ adapter, keys, actor: DEMO_ACTOR }),
    kdf,
    lock: () => keys.lock(),
  }
}
