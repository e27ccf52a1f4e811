/**
 * Opens the robot's credential store: the adapter for the location (PGlite in a directory, or PostgreSQL
 * by URL), then the passphrase vault on it — created on first use, unlocked afterwards — in tenant
 * 'default', acting as 'robot' in the audit trail.
 *
 * ```ts
 * const robot = await openStore({ location: { kind: 'pglite', dataDir: '.a2f-robot' }, passphrase })
 * try { console.log(await robot.store.list()) } finally { await robot.close() }
 * ```
 */
import { mkdirSync } from 'node:fs'
import {
  createCredentialStore,
  createVault,
  hasVault,
  isStorageError,
  unlockVault,
  type CredentialStore,
  type KdfCost,
  type StorageAdapter,
} from '@a2f/storage'
import type { StoreLocation } from './store-location.js'

export const ROBOT_TENANT = 'default'
export const ROBOT_ACTOR = 'robot'

export interface OpenStoreOptions {
  location: StoreLocation
  passphrase: string
  /** scrypt costs for a vault created now (tests lower them); an existing vault keeps its own. */
  kdf?: Partial<KdfCost>
  /** Milliseconds since the epoch, for the audit trail; injectable for tests. */
  now?: () => number
  /** Builds the adapter for a location; the default loads @a2f/storage/pglite or /postgres. */
  adapterFor?: (location: StoreLocation) => Promise<StorageAdapter>
}

export interface RobotStore {
  store: CredentialStore
  /** The adapter's name: 'pglite' or 'postgres' (or a test's own). */
  backend: string
  /** Whether this call created the vault (first use of this store). */
  vaultCreated: boolean
  close(): Promise<void>
}

export async function openStore(options: OpenStoreOptions): Promise<RobotStore> {
  const adapter = await (options.adapterFor ?? defaultAdapter)(options.location)
  try {
    const { keys, created } = await openVault(adapter, options)
    const store = createCredentialStore({
      adapter,
      keys,
      tenant: ROBOT_TENANT,
      actor: ROBOT_ACTOR,
      ...(options.now === undefined ? {} : { now: options.now }),
    })
    return {
      store,
      backend: adapter.name,
      vaultCreated: created,
      async close() {
        keys.lock()
        await adapter.close?.()
      },
    }
  } catch (error) {
    await adapter.close?.().catch(() => undefined)
    throw error
  }
}

async function openVault(adapter: StorageAdapter, options: OpenStoreOptions) {
  const { passphrase } = options
  const vault = { tenant: ROBOT_TENANT, passphrase }
  if (await hasVault(adapter, { tenant: ROBOT_TENANT })) {
    return { keys: await unlockVault(adapter, vault), created: false }
  }
  try {
    const kdf = options.kdf === undefined ? {} : { kdf: options.kdf }
    return { keys: await createVault(adapter, { ...vault, ...kdf }), created: true }
  } catch (error) {
    // Another robot created it between our check and our write: open theirs.
    if (!isStorageError(error, 'VAULT_EXISTS')) throw error
    return { keys: await unlockVault(adapter, vault), created: false }
  }
}

/** Loads only the driver in use: a PGlite robot never loads `pg`, and the other way round. */
async function defaultAdapter(location: StoreLocation): Promise<StorageAdapter> {
  if (location.kind === 'postgres') {
    const { createPostgresAdapter } = await import('@a2f/storage/postgres')
    return createPostgresAdapter({ connectionString: location.url })
  }
  mkdirSync(location.dataDir, { recursive: true })
  const { createPGliteAdapter } = await import('@a2f/storage/pglite')
  return createPGliteAdapter({ dataDir: location.dataDir })
}
