import type { IDBPTransaction } from 'idb'
import type { AuditEntry, AuditQuery } from '../../store/adapter.js'
import type { A2fDatabase } from './schema.js'
import { auditEntriesOf } from './records.js'

type AuditTransaction = IDBPTransaction<A2fDatabase, ['audit'], 'readonly'>

/**
 * A tenant's audit entries, oldest first, or the newest `limit`. Entries are single records or a
 * batch's record (schema.ts); within the tenant both kinds share the store's key order, which is
 * insertion order.
 */
export async function readAuditTrail(
  tx: AuditTransaction,
  tenant: string,
  query: AuditQuery,
): Promise<AuditEntry[]> {
  if (query.credentialId !== undefined) {
    return credentialTrail(tx, tenant, query.credentialId, query.limit)
  }
  const index = tx.objectStore('audit').index('tenant')
  if (query.limit === undefined) return (await index.getAll(tenant)).flatMap(auditEntriesOf)
  // The newest `limit`: walk backwards from the end, then put them back oldest first.
  const newest: AuditEntry[] = []
  let cursor = query.limit > 0 ? await index.openCursor(tenant, 'prev') : null
  while (cursor !== null) {
    const entries = auditEntriesOf(cursor.value)
    for (let at = entries.length - 1; at >= 0 && newest.length < query.limit; at -= 1) {
      newest.push(entries[at]!)
    }
    cursor = newest.length < query.limit ? await cursor.continue() : null
  }
  return newest.reverse()
}

/**
 * One credential's entries: single records through `tenant_credential`, batch records through
 * `tenant_batch`, merged by primary key. For the newest `limit`, only the keys are read for all of them
 * and the records for those `limit` (a robot's claims can give one credential thousands of entries).
 */
async function credentialTrail(
  tx: AuditTransaction,
  tenant: string,
  credentialId: string,
  limit: number | undefined,
): Promise<AuditEntry[]> {
  if (limit !== undefined && limit <= 0) return []
  const store = tx.objectStore('audit')
  const key: [string, string] = [tenant, credentialId]
  const singles = store.index('tenant_credential')
  const batches = store.index('tenant_batch')
  let records: unknown[]
  if (limit === undefined) {
    // Each index gives its records in primary key order (one index key), with keys in the same order.
    const [singleKeys, singleRecords, batchKeys, batchRecords] = await Promise.all([
      singles.getAllKeys(key),
      singles.getAll(key),
      batches.getAllKeys(key),
      batches.getAll(key),
    ])
    records = mergeByKey(singleKeys, singleRecords, batchKeys, batchRecords)
  } else {
    const [singleKeys, batchKeys] = await Promise.all([singles.getAllKeys(key), batches.getAllKeys(key)])
    // A batch holds a credential once (the store never batches an id twice): one entry a key.
    const newest = [...singleKeys, ...batchKeys].sort((a, b) => a - b).slice(-limit)
    records = await Promise.all(newest.map((primaryKey) => store.get(primaryKey)))
  }
  const entries = records.flatMap(auditEntriesOf).filter((entry) => entry?.credentialId === credentialId)
  return limit === undefined ? entries : entries.slice(-limit)
}

/** Two key-ordered runs of records merged into one, by their (distinct) primary keys. */
function mergeByKey(aKeys: number[], a: unknown[], bKeys: number[], b: unknown[]): unknown[] {
  const merged: unknown[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && aKeys[i]! < bKeys[j]!)) merged.push(a[i++])
    else merged.push(b[j++])
  }
  return merged
}
