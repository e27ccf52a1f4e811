import { storageError } from '../errors.js'
import { compareVersion } from './compare-version.js'
import { MemoryChangeLog } from '../store/change-log.js'
import type {
  AdapterFilter,
  AuditEntry,
  AuditQuery,
  ChangeEvent,
  MetaRecord,
  StorageAdapter,
} from '../store/adapter.js'

/**
 * Keeps rows in memory: for tests, for short-lived tools, and as the reference the other adapters are
 * checked against. Rows are copied in and out, so callers can never change what is stored by mutating an
 * object they passed or received.
 */
export function createMemoryAdapter(): StorageAdapter {
  const tenants = new Map<string, TenantData>()
  const tenantData = (tenant: string): TenantData => {
    let data = tenants.get(tenant)
    if (data === undefined) {
      data = {
        rows: new Map(),
        audit: [],
        meta: new Map(),
        claims: new Map(),
        changes: new MemoryChangeLog(),
        listeners: new Set(),
      }
      tenants.set(tenant, data)
    }
    return data
  }
  /** Numbers the changes of one write in the tenant's log, then tells the subscribers. */
  const notify = (data: TenantData, ...events: Omit<ChangeEvent, 'seq'>[]) => {
    for (const event of data.changes.append(events)) {
      for (const listener of data.listeners) listener({ ...event })
    }
  }

  return {
    name: 'memory',

    async list(tenant, filter) {
      return selectRows(tenantData(tenant).rows, filter).map(clone)
    },

    // Copies of the `StoredKey` fields alone, made by hand: structuredClone of 10,000 whole rows was a
    // fifth of a first `codes()` on this adapter.
    async listKeys(tenant, filter) {
      return selectRows(tenantData(tenant).rows, filter).map(keyCopy)
    },

    async get(tenant, id) {
      const row = tenantData(tenant).rows.get(id)
      return row === undefined ? undefined : clone(row)
    },

    async insert(tenant, row, audit) {
      const data = tenantData(tenant)
      if (data.rows.has(row.id)) throw storageError('ALREADY_EXISTS', { id: row.id })
      data.rows.set(row.id, clone(row))
      data.audit.push(clone(audit))
      notify(data, { type: 'created', id: row.id, version: row.version })
    },

    async insertMany(tenant, rows, audits, options) {
      // No await: the checks and the writes happen together, atomically within the process.
      const data = tenantData(tenant)
      const existing = rows.filter((row) => data.rows.has(row.id)).map((row) => row.id)
      if (existing.length > 0 && options.existing === 'abort') return { existing }
      const taken = new Set(existing)
      rows.forEach((row, index) => {
        if (taken.has(row.id)) return
        data.rows.set(row.id, clone(row))
        data.audit.push(clone(audits[index]!))
      })
      notify(
        data,
        ...rows
          .filter((row) => !taken.has(row.id))
          .map((row) => ({ type: 'created', id: row.id, version: row.version }) as const),
      )
      return { existing }
    },

    async replace(tenant, row, expectedVersion, audit) {
      const data = tenantData(tenant)
      compareVersion(row.id, data.rows.get(row.id), expectedVersion)
      data.rows.set(row.id, clone(row))
      data.audit.push(clone(audit))
      notify(data, { type: 'updated', id: row.id, version: row.version })
    },

    async delete(tenant, id, expectedVersion, audit) {
      const data = tenantData(tenant)
      const actualVersion = compareVersion(id, data.rows.get(id), expectedVersion)
      data.rows.delete(id)
      data.audit.push(clone(audit))
      notify(data, { type: 'removed', id, version: actualVersion ?? 0 })
    },

    async claimCounter(tenant, fingerprint, counter, audit) {
      // No await between the read and the write: atomic within the process.
      const data = tenantData(tenant)
      const last = data.claims.get(fingerprint)
      const claimed = last === undefined ? counter : Math.max(last + 1, counter)
      data.claims.set(fingerprint, claimed)
      data.audit.push({ ...clone(audit), counter: claimed })
      return claimed
    },

    async appendAudit(tenant, entry) {
      tenantData(tenant).audit.push(clone(entry))
    },

    async listAudit(tenant, query: AuditQuery = {}) {
      const entries = tenantData(tenant).audit.filter(
        (entry) => query.credentialId === undefined || entry.credentialId === query.credentialId,
      )
      return (
        query.limit === undefined
          ? entries
          : entries.slice(entries.length - Math.min(query.limit, entries.length))
      ).map(clone)
    },

    async getMeta(tenant, key) {
      const meta = tenantData(tenant).meta.get(key)
      return meta === undefined ? undefined : clone(meta)
    },

    async putMeta(tenant, key, value, expectedVersion) {
      const data = tenantData(tenant)
      const actual = data.meta.get(key)?.version ?? 0
      if (actual !== expectedVersion) {
        throw storageError('CONFLICT', {
          id: key,
          expectedVersion,
          ...(actual === 0 ? {} : { actualVersion: actual }),
        })
      }
      data.meta.set(key, { value: clone(value), version: expectedVersion + 1 })
    },

    subscribe(tenant, listener) {
      const data = tenantData(tenant)
      // Each subscription gets its own wrapper, so subscribing the same function twice unsubscribes cleanly.
      const wrapper = (event: ChangeEvent) => listener(event)
      data.listeners.add(wrapper)
      return () => data.listeners.delete(wrapper)
    },

    async readChanges(tenant, after, limit) {
      return tenantData(tenant).changes.read(after, limit)
    },
  }
}

interface TenantData {
  rows: Map<string, unknown>
  audit: AuditEntry[]
  meta: Map<string, MetaRecord>
  /** Last claimed TOTP counter by authenticator fingerprint. */
  claims: Map<string, number>
  changes: MemoryChangeLog
  listeners: Set<(event: ChangeEvent) => void>
}

const clone = <T>(value: T): T => structuredClone(value)

/**
 * The tenant's rows, looked up by id when ids are given (a grid asks for the codes of the rows on
 * screen); the store applies every other filter itself.
 */
function selectRows(rows: Map<string, unknown>, filter: AdapterFilter | undefined): unknown[] {
  if (filter?.ids === undefined) return [...rows.values()]
  return [...new Set(filter.ids)].map((id) => rows.get(id)).filter((row) => row !== undefined)
}

/**
 * A copy of what `codes()` reads of a row, as stored: the fields are copied whatever they hold (the store
 * checks them), and the nested `otp` too, so nothing the caller gets is the stored object.
 */
function keyCopy(row: unknown): unknown {
  if (row === null || typeof row !== 'object') return row
  const { id, otp, secret, status, createdAt, systemId, owner } = row as Record<string, unknown>
  const key: Record<string, unknown> = {
    id,
    // Its fields are numbers and a name: a shallow copy is a whole one for any row the store accepts.
    otp: otp !== null && typeof otp === 'object' ? { ...otp } : otp,
    secret,
    status,
    createdAt,
  }
  if (systemId !== undefined) key.systemId = systemId
  if (owner !== undefined) key.owner = owner
  return key
}
