import type { StoreEvent } from '../model/credential-store.js'
import type { ChangeEvent, ChangePage, StorageAdapter } from './adapter.js'

/** Events read from the log per query while catching up. */
const PAGE_SIZE = 1000
/**
 * How long an event that arrived ahead of its turn waits for the ones before it before the log is read.
 * Another process's change can overtake one of this process's own (two sockets, one event loop); the
 * missing one nearly always follows within a few milliseconds, and a query for every overtaking would
 * load the database for nothing.
 */
const GAP_GRACE_MS = 100
/** Backoff while the log cannot be read (the database is down), first and longest wait. */
const RETRY_FIRST_MS = 500
const RETRY_MAX_MS = 30_000

type LogAdapter = Required<Pick<StorageAdapter, 'subscribe' | 'readChanges'>>

/**
 * One subscriber's view of a tenant's changes, in order, each once. The adapter delivers events as they
 * come (its own writes at once, other processes' through a channel that may drop, duplicate, or
 * reorder); committed change numbers have no holes, so a number ahead of the next expected one shows a
 * gap, which the log fills. `onInterrupted` (a reconnection) reads the log too, since the gap may be at
 * the end where no later event would reveal it.
 */
export function openChangeFeed(
  adapter: LogAdapter,
  tenant: string,
  listener: (event: StoreEvent) => void,
  since: number | undefined,
): () => void {
  /** The last number delivered, or from which to go on; undefined until the log's position is known. */
  let last = since
  /** Events that arrived ahead of their turn, by number. */
  const ahead = new Map<number, ChangeEvent>()
  let closed = false
  let reading = false
  let readAgain = false
  let gapTimer: ReturnType<typeof setTimeout> | undefined
  let retryTimer: ReturnType<typeof setTimeout> | undefined
  let retryMs = RETRY_FIRST_MS

  const deliver = (event: StoreEvent) => {
    try {
      listener(event)
    } catch (error) {
      // A subscriber's bug must not stop the feed (nor fail the write that emitted the event).
      queueMicrotask(() => {
        throw error
      })
    }
  }

  /** Delivers what follows `last` without a hole, from the events held ahead. */
  const drainAhead = () => {
    for (let next = ahead.get(last! + 1); next !== undefined; next = ahead.get(last! + 1)) {
      ahead.delete(next.seq!)
      last = next.seq!
      deliver(next)
    }
    for (const seq of ahead.keys()) if (seq <= last!) ahead.delete(seq)
  }

  const accept = (event: ChangeEvent) => {
    if (closed) return
    const seq = event.seq
    if (seq === undefined) {
      deliver(event)
      return
    }
    if (last === undefined) {
      // The first event before the log's position is known: it happened after subscribing (or in the
      // same instant), so it is delivered; the reading of the position fills anything before it.
      last = seq
      deliver(event)
      return
    }
    if (seq <= last) return
    if (seq === last + 1) {
      last = seq
      deliver(event)
      drainAhead()
      return
    }
    ahead.set(seq, event)
    if (!reading) readAfterGrace()
  }

  /** Reads the log soon, unless the missing events arrive first. */
  const readAfterGrace = () => {
    if (gapTimer !== undefined) return
    gapTimer = setTimeout(() => {
      gapTimer = undefined
      if (ahead.size > 0) void read()
    }, GAP_GRACE_MS)
    gapTimer.unref?.()
  }

  /** Reads the log from `last` until caught up; when that is impossible, one reset. */
  async function read(): Promise<void> {
    if (closed) return
    if (reading) {
      readAgain = true
      return
    }
    reading = true
    clearTimeout(gapTimer)
    gapTimer = undefined
    let failed = false
    try {
      do {
        readAgain = false
        let page: ChangePage
        do {
          // Live events may move `last` on while the query runs: the page is judged by where it began.
          const from = last
          page = await adapter.readChanges(
            tenant,
            from ?? Number.MAX_SAFE_INTEGER,
            from === undefined ? 0 : PAGE_SIZE,
          )
          if (closed) return
          if (from === undefined) {
            // Subscribed without `since`: what follows the log's position now is what this feed owes. An
            // event that came meanwhile set `last` itself; read on from it in case others passed unseen.
            if (last === undefined) last = page.latest
            else if (page.latest > last) readAgain = true
          } else if (from > page.latest || from < page.oldest - 1) {
            // Ahead of the log (another database, a restored one) or pruned past: nothing can be replayed.
            last = page.latest
            ahead.clear()
            deliver({ type: 'reset', seq: page.latest })
          } else {
            for (const event of page.events) accept(event)
          }
          if (last !== undefined) drainAhead()
        } while (page.events.length === PAGE_SIZE)
      } while (readAgain)
      retryMs = RETRY_FIRST_MS
    } catch {
      // The backend is down: try again later, with backoff, while someone listens. What the log holds
      // by then is replayed; live events meanwhile are held or delivered as they fit.
      failed = true
      retryTimer = setTimeout(() => void read(), retryMs)
      retryTimer.unref?.()
      retryMs = Math.min(retryMs * 2, RETRY_MAX_MS)
    } finally {
      reading = false
    }
    // Events that arrived ahead during the read, past what the page held: read again for them.
    if (!failed && !closed && ahead.size > 0) readAfterGrace()
  }

  const unsubscribe = adapter.subscribe(tenant, accept, () => void read())
  void read()

  return () => {
    if (closed) return
    closed = true
    clearTimeout(gapTimer)
    clearTimeout(retryTimer)
    ahead.clear()
    unsubscribe()
  }
}
