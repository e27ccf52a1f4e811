/**
 * The store a robot claims codes from: @a2f/storage on the shared PostgreSQL directly (`pg`, a pool of
 * its own, sealed with the run's master key), or @a2f/storage's HTTP client against the storage server
 * the orchestrator runs on the same database. Either way `claimCode(id, { minRemainingMs })`.
 *
 * ```ts
 * const { store, close } = await openClaimingStore('postgres', config, secrets)
 * const { counter, waitMs } = await store.claimCode(config.credentialId, { minRemainingMs: 5000 })
 * ```
 */
import { createCredentialStore, createMasterKeyring } from '@a2f/storage'
import { createHttpStore } from '@a2f/storage/http'
import { createPostgresAdapter } from '@a2f/storage/postgres'
import { MASTER_KEY_ID, type RobotSecrets, type StoreAccess } from '../robot-config.js'
import type { ClaimPath } from '../records.js'

export interface ClaimingStore {
  claimCode(
    id: string,
    options: { minRemainingMs?: number },
  ): Promise<{ code: string; counter: number; validUntil: number; waitMs: number }>
}

export async function openClaimingStore(
  path: ClaimPath,
  access: StoreAccess,
  secrets: RobotSecrets,
  actor: string,
): Promise<{ store: ClaimingStore; close(): Promise<void> }> {
  if (path === 'http') {
    const store = createHttpStore({
      baseUrl: access.storageUrl,
      headers: { authorization: `Bearer ${secrets.storageToken}` },
    })
    return { store, close: async () => undefined }
  }
  // The orchestrator migrated the database. The pool opens connections as needed: one, for one claimer.
  const adapter = createPostgresAdapter({ connectionString: access.postgresUrl, migrate: false })
  const keys = await createMasterKeyring({
    keys: { [MASTER_KEY_ID]: secrets.masterKey },
    current: MASTER_KEY_ID,
  })
  const store = createCredentialStore({ adapter, keys, tenant: access.tenant, actor })
  return { store, close: async () => adapter.close?.() }
}
