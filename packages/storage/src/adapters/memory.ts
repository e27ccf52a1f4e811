import { storageError } from '../errors.js'
import { compareVersion } from './compare-version.js'
import { MemoryChangeLog } from '../store/change-log.js'
import type { AuditEntry, AuditQuery, ChangeEvent, MetaRecord, StorageAdapter } from '../store/adapter.js'

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
      const rows = tenantData(tenant).rows
      // Looked up by id when ids are given (a grid asks for the codes of the rows on screen); the store
      // applies every other filter itself.
      if (filter?.ids !== undefined) {
        const found = [...new Set(filter.ids)].map((id) => rows.get(id))
        return found.filter((row) => row !== undefined).map(clone)
      }
      return [...rows.values()].map(clone)
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
