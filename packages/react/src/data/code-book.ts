/**
 * Live codes of stored credentials, computed by the store (`store.codes`), so a browser on an HTTP store
 * shows codes without ever holding a key. One code book serves the whole provider:
 *
 * - it fetches codes only for the ids someone is showing (a virtualized grid of 10,000 credentials asks
 *   for the thirty rows on screen), batched into one `codes()` call per tick;
 * - it listens to the shared one-second tick, and tells a row only when what it shows changes: its code
 *   (once per window) and whether it is expiring (once per window). Nothing re-renders every second.
 * - when codes start expiring it already asks the store for the next window's codes (`codes` takes a
 *   timestamp), and swaps them in on the tick that ends the window: the new code shows exactly on time
 *   even over a slow network, in the same React commit as every other countdown on the page.
 * - its subscribers are its lifetime, as with TanStack's `QueryObserver`: the first one starts the tick,
 *   the last one to leave stops it and drops what it fetched. Creating a book starts nothing and nothing
 *   ever ends it for good, so React may create it during render (StrictMode renders twice) and subscribe,
 *   unsubscribe and subscribe again (StrictMode's mount → cleanup → mount) without losing a code.
 *
 * @example
 * const book = createCodeBook(store, clock)
 * const stop = book.subscribe('cred-1', () => render(book.get('cred-1')))
 */
import type { Clock } from '@a2f/core'
import type { CredentialCode, CredentialStore, UnreadableReason } from '@a2f/storage'

export interface LiveEntry {
  /** Undefined until the first fetch answered. */
  code?: CredentialCode
  /** When at most `expiringMs` remain of `code`. */
  expiring: boolean
  /** Why the store could not compute this code (corrupted record, unknown key). */
  unreadable?: UnreadableReason
  /** The fetch failed (store unavailable); the last code, if any, stays. */
  error?: unknown
  /** The store has no credential with this id (removed, here or elsewhere). */
  missing?: true
}

export interface CodeBook {
  get(id: string): LiveEntry
  subscribe(id: string, listener: () => void): () => void
  /** Fetches every watched code again (after a store change). */
  refresh(): void
  /**
   * Drops every subscriber, code and pending fetch, and stops the tick. Not final: a later `subscribe`
   * starts the book again (React StrictMode re-runs effects after their cleanup). The provider does not
   * call it: a book with no subscribers holds no timer.
   */
  dispose(): void
}

export interface CodeBookOptions {
  /** Default 5000 ms. */
  expiringMs?: number
  /** Called with the error of a failed fetch (the entries also carry it). */
  onError?: (error: unknown) => void
}

/** The entry of an id nobody has fetched yet (or of no id at all). */
export const EMPTY_ENTRY: LiveEntry = /* @__PURE__ */ Object.freeze({ expiring: false })
const MISSING: LiveEntry = /* @__PURE__ */ Object.freeze({ expiring: false, missing: true })

export function createCodeBook(
  store: CredentialStore,
  clock: Clock,
  options: CodeBookOptions = {},
): CodeBook {
  const expiringMs = options.expiringMs ?? 5000
  const listeners = new Map<string, Set<() => void>>()
  const entries = new Map<string, LiveEntry>()
  const wanted = new Set<string>()
  /** Ids of the fetch in flight: a subscriber that comes back (StrictMode) or a tick does not ask twice. */
  const fetching = new Set<string>()
  /** The next window's codes, fetched ahead while the current ones expire. */
  const upcoming = new Map<string, CredentialCode>()
  const prefetching = new Set<number>()
  /** Bumped by `refresh`: codes fetched ahead before a change are dropped when they arrive. */
  let generation = 0
  /** Bumped by `dispose`: every answer to a fetch started before it is dropped. */
  let lifetime = 0
  let inFlight = false
  let scheduled = false
  let stopTick: (() => void) | undefined

  /**
   * Stops the tick once nobody is subscribed at the end of this task. Not at once: StrictMode (and a
   * virtualized list scrolling) unsubscribes and subscribes again in the same task, and the tick keeps
   * running through that instead of being stopped and started again.
   */
  const releaseTick = () => {
    const startedIn = lifetime
    queueMicrotask(() => {
      if (listeners.size > 0 || startedIn !== lifetime) return
      stopTick?.()
      stopTick = undefined
    })
  }

  const notify = (id: string) => {
    for (const listener of [...(listeners.get(id) ?? [])]) listener()
  }

  const set = (id: string, entry: LiveEntry) => {
    entries.set(id, entry)
    notify(id)
  }
  /** An answer for an id nobody shows any more (scrolled away, unmounted) is not kept. */
  const setWatched = (id: string, entry: LiveEntry) => {
    if (listeners.has(id)) set(id, entry)
  }

  const isStale = (entry: LiveEntry | undefined, now: number) =>
    !entry || (!entry.unreadable && !entry.missing && (!entry.code || now >= entry.code.validUntil))

  const scheduleFetch = () => {
    if (scheduled) return
    scheduled = true
    // A microtask batches the subscriptions of one render (every visible row) into one call.
    queueMicrotask(() => {
      scheduled = false
      void fetchWanted()
    })
  }

  const fetchWanted = async () => {
    if (inFlight || wanted.size === 0) return
    inFlight = true
    const ids = [...wanted]
    wanted.clear()
    for (const id of ids) fetching.add(id)
    const startedIn = lifetime
    try {
      const timestamp = clock.now()
      const result = await store.codes({ ids, timestamp })
      if (startedIn !== lifetime) return
      const now = clock.now()
      const found = new Set<string>()
      for (const code of result.codes) {
        found.add(code.id)
        const expiring = now >= code.validUntil - expiringMs
        const previous = entries.get(code.id)
        if (
          previous?.code?.code === code.code &&
          previous.code.nextCode === code.nextCode &&
          !previous.error
        ) {
          continue
        }
        setWatched(code.id, { code, expiring })
      }
      for (const { id, reason } of result.unreadable) {
        found.add(id)
        setWatched(id, { expiring: false, unreadable: reason })
      }
      // Ids the store does not have (removed, here or elsewhere): say so, rather than look still loading.
      for (const id of ids) if (!found.has(id) && entries.get(id) !== MISSING) setWatched(id, MISSING)
    } catch (error) {
      if (startedIn !== lifetime) return
      options.onError?.(error)
      for (const id of ids) setWatched(id, { ...(entries.get(id) ?? EMPTY_ENTRY), error })
    } finally {
      // After a dispose the book already runs its next lifetime: leave its state alone.
      if (startedIn === lifetime) {
        inFlight = false
        for (const id of ids) fetching.delete(id)
        if (wanted.size > 0) scheduleFetch()
      }
    }
  }

  const tick = (now: number) => {
    const ahead = new Map<number, string[]>()
    for (const id of listeners.keys()) {
      const entry = entries.get(id)
      const next = upcoming.get(id)
      if (entry?.code && next && now >= next.validFrom && now < next.validUntil) {
        upcoming.delete(id)
        set(id, { code: next, expiring: now >= next.validUntil - expiringMs })
        continue
      }
      if (isStale(entry, now)) {
        if (!fetching.has(id)) wanted.add(id)
        continue
      }
      const code = entry?.code
      if (!code || !entry) continue
      const expiring = now >= code.validUntil - expiringMs
      if (expiring !== entry.expiring) set(id, { ...entry, expiring })
      if (expiring && !upcoming.has(id)) {
        const ids = ahead.get(code.validUntil) ?? []
        ids.push(id)
        ahead.set(code.validUntil, ids)
      }
    }
    if (wanted.size > 0) scheduleFetch()
    for (const [timestamp, ids] of ahead) void prefetch(timestamp, ids)
  }

  /** Codes of the window starting at `timestamp`, kept until that window starts. Failures are ignored: the
   * regular fetch at the boundary still happens. */
  const prefetch = async (timestamp: number, ids: string[]) => {
    if (prefetching.has(timestamp)) return
    prefetching.add(timestamp)
    const startedIn = generation
    try {
      const result = await store.codes({ ids, timestamp })
      if (startedIn !== generation) return
      for (const code of result.codes) if (listeners.has(code.id)) upcoming.set(code.id, code)
    } catch {
      // Nothing to do: the boundary's fetch reports errors.
    } finally {
      prefetching.delete(timestamp)
    }
  }

  return {
    get: (id) => entries.get(id) ?? EMPTY_ENTRY,
    subscribe(id, listener) {
      let set = listeners.get(id)
      if (!set) listeners.set(id, (set = new Set()))
      set.add(listener)
      if (isStale(entries.get(id), clock.now()) && !fetching.has(id)) {
        wanted.add(id)
        scheduleFetch()
      }
      stopTick ??= clock.subscribe(tick, { intervalMs: 1000 })
      return () => {
        set.delete(listener)
        if (set.size > 0) return
        listeners.delete(id)
        entries.delete(id)
        upcoming.delete(id)
        wanted.delete(id)
        if (listeners.size === 0) releaseTick()
      }
    },
    refresh() {
      // A change (a re-key, a removal) makes codes fetched ahead wrong.
      upcoming.clear()
      generation++
      for (const id of listeners.keys()) wanted.add(id)
      scheduleFetch()
    },
    dispose() {
      lifetime++
      generation++
      inFlight = false
      stopTick?.()
      stopTick = undefined
      listeners.clear()
      entries.clear()
      upcoming.clear()
      wanted.clear()
      fetching.clear()
    },
  }
}
