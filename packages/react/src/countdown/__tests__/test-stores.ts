/**
 * Stores in odd states for the live-code widgets' tests: a record sealed under a key the store does not
 * have (a real KEY_UNKNOWN, not a mock), and a store whose codes or secrets fail on demand.
 *
 * @example
 * const store = await storeWithUnreadable(clock)     // 'lost' is unreadable, 'trf4' reads fine
 */
import type { Clock } from '@a2f/core'
import {
  createCredentialStore,
  createMasterKeyring,
  createMemoryAdapter,
  storageError,
  type CredentialStore,
} from '@a2f/storage'
import { SAMPLE_CREDENTIALS } from '../../test-support/fixtures.js'

export const TRF4 = { ...SAMPLE_CREDENTIALS[0]!, id: 'trf4' }

/** 'lost' was sealed under a retired master key; 'trf4' under the current one. */
export async function storeWithUnreadable(clock: Clock): Promise<CredentialStore> {
  const adapter = createMemoryAdapter()
  const retired = await createMasterKeyring({
    keys: { 'old-2024': new Uint8Array(32).fill(7) },
    current: 'old-2024',
  })
  await createCredentialStore({ adapter, keys: retired, tenant: 'escritorio', actor: 'ana' }).create({
    ...SAMPLE_CREDENTIALS[1]!,
    id: 'lost',
  })
  const keys = await createMasterKeyring({
    keys: { 'test-2026': new Uint8Array(32).fill(42) },
    current: 'test-2026',
  })
  const store = createCredentialStore({
    adapter,
    keys,
    tenant: 'escritorio',
    actor: 'ana',
    now: () => clock.now(),
  })
  await store.create(TRF4)
  return store
}

/** `store` whose `codes()` rejects with UNAVAILABLE while `failing.codes` is true. */
export function flakyStore(store: CredentialStore, failing = { codes: true }): CredentialStore {
  return {
    ...store,
    codes: async (query) => {
      if (failing.codes) throw storageError('UNAVAILABLE', { operation: 'codes', adapter: 'memory' })
      return store.codes(query)
    },
  }
}
