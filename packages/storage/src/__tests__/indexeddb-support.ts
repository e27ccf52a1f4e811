import { createIndexedDbAdapter } from '../adapters/indexeddb/adapter.js'
import { openDatabase } from '../adapters/indexeddb/open.js'
import type { CredentialRecord } from '../adapters/indexeddb/schema.js'
import { createCredentialStore } from '../store/create-credential-store.js'
import type { StoredCredential } from '../store/adapter.js'
import { testKeyring } from '../test-support/fast-keys.js'
import type { ContractSubject } from './contract/subject.js'

/** A database for one test: a factory (fake or the browser's) and a name no other test uses. */
export interface TestDatabase {
  factory: IDBFactory
  name: string
}

let counter = 0
/** A database name unique in this page or process (BroadcastChannels are named after it). */
export const uniqueName = (prefix: string) =>
  `${prefix}-${Date.now().toString(36)}-${(counter += 1)}-${Math.random().toString(36).slice(2, 8)}`

/** The contract suite's backend: one adapter on a fresh database per test, deleted afterwards. */
export function indexedDbSubject(name: string, database: () => TestDatabase): ContractSubject {
  return {
    name,
    async setup() {
      const db = database()
      const adapter = createIndexedDbAdapter({ indexedDB: db.factory, name: db.name })
      const keys = await testKeyring()
      // The store lists by `createdAt`, breaking ties by (random) id: two credentials created within one
      // millisecond would list in random order and fail "oldest first" now and then. A clock that always
      // moves keeps the suite deterministic; the order itself is the store's business, not the adapter's.
      let last = 0
      const now = () => (last = Math.max(Date.now(), last + 1))
      return {
        store: (tenant, actor) =>
          createCredentialStore({ adapter, keys, tenant, now, ...(actor ? { actor } : {}) }),
        tamper: (tenant, id, edit) => tamperRow(db, tenant, id, edit),
        async cleanup() {
          await adapter.close?.()
          await deleteDatabase(db)
        },
      }
    },
  }
}

/**
 * Rewrites a stored row through a connection of its own, as another program with access to the profile
 * would: whatever `edit` returns is stored (only the tenant, part of the key, is put back).
 */
export async function tamperRow(
  db: TestDatabase,
  tenant: string,
  id: string,
  edit: (row: StoredCredential) => unknown,
): Promise<void> {
  const connection = await openDatabase(db.factory, db.name)
  try {
    const tx = connection.transaction('credentials', 'readwrite')
    const record = await tx.store.get([tenant, id])
    if (record === undefined) throw new Error(`no row ${tenant}/${id} to tamper with`)
    const { tenant: _tenant, ...row } = record
    const edited = edit(structuredClone(row))
    await tx.store.put({ ...(edited as object), tenant } as CredentialRecord)
    await tx.done
  } finally {
    connection.close()
  }
}

/** Every record of every store, as stored. */
export async function rawRecords(
  db: TestDatabase,
): Promise<{ credentials: unknown[]; audit: unknown[]; meta: unknown[] }> {
  const connection = await openDatabase(db.factory, db.name)
  try {
    const tx = connection.transaction(['credentials', 'audit', 'meta'])
    return {
      credentials: await tx.objectStore('credentials').getAll(),
      audit: await tx.objectStore('audit').getAll(),
      meta: await tx.objectStore('meta').getAll(),
    }
  } finally {
    connection.close()
  }
}

/**
 * Deletes the database. `blocked` means a connection was left open after its adapter was closed (or
 * does not give way to another tab): a bug, reported as one instead of a hook timeout.
 */
export function deleteDatabase(db: TestDatabase): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = db.factory.deleteDatabase(db.name)
    request.onsuccess = () => resolve()
    request.onerror = () => reject(request.error)
    request.onblocked = () => reject(new Error(`deleting ${db.name} is blocked by an open connection`))
  })
}

/** Waits for a condition that another tab (a BroadcastChannel message) makes true. */
export async function waitFor(condition: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const start = Date.now()
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

/** Lets queued messages and events arrive (to show that one did not). */
export const settle = (ms = 50) => new Promise((resolve) => setTimeout(resolve, ms))
