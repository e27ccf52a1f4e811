import type { IDBPTransaction, StoreNames } from 'idb'
import type { ChangeEvent, ChangePage } from '../../store/adapter.js'
import { CHANGE_LOG_RETAINED } from '../../store/change-log.js'
import type { A2fDatabase } from './schema.js'
import { allRequests } from './transaction.js'

/** The stores a write's transaction must include to number its changes. */
export const CHANGE_STORES: StoreNames<A2fDatabase>[] = ['changes', 'changeCounters']

/** A transaction over the log's stores and maybe others (a write's row and audit trail). */
type LogTransaction = IDBPTransaction<A2fDatabase, StoreNames<A2fDatabase>[], 'readwrite'>
type ReadTransaction = IDBPTransaction<A2fDatabase, StoreNames<A2fDatabase>[], 'readonly'>

/** Prune in steps of this many changes: one pass of deletes per thousand writes, not one per write. */
const PRUNE_EVERY = 1000

/**
 * Numbers a write's changes in its transaction. IndexedDB runs overlapping readwrite transactions one
 * after the other, so two tabs never take the same numbers, and numbers commit in order without holes.
 * The log is read by key (`[tenant, seq]`, every number known from the counter row), so no key range is
 * needed: the adapter works with any injected IndexedDB factory.
 */
export async function recordChanges(
  tx: LogTransaction,
  tenant: string,
  origin: string,
  changes: readonly Omit<ChangeEvent, 'seq' | 'remote'>[],
): Promise<ChangeEvent[]> {
  if (changes.length === 0) return []
  const counters = tx.objectStore('changeCounters')
  const log = tx.objectStore('changes')
  const counter = (await counters.get(tenant)) ?? { tenant, lastSeq: 0, oldestSeq: 1 }
  const first = counter.lastSeq + 1
  const events = changes.map((change, index) => ({ ...change, seq: first + index }))
  const lastSeq = first + changes.length - 1
  let oldestSeq = counter.oldestSeq
  const pruneTo =
    Math.floor(lastSeq / PRUNE_EVERY) > Math.floor(counter.lastSeq / PRUNE_EVERY)
      ? lastSeq - CHANGE_LOG_RETAINED + 1
      : oldestSeq
  await allRequests((made) => {
    for (const event of events) {
      made.push(
        log.add({ tenant, origin, seq: event.seq, type: event.type, id: event.id, version: event.version }),
      )
    }
    for (let seq = oldestSeq; seq < pruneTo; seq += 1) made.push(log.delete([tenant, seq]))
  })
  oldestSeq = Math.max(oldestSeq, pruneTo)
  await counters.put({ tenant, lastSeq, oldestSeq })
  return events
}

/** A page of the tenant's log, read in one transaction so the bounds and the page agree. */
export async function readChangePage(
  tx: ReadTransaction,
  tenant: string,
  origin: string,
  after: number,
  limit: number,
): Promise<ChangePage> {
  const counter = await tx.objectStore('changeCounters').get(tenant)
  const latest = counter?.lastSeq ?? 0
  const oldest = counter?.oldestSeq ?? 1
  const from = Math.max(after + 1, oldest)
  const to = Math.min(latest, from + Math.max(0, limit) - 1)
  const log = tx.objectStore('changes')
  const rows = await Promise.all(
    Array.from({ length: Math.max(0, to - from + 1) }, (_, index) => log.get([tenant, from + index])),
  )
  const events = rows
    .filter((row) => row !== undefined)
    .map((row) => {
      const event: ChangeEvent = { type: row.type, id: row.id, version: row.version, seq: row.seq }
      if (row.origin !== origin) event.remote = true
      return event
    })
  return { events, latest, oldest }
}
