import type { AdapterFilter, AuditEntry, StoredCredential } from '../../store/adapter.js'
import type { AuditBatchRecord, AuditRecord, CredentialRecord } from './schema.js'

/** The row as stored: the tenant is added for keys and indexes. Nothing else is added, secrets stay sealed. */
export function credentialRecord(tenant: string, row: StoredCredential): CredentialRecord {
  return { ...row, tenant }
}

export function auditRecord(tenant: string, entry: AuditEntry): AuditRecord {
  return { ...entry, tenant }
}

/** A batch's audit entries as one record (schema.ts: `AuditBatchRecord`). */
export function auditBatchRecord(tenant: string, entries: readonly AuditEntry[]): AuditBatchRecord {
  return {
    tenant,
    entries: [...entries],
    credentialKeys: entries.map((entry) => [tenant, entry.credentialId]),
  }
}

/** The entries an audit record holds, oldest first: one, or a batch's. */
export function auditEntriesOf(record: unknown): AuditEntry[] {
  const batch = (record as Partial<AuditBatchRecord> | null)?.entries
  if (Array.isArray(batch)) return batch
  return [withoutTenant(record) as AuditEntry]
}

/**
 * A stored record without its tenant: what the caller stored. Records are returned as found (the store
 * validates them), so this copes with anything, including a record edited behind our back.
 */
export function withoutTenant(record: unknown): unknown {
  if (record === null || typeof record !== 'object') return record
  const { tenant: _tenant, ...rest } = record as Record<string, unknown>
  return rest
}

/**
 * Whether a record passes the equality filters, applied to the tenant's rows (the store filters again
 * anyway, so this only saves it work).
 */
export function matchesFilter(record: unknown, filter: AdapterFilter): boolean {
  const r = record as Partial<Record<keyof AdapterFilter, unknown>> | null
  if (r === null || typeof r !== 'object') return true
  return (
    (filter.systemId === undefined || r.systemId === filter.systemId) &&
    (filter.owner === undefined || r.owner === filter.owner) &&
    (filter.status === undefined || r.status === filter.status)
  )
}
