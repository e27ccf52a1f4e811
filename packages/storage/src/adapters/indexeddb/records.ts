import type { AdapterFilter, AuditEntry, StoredCredential } from '../../store/adapter.js'
import type { AuditRecord, CredentialRecord } from './schema.js'

/** The row as stored: the tenant is added for keys and indexes. Nothing else is added, secrets stay sealed. */
export function credentialRecord(tenant: string, row: StoredCredential): CredentialRecord {
  return { ...row, tenant }
}

export function auditRecord(tenant: string, entry: AuditEntry): AuditRecord {
  return { ...entry, tenant }
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
 * Whether a record passes the equality filters. Index lookups already applied one of them; this applies
 * the others (the store filters again anyway, so this only saves it work).
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
