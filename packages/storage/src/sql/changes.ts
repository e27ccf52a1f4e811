import type { ChangeEvent, ChangePage } from '../store/adapter.js'
import { CHANGE_LOG_RETAINED } from '../store/change-log.js'
import type { SqlClient, SqlQueryable } from './client.js'

/** The NOTIFY channel of every a2f adapter on a database. */
export const CHANGES_CHANNEL = 'a2f_changes'

/** What travels on the channel: ids, versions and numbers only, never a value. */
interface ChangeNotice {
  origin: string
  tenant: string
  type: ChangeEvent['type']
  id: string
  version: number
  seq: number
}

/** A change of a write, before the log numbers it. */
export type UnnumberedChange = Omit<ChangeEvent, 'seq' | 'remote'>

export interface ChangeHub {
  /**
   * Numbers the write's changes in the tenant's log and queues their notices, in the write's
   * transaction (PostgreSQL delivers notices only if it commits). Call it last in the transaction: it
   * takes the tenant's counter row, whose lock orders the tenant's writes until COMMIT.
   */
  record(tx: SqlQueryable, tenant: string, changes: readonly UnnumberedChange[]): Promise<ChangeEvent[]>
  /** Tells this adapter's subscribers about committed changes of its own. */
  emit(tenant: string, events: readonly ChangeEvent[]): void
  subscribe(tenant: string, listener: (event: ChangeEvent) => void, onInterrupted?: () => void): () => void
  /** A page of the tenant's log (`StorageAdapter.readChanges`). */
  read(tenant: string, after: number, limit: number): Promise<ChangePage>
  close(): Promise<void>
}

/** Prune the log when a tenant's numbers cross a multiple of this: one DELETE per thousand changes. */
const PRUNE_EVERY = 1000

const TAKE_NUMBERS = `insert into a2f_change_counters as c (tenant, last_seq) values ($1, $2)
  on conflict (tenant) do update set last_seq = c.last_seq + excluded.last_seq
  returning last_seq`

/** Writes the numbered changes to the log and queues one notice each, in one statement. */
const LOG_AND_NOTIFY = `with logged as (
    insert into a2f_changes (tenant, seq, type, credential_id, version, origin)
      select $1, seq, type, id, version, $8 from unnest($2::bigint[], $3::text[], $4::text[], $5::integer[])
        as change(seq, type, id, version)
  )
  select pg_notify($6, notice) from unnest($7::text[]) as notice`

/** One snapshot: the log's bounds and the page agree. */
const READ_CHANGES = `select
    (select last_seq from a2f_change_counters where tenant = $1) as latest,
    (select min(seq) from a2f_changes where tenant = $1) as oldest,
    (select coalesce(json_agg(json_build_array(seq, type, credential_id, version, origin) order by seq), '[]')
      from (select seq, type, credential_id, version, origin from a2f_changes
        where tenant = $1 and seq > $2 order by seq limit $3) page) as events`

/**
 * Change events for one adapter instance. Its own writes reach its subscribers directly after COMMIT
 * (synchronously, in order, even if LISTEN is not up yet); other processes' writes arrive through
 * LISTEN/NOTIFY as `remote: true`. Every notice carries `origin`, the adapter's random id, so an adapter
 * ignores the echo of its own notices. NOTIFY drops what is sent while the listening connection is
 * down: each time LISTEN is (again) in place, subscribers are told `onInterrupted`, and the store reads
 * what they missed from the log (`read`).
 */
export function createChangeHub(client: SqlClient, origin: string): ChangeHub {
  interface Subscription {
    listener: (event: ChangeEvent) => void
    onInterrupted: (() => void) | undefined
  }
  const subscriptions = new Map<string, Set<Subscription>>()
  let count = 0
  /** The running LISTEN, started with the first subscriber and stopped after the last. */
  let listening: Promise<(() => Promise<void>) | undefined> | undefined

  const report = (error: unknown) =>
    // A subscriber's bug must not fail a write that has committed; report it as event targets do.
    queueMicrotask(() => {
      throw error
    })

  const deliver = (tenant: string, event: ChangeEvent) => {
    for (const subscription of subscriptions.get(tenant) ?? []) {
      try {
        subscription.listener({ ...event })
      } catch (error) {
        report(error)
      }
    }
  }

  const onPayload = (payload: string) => {
    let notice: Partial<ChangeNotice>
    try {
      notice = JSON.parse(payload) as Partial<ChangeNotice>
    } catch {
      return
    }
    if (notice.origin === origin || typeof notice.tenant !== 'string') return
    if (notice.type !== 'created' && notice.type !== 'updated' && notice.type !== 'removed') return
    if (typeof notice.id !== 'string' || typeof notice.version !== 'number') return
    if (typeof notice.seq !== 'number') return
    const { type, id, version, seq } = notice
    deliver(notice.tenant, { type, id, version, seq, remote: true })
  }

  const onListening = () => {
    for (const set of subscriptions.values()) {
      for (const subscription of set) {
        try {
          subscription.onInterrupted?.()
        } catch (error) {
          report(error)
        }
      }
    }
  }

  const startListening = () => {
    if (listening !== undefined || client.listen === undefined) return
    // Without LISTEN (the database refused it) subscribers still get this adapter's own changes.
    listening = client.listen(CHANGES_CHANNEL, onPayload, onListening).catch(() => {
      listening = undefined
      return undefined
    })
  }
  const stopListening = async () => {
    const running = listening
    listening = undefined
    const stop = await running
    await stop?.().catch(() => undefined)
  }

  return {
    async record(tx, tenant, changes) {
      if (changes.length === 0) return []
      const { rows } = await tx.query<{ last_seq: unknown }>(TAKE_NUMBERS, [tenant, changes.length])
      // bigint: a string from `pg`, a number from PGlite.
      const last = Number(rows[0]?.last_seq)
      if (!Number.isSafeInteger(last)) throw new Error('the change counter returned no number')
      const first = last - changes.length + 1
      const events = changes.map((change, index) => ({ ...change, seq: first + index }))
      const notices = events.map((event) =>
        JSON.stringify({ origin, tenant, ...event } satisfies ChangeNotice),
      )
      await tx.query(LOG_AND_NOTIFY, [
        tenant,
        events.map((event) => event.seq),
        events.map((event) => event.type),
        events.map((event) => event.id),
        events.map((event) => event.version),
        CHANGES_CHANNEL,
        notices,
        origin,
      ])
      if (Math.floor(last / PRUNE_EVERY) > Math.floor((first - 1) / PRUNE_EVERY)) {
        await tx.query('delete from a2f_changes where tenant = $1 and seq <= $2', [
          tenant,
          last - CHANGE_LOG_RETAINED,
        ])
      }
      return events
    },

    emit(tenant, events) {
      for (const event of events) deliver(tenant, event)
    },

    subscribe(tenant, listener, onInterrupted) {
      let set = subscriptions.get(tenant)
      if (set === undefined) subscriptions.set(tenant, (set = new Set()))
      // Each subscription is its own object, so subscribing the same function twice unsubscribes cleanly.
      const subscription: Subscription = { listener, onInterrupted }
      set.add(subscription)
      count += 1
      startListening()
      let active = true
      return () => {
        if (!active) return
        active = false
        set.delete(subscription)
        count -= 1
        if (count === 0) void stopListening()
      }
    },

    async read(tenant, after, limit) {
      const { rows } = await client.query<{ latest: unknown; oldest: unknown; events: unknown }>(
        READ_CHANGES,
        [tenant, after, limit],
      )
      const row = rows[0]
      const latest = row?.latest === null || row?.latest === undefined ? 0 : Number(row.latest)
      const oldest = row?.oldest === null || row?.oldest === undefined ? latest + 1 : Number(row.oldest)
      const raw = typeof row?.events === 'string' ? (JSON.parse(row.events) as unknown) : row?.events
      const events = (Array.isArray(raw) ? raw : []).map((entry) => {
        const [seq, type, id, version, writer] = entry as [
          unknown,
          ChangeEvent['type'],
          string,
          unknown,
          unknown,
        ]
        const event: ChangeEvent = { type, id, version: Number(version), seq: Number(seq) }
        if (writer !== origin) event.remote = true
        return event
      })
      return { events, latest, oldest }
    },

    async close() {
      subscriptions.clear()
      count = 0
      await stopListening()
    },
  }
}
