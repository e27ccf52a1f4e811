import type { DBSchema, IDBPDatabase } from 'idb'
import type { AuditEntry, StoredCredential } from '../../store/adapter.js'

/**
 * The database layout. Every record carries its tenant, and every key and index starts with it, so that a
 * read can only ever reach the caller's tenant: there is no store-wide query anywhere in the adapter.
 *
 * Bump `SCHEMA_VERSION` and add a step to `upgradeSchema` for any change: other tabs still on the old
 * version get a `versionchange` event, close, and reopen (see connection.ts).
 */
export const SCHEMA_VERSION = 4

/** A credential as stored: the sealed row plus its tenant (removed again on the way out). */
export type CredentialRecord = StoredCredential & { tenant: string }
/** An audit entry as stored; its key is an auto-incremented number, so key order is insertion order. */
export type AuditRecord = AuditEntry & { tenant: string }
/**
 * The audit entries of one batch (`insertMany`, since version 4) as one record: Chromium charges about
 * 80 µs for every record a transaction writes, so 10,000 entries as 10,000 records cost most of a firm's
 * move. `credentialKeys` (`[tenant, credentialId]` of each entry) is what the multi-entry index
 * `tenant_batch` finds the record by when one credential's trail is asked for.
 */
export interface AuditBatchRecord {
  tenant: string
  entries: AuditEntry[]
  credentialKeys: [string, string][]
}
export interface MetaRow {
  tenant: string
  key: string
  value: unknown
  version: number
}

/** The last TOTP counter claimed for an authenticator (`claimCounter`), by its fingerprint. */
export interface ClaimRow {
  tenant: string
  fingerprint: string
  lastCounter: number
}

/** One change of the tenant's log, as version 3 stored it (a record each): read once, by the upgrade to 4. */
export interface ChangeRow {
  tenant: string
  seq: number
  type: 'created' | 'updated' | 'removed'
  id: string
  version: number
  /** The writing adapter's random id: a replayed change is `remote` when it is not this adapter's. */
  origin: string
}

/** One change of the tenant's log: ids and versions, never a value. */
export type LoggedChange = Omit<ChangeRow, 'tenant'>

/**
 * The tenant's log in segments of `CHANGE_SEGMENT_SIZE` consecutive numbers (since version 4): segment
 * `s` holds the changes numbered `s × size` to `s × size + size - 1`, in order. One record per segment,
 * not per change, so a batch of 10,000 writes 313 records; and any number's segment is found by key,
 * without a key range (which an injected factory's realm may not provide).
 */
export interface ChangeSegmentRow {
  tenant: string
  segment: number
  changes: LoggedChange[]
}

/** A tenant's change numbers: the last one given, and the oldest still in the log. */
export interface ChangeCounterRow {
  tenant: string
  lastSeq: number
  oldestSeq: number
}

export interface A2fDatabase extends DBSchema {
  credentials: {
    key: [tenant: string, id: string]
    value: CredentialRecord
    // Versions 1 to 3 also had tenant_systemId, tenant_owner and tenant_status (equality filters of
    // `list`): each cost every write three more index entries, for filters a firm's few thousand rows
    // answer as fast by reading the tenant's rows. Version 4 drops them.
    indexes: {
      tenant: string
    }
  }
  audit: {
    key: number
    value: AuditRecord | AuditBatchRecord
    indexes: {
      tenant: string
      /** Single entries by credential. */
      tenant_credential: [string, string]
      /** Since version 4: batch records, by each credential they hold (multi-entry). */
      tenant_batch: [string, string]
    }
  }
  meta: {
    key: [tenant: string, key: string]
    value: MetaRow
  }
  /** Since version 2. */
  claims: {
    key: [tenant: string, fingerprint: string]
    value: ClaimRow
  }
  /** Since version 4 (version 3 had `changes`, a record per change). */
  changeSegments: {
    key: [tenant: string, segment: number]
    value: ChangeSegmentRow
  }
  /** Since version 3. */
  changeCounters: {
    key: string
    value: ChangeCounterRow
  }
}

/**
 * Consecutive change numbers per log record. A single write reads and rewrites its segment, so it stays
 * small: at 256, fake-indexeddb's cloning made a loop of 2,000 creates 2.0× slower than a record per
 * change; at 32, 1.1× (16: no slower), while a batch of 10,000 still writes only 313 records.
 */
export const CHANGE_SEGMENT_SIZE = 32

export const changeSegmentOf = (seq: number) => Math.floor(seq / CHANGE_SEGMENT_SIZE)

export type Database = IDBPDatabase<A2fDatabase>

/**
 * Creates what versions after `oldVersion` up to `newVersion` need, in the upgrade transaction `tx` (raw
 * IndexedDB: idb's wrapper only wraps what opening returns). Each step is what that version added, so a
 * database left by any release arrives at the same layout. (`newVersion` lets tests build a database as
 * an older release left it.)
 */
export function upgradeSchema(
  db: IDBDatabase,
  tx: IDBTransaction,
  oldVersion: number,
  newVersion = SCHEMA_VERSION,
): void {
  if (oldVersion < 1 && newVersion >= 1) {
    const credentials = db.createObjectStore('credentials', { keyPath: ['tenant', 'id'] })
    credentials.createIndex('tenant', 'tenant')
    credentials.createIndex('tenant_systemId', ['tenant', 'systemId'])
    credentials.createIndex('tenant_owner', ['tenant', 'owner'])
    credentials.createIndex('tenant_status', ['tenant', 'status'])

    const audit = db.createObjectStore('audit', { autoIncrement: true })
    audit.createIndex('tenant', 'tenant')
    audit.createIndex('tenant_credential', ['tenant', 'credentialId'])

    db.createObjectStore('meta', { keyPath: ['tenant', 'key'] })
  }
  if (oldVersion < 2 && newVersion >= 2) {
    db.createObjectStore('claims', { keyPath: ['tenant', 'fingerprint'] })
  }
  if (oldVersion < 3 && newVersion >= 3) {
    db.createObjectStore('changes', { keyPath: ['tenant', 'seq'] })
    db.createObjectStore('changeCounters', { keyPath: 'tenant' })
  }
  if (oldVersion < 4 && newVersion >= 4) {
    const credentials = tx.objectStore('credentials')
    for (const index of ['tenant_systemId', 'tenant_owner', 'tenant_status']) credentials.deleteIndex(index)
    tx.objectStore('audit').createIndex('tenant_batch', 'credentialKeys', { multiEntry: true })
    db.createObjectStore('changeSegments', { keyPath: ['tenant', 'segment'] })
    moveChangesToSegments(db, tx)
  }
}

/** Version 4: the log's records of version 3, one per change, become segments; the old store goes. */
function moveChangesToSegments(db: IDBDatabase, tx: IDBTransaction): void {
  const request = tx.objectStore('changes').getAll()
  request.onsuccess = () => {
    const segments = new Map<string, ChangeSegmentRow>()
    // getAll gives key order: by tenant, then number, so each segment's changes arrive in order.
    for (const { tenant, ...change } of request.result as ChangeRow[]) {
      const segment = changeSegmentOf(change.seq)
      const key = JSON.stringify([tenant, segment])
      let row = segments.get(key)
      if (row === undefined) segments.set(key, (row = { tenant, segment, changes: [] }))
      row.changes.push(change)
    }
    const store = tx.objectStore('changeSegments')
    for (const row of segments.values()) store.put(row)
    db.deleteObjectStore('changes')
  }
}
