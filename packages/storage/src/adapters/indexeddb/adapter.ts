import type { IDBPTransaction, StoreNames } from 'idb'
import { compareVersion } from '../compare-version.js'
import { storageError } from '../../errors.js'
import type {
  AdapterFilter,
  AuditQuery,
  ChangeEvent,
  StorageAdapter,
  StoredCredential,
} from '../../store/adapter.js'
import { randomId } from '../../crypto/webcrypto.js'
import { CHANGE_STORES, readChangePage, recordChanges } from './change-log.js'
import { createChangeHub } from './changes.js'
import { createConnection } from './connection.js'
import type { A2fDatabase } from './schema.js'
import { ADAPTER_NAME } from './errors.js'
import { readAuditTrail } from './audit-trail.js'
import { auditBatchRecord, auditRecord, credentialRecord, matchesFilter, withoutTenant } from './records.js'
import { allRequests, inTransaction } from './transaction.js'

/** The stores every write's transaction covers: the row, its audit entry, its numbered changes. */
const WRITE_STORES: StoreNames<A2fDatabase>[] = ['credentials', 'audit', ...CHANGE_STORES]

/**
 * From this many rows, a batch learns which ids exist by reading the tenant's keys in one request
 * instead of asking for each row's key (a request each): a firm moving in has few rows yet, and 10,000
 * requests cost Chromium about 250 ms.
 */
const READ_ALL_KEYS_FROM = 256

export interface IndexedDbAdapterOptions {
  /** Database name; tabs using the same name share the data and each other's change events. Default 'a2f'. */
  name?: string
  /**
   * The IndexedDB factory. Defaults to `globalThis.indexedDB`, looked up on first use, so the adapter can
   * be created during server-side rendering. Inject one for tests (fake-indexeddb's `new IDBFactory()`).
   */
  indexedDB?: IDBFactory
  /**
   * Tell other tabs about changes (and hear theirs) through a BroadcastChannel named `a2f:<name>`.
   * Default true; ignored where there is no BroadcastChannel.
   */
  broadcast?: boolean
}

/**
 * Keeps rows in the browser's IndexedDB: the default store of the extension and web app. Secrets arrive
 * sealed by the store and are stored as they are.
 *
 * Each write runs in one readwrite transaction over the row and the audit trail, with the version check
 * inside it, so it is atomic and concurrent writers (two tabs) cannot both win. Subscribers hear about
 * this adapter's writes once committed, and other tabs' writes (`remote: true`) through a BroadcastChannel.
 */
export function createIndexedDbAdapter(options: IndexedDbAdapterOptions = {}): StorageAdapter {
  const name = options.name ?? 'a2f'
  const connection = createConnection({ name, factory: options.indexedDB })
  const changes = createChangeHub(name, options.broadcast ?? true)
  /** This adapter's id in the change log, so replayed changes of other tabs are `remote`. */
  const origin = randomId()

  /**
   * The tenant's rows as a range of primary keys (`[tenant]` up to `[tenant, []]`: an array sorts after
   * every string id), which Chromium reads about 40% faster than the same rows through the `tenant`
   * index. Only on the global factory: a key range must come from the factory's own implementation, and
   * an injected one (fake-indexeddb) gets the index.
   */
  const tenantRange = (tenant: string): IDBKeyRange | undefined => {
    const global = globalThis as { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange }
    const onGlobal = options.indexedDB === undefined || options.indexedDB === global.indexedDB
    return onGlobal ? global.IDBKeyRange?.bound([tenant], [tenant, []]) : undefined
  }

  /** The tenant's credential records as stored (tenant field included), the list's filters applied. */
  const readRecords = (operation: string, tenant: string, filter: AdapterFilter) =>
    inTransaction(connection, operation, ['credentials'], 'readonly', async (tx) => {
      const store = tx.objectStore('credentials')
      let records: unknown[]
      if (filter.ids !== undefined) {
        records = []
        for (const id of new Set(filter.ids)) {
          const record = await store.get([tenant, id])
          if (record !== undefined) records.push(record)
        }
      } else {
        // Equality filters are applied to the tenant's rows here (no index of their own since schema 4).
        const range = tenantRange(tenant)
        records = await (range === undefined ? store.index('tenant').getAll(tenant) : store.getAll(range))
      }
      return records.filter((record) => matchesFilter(record, filter))
    })

  return {
    name: ADAPTER_NAME,

    async list(tenant, filter: AdapterFilter = {}) {
      return (await readRecords('list', tenant, filter)).map(withoutTenant)
    },

    // The same records, left as read: `codes()` reads the key fields of each and ignores the rest (the
    // tenant included), so 10,000 copies without it would only feed the garbage collector.
    listKeys(tenant, filter: AdapterFilter = {}) {
      return readRecords('listKeys', tenant, filter)
    },

    get(tenant, id) {
      return inTransaction(connection, 'get', ['credentials'], 'readonly', async (tx) => {
        const record = await tx.objectStore('credentials').get([tenant, id])
        return record === undefined ? undefined : withoutTenant(record)
      })
    },

    async insert(tenant, row, audit) {
      const events = await inTransaction(connection, 'insert', WRITE_STORES, 'readwrite', async (tx) => {
        const credentials = tx.objectStore('credentials')
        if ((await credentials.getKey([tenant, row.id])) !== undefined) {
          throw storageError('ALREADY_EXISTS', { id: row.id })
        }
        await credentials.add(credentialRecord(tenant, row))
        await tx.objectStore('audit').add(auditRecord(tenant, audit))
        return recordChanges(tx, tenant, origin, [{ type: 'created', id: row.id, version: row.version }])
      })
      changes.published(tenant, events)
    },

    async insertMany(tenant, rows, audits, options) {
      const { existing, events } = await inTransaction(
        connection,
        'insertMany',
        WRITE_STORES,
        'readwrite',
        async (tx) => {
          const credentials = tx.objectStore('credentials')
          const exists = await existingIds(tx, tenant, rows)
          const found = rows.filter((row) => exists(row.id)).map((row) => row.id)
          if (found.length > 0 && options.existing === 'abort') return { existing: found, events: [] }
          const added = rows.filter((row) => !exists(row.id))
          if (added.length === 0) return { existing: found, events: [] }
          // Requests of one transaction run in order without waiting for each other's answers: made
          // together, 10,000 rows cost one pass instead of 10,000 round trips. The audit entries go as one
          // record (schema.ts: AuditBatchRecord).
          await allRequests((made) => {
            for (const row of added) made.push(credentials.add(credentialRecord(tenant, row)))
            const entries = audits.filter((_, index) => !exists(rows[index]!.id))
            made.push(tx.objectStore('audit').add(auditBatchRecord(tenant, entries)))
          })
          const created = added.map((row) => ({ type: 'created', id: row.id, version: row.version }) as const)
          return { existing: found, events: await recordChanges(tx, tenant, origin, created) }
        },
      )
      changes.published(tenant, events)
      return { existing }
    },

    async replace(tenant, row, expectedVersion, audit) {
      const events = await inTransaction(connection, 'replace', WRITE_STORES, 'readwrite', async (tx) => {
        const credentials = tx.objectStore('credentials')
        compareVersion(row.id, await credentials.get([tenant, row.id]), expectedVersion)
        await credentials.put(credentialRecord(tenant, row))
        await tx.objectStore('audit').add(auditRecord(tenant, audit))
        return recordChanges(tx, tenant, origin, [{ type: 'updated', id: row.id, version: row.version }])
      })
      changes.published(tenant, events)
    },

    async delete(tenant, id, expectedVersion, audit) {
      const events = await inTransaction(connection, 'delete', WRITE_STORES, 'readwrite', async (tx) => {
        const credentials = tx.objectStore('credentials')
        const version = compareVersion(id, await credentials.get([tenant, id]), expectedVersion)
        await credentials.delete([tenant, id])
        await tx.objectStore('audit').add(auditRecord(tenant, audit))
        return recordChanges(tx, tenant, origin, [{ type: 'removed', id, version: version ?? 0 }])
      })
      changes.published(tenant, events)
    },

    claimCounter(tenant, fingerprint, counter, audit) {
      // Read and write in one readwrite transaction: IndexedDB runs overlapping readwrite transactions
      // one after the other, so two tabs (or two calls) never both read the same last counter.
      return inTransaction(connection, 'claimCounter', ['claims', 'audit'], 'readwrite', async (tx) => {
        const claims = tx.objectStore('claims')
        const last = (await claims.get([tenant, fingerprint]))?.lastCounter
        const claimed = typeof last === 'number' ? Math.max(last + 1, counter) : counter
        await claims.put({ tenant, fingerprint, lastCounter: claimed })
        await tx.objectStore('audit').add(auditRecord(tenant, { ...audit, counter: claimed }))
        return claimed
      })
    },

    async appendAudit(tenant, entry) {
      await inTransaction(connection, 'appendAudit', ['audit'], 'readwrite', async (tx) => {
        await tx.objectStore('audit').add(auditRecord(tenant, entry))
      })
    },

    listAudit(tenant, query: AuditQuery = {}) {
      return inTransaction(connection, 'listAudit', ['audit'], 'readonly', (tx) =>
        readAuditTrail(tx, tenant, query),
      )
    },

    getMeta(tenant, key) {
      return inTransaction(connection, 'getMeta', ['meta'], 'readonly', async (tx) => {
        const record = await tx.objectStore('meta').get([tenant, key])
        return record === undefined ? undefined : { value: record.value, version: record.version }
      })
    },

    async putMeta(tenant, key, value, expectedVersion) {
      await inTransaction(connection, 'putMeta', ['meta'], 'readwrite', async (tx) => {
        const meta = tx.objectStore('meta')
        const actual = (await meta.get([tenant, key]))?.version ?? 0
        if (actual !== expectedVersion) {
          throw storageError('CONFLICT', {
            id: key,
            expectedVersion,
            ...(actual === 0 ? {} : { actualVersion: actual }),
          })
        }
        await meta.put({ tenant, key, value, version: expectedVersion + 1 })
      })
    },

    subscribe(tenant, listener: (event: ChangeEvent) => void, onInterrupted?: () => void) {
      return changes.subscribe(tenant, listener, onInterrupted)
    },

    readChanges(tenant, after, limit) {
      return inTransaction(connection, 'readChanges', CHANGE_STORES, 'readonly', (tx) =>
        readChangePage(tx, tenant, origin, after, limit),
      )
    },

    async close() {
      changes.close()
      connection.close()
    },
  }
}

/** Which of `rows`' ids the tenant already has, read in the batch's transaction. */
async function existingIds(
  tx: IDBPTransaction<A2fDatabase, StoreNames<A2fDatabase>[], 'readwrite'>,
  tenant: string,
  rows: readonly StoredCredential[],
): Promise<(id: string) => boolean> {
  const credentials = tx.objectStore('credentials')
  if (rows.length >= READ_ALL_KEYS_FROM) {
    const keys = await credentials.index('tenant').getAllKeys(tenant)
    const ids = new Set(keys.map(([, id]) => id))
    return (id) => ids.has(id)
  }
  const keys = await Promise.all(rows.map((row) => credentials.getKey([tenant, row.id])))
  const ids = new Set(rows.filter((_, index) => keys[index] !== undefined).map((row) => row.id))
  return (id) => ids.has(id)
}
