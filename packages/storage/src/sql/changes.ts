import type { ChangeEvent } from '../store/adapter.js'
import type { SqlClient, SqlQueryable } from './client.js'

/** The NOTIFY channel of every a2f adapter on a database. */
export const CHANGES_CHANNEL = 'a2f_changes'

/** What travels on the channel: ids and versions only, never a value. */
interface ChangeNotice {
  origin: string
  tenant: string
  type: ChangeEvent['type']
  id: string
  version: number
}

export interface ChangeHub {
  /** Queues the notice in the write's transaction: PostgreSQL delivers it only if the write commits. */
  notify(tx: SqlQueryable, tenant: string, event: ChangeEvent): Promise<void>
  /** `notify` for many events of one transaction, in one statement. */
  notifyMany(tx: SqlQueryable, tenant: string, events: readonly ChangeEvent[]): Promise<void>
  /** Tells this adapter's subscribers about a committed change of its own. */
  emit(tenant: string, event: ChangeEvent): void
  subscribe(tenant: string, listener: (event: ChangeEvent) => void): () => void
  close(): Promise<void>
}

/**
 * Change events for one adapter instance. Its own writes reach its subscribers directly after COMMIT
 * (synchronously, in order, even if LISTEN is not up yet); other processes' writes arrive through
 * LISTEN/NOTIFY as `remote: true`. Every notice carries `origin`, the adapter's random id, so an adapter
 * ignores the echo of its own notices. Events missed while the listening connection is down are lost,
 * as with any NOTIFY: subscribers that must not miss a change re-list after reconnecting.
 */
export function createChangeHub(client: SqlClient, origin: string): ChangeHub {
  const listeners = new Map<string, Set<(event: ChangeEvent) => void>>()
  let subscriptions = 0
  /** The running LISTEN, started with the first subscriber and stopped after the last. */
  let listening: Promise<(() => Promise<void>) | undefined> | undefined

  const deliver = (tenant: string, event: ChangeEvent) => {
    for (const listener of listeners.get(tenant) ?? []) {
      try {
        listener(event)
      } catch (error) {
        // A subscriber's bug must not fail a write that has committed; report it as event targets do.
        queueMicrotask(() => {
          throw error
        })
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
    deliver(notice.tenant, { type: notice.type, id: notice.id, version: notice.version, remote: true })
  }

  const startListening = () => {
    if (listening !== undefined || client.listen === undefined) return
    // Without LISTEN (the database refused it) subscribers still get this adapter's own changes.
    listening = client.listen(CHANGES_CHANNEL, onPayload).catch(() => {
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
    async notify(tx, tenant, event) {
      const notice: ChangeNotice = { origin, tenant, ...event }
      await tx.query('select pg_notify($1, $2)', [CHANGES_CHANNEL, JSON.stringify(notice)])
    },

    async notifyMany(tx, tenant, events) {
      if (events.length === 0) return
      const notices = events.map((event) =>
        JSON.stringify({ origin, tenant, ...event } satisfies ChangeNotice),
      )
      await tx.query('select pg_notify($1, notice) from unnest($2::text[]) as notice', [
        CHANGES_CHANNEL,
        notices,
      ])
    },

    emit: deliver,

    subscribe(tenant, listener) {
      let set = listeners.get(tenant)
      if (set === undefined) listeners.set(tenant, (set = new Set()))
      // Each subscription gets its own wrapper, so subscribing the same function twice unsubscribes cleanly.
      const wrapper = (event: ChangeEvent) => listener(event)
      set.add(wrapper)
      subscriptions += 1
      startListening()
      let active = true
      return () => {
        if (!active) return
        active = false
        set.delete(wrapper)
        subscriptions -= 1
        if (subscriptions === 0) void stopListening()
      }
    },

    async close() {
      listeners.clear()
      subscriptions = 0
      await stopListening()
    },
  }
}
