import type { IDBPTransaction, StoreNames } from 'idb'
import type { ChangeEvent, ChangePage } from '../../store/adapter.js'
import { CHANGE_LOG_RETAINED } from '../../store/change-log.js'
import { changeSegmentOf, type A2fDatabase, type ChangeSegmentRow, type LoggedChange } from './schema.js'
import { allRequests } from './transaction.js'

/** The stores a write's transaction must include to number its changes. */
export const CHANGE_STORES: StoreNames<A2fDatabase>[] = ['changeSegments', 'changeCounters']

/** A transaction over the log's stores and maybe others (a write's row and audit trail). */
type LogTransaction = IDBPTransaction<A2fDatabase, StoreNames<A2fDatabase>[], 'readwrite'>
type ReadTransaction = IDBPTransaction<A2fDatabase, StoreNames<A2fDatabase>[], 'readonly'>

/** Prune in steps of this many changes: one pass of deletes per thousand writes, not one per write. */
const PRUNE_EVERY = 1000

/**
 * Numbers a write's changes in its transaction. IndexedDB runs overlapping readwrite transactions one
 * after the other, so two tabs never take the same numbers, and numbers commit in order without holes.
 * The changes are appended to their segments (schema.ts): the last segment is read and rewritten, any
 * further ones are new.
 */
export async function recordChanges(
  tx: LogTransaction,
  tenant: string,
  origin: string,
  changes: readonly Omit<ChangeEvent, 'seq' | 'remote'>[],
): Promise<ChangeEvent[]> {
  if (changes.length === 0) return []
  const counters = tx.objectStore('changeCounters')
  const log = tx.objectStore('changeSegments')
  const counter = (await counters.get(tenant)) ?? { tenant, lastSeq: 0, oldestSeq: 1 }
  const first = counter.lastSeq + 1
  const events = changes.map((change, index) => ({ ...change, seq: first + index }))
  const lastSeq = first + changes.length - 1

  const firstSegment = changeSegmentOf(first)
  // The segment `first` falls in already holds earlier numbers unless `first` opens it.
  const opened =
    changeSegmentOf(counter.lastSeq) === firstSegment && counter.lastSeq > 0
      ? await log.get([tenant, firstSegment])
      : undefined
  const segments = new Map<number, ChangeSegmentRow>()
  if (opened !== undefined) segments.set(firstSegment, opened)
  for (const { type, id, version, seq } of events) {
    const segment = changeSegmentOf(seq)
    let row = segments.get(segment)
    if (row === undefined) segments.set(segment, (row = { tenant, segment, changes: [] }))
    row.changes.push({ seq, type, id, version, origin } satisfies LoggedChange)
  }

  let oldestSeq = counter.oldestSeq
  const pruneTo =
    Math.floor(lastSeq / PRUNE_EVERY) > Math.floor(counter.lastSeq / PRUNE_EVERY)
      ? lastSeq - CHANGE_LOG_RETAINED + 1
      : oldestSeq
  await allRequests((made) => {
    for (const row of segments.values()) made.push(log.put(row))
    // Whole segments below the new oldest number go; the one it falls in stays (read skips its start).
    for (let segment = changeSegmentOf(oldestSeq); segment < changeSegmentOf(pruneTo); segment += 1) {
      made.push(log.delete([tenant, segment]))
    }
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
  if (to < from) return { events: [], latest, oldest }
  const log = tx.objectStore('changeSegments')
  const segments = await Promise.all(
    Array.from({ length: changeSegmentOf(to) - changeSegmentOf(from) + 1 }, (_, index) =>
      log.get([tenant, changeSegmentOf(from) + index]),
    ),
  )
  const events: ChangeEvent[] = []
  for (const row of segments) {
    for (const change of row?.changes ?? []) {
      if (change.seq < from || change.seq > to) continue
      const event: ChangeEvent = {
        type: change.type,
        id: change.id,
        version: change.version,
        seq: change.seq,
      }
      if (change.origin !== origin) event.remote = true
      events.push(event)
    }
  }
  return { events, latest, oldest }
}
