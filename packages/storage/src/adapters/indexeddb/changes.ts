import type { ChangeEvent } from '../../store/adapter.js'
import { openChangeChannel, type ChangeChannel } from './broadcast.js'

/** Subscribers by tenant, fed by this adapter's commits and by other tabs through the channel. */
export interface ChangeHub {
  subscribe(tenant: string, listener: (event: ChangeEvent) => void, onInterrupted?: () => void): () => void
  /** A write committed here: tell this adapter's subscribers, then the other tabs. */
  published(tenant: string, events: readonly ChangeEvent[]): void
  close(): void
}

export function createChangeHub(database: string, broadcast: boolean): ChangeHub {
  const listeners = new Map<string, Set<(event: ChangeEvent) => void>>()
  const interruptions = new Set<() => void>()
  let watchingPage = false
  // undefined: not opened yet; null: none (disabled, unavailable or closed). Opened on first need, so that
  // importing or creating the adapter during server-side rendering touches no browser API.
  let channel: ChangeChannel | null | undefined = broadcast ? undefined : null
  let closed = false

  const deliver = (tenant: string, event: ChangeEvent) => {
    for (const listener of [...(listeners.get(tenant) ?? [])]) {
      try {
        listener(event)
      } catch (error) {
        // A failing subscriber must neither stop the others nor fail a write that has committed.
        reportLater(error)
      }
    }
  }

  const ensureChannel = (): ChangeChannel | null => {
    if (channel === undefined) {
      channel =
        openChangeChannel(database, ({ tenant, changes }) => {
          for (const { type, id, version, seq } of changes) {
            deliver(tenant, { type, id, version, remote: true, ...(seq === undefined ? {} : { seq }) })
          }
        }) ?? null
    }
    return channel
  }

  /**
   * A tab the browser froze or put in the back-forward cache misses other tabs' broadcasts, and no later
   * change may come to show it: when the page is shown again, subscribers read what they missed.
   */
  const watchPage = () => {
    if (watchingPage || typeof document === 'undefined' || typeof window === 'undefined') return
    watchingPage = true
    const resumed = () => {
      if (document.visibilityState !== 'visible') return
      for (const interrupted of [...interruptions]) interrupted()
    }
    document.addEventListener('visibilitychange', resumed)
    window.addEventListener('pageshow', resumed)
  }

  return {
    subscribe(tenant, listener, onInterrupted) {
      if (!closed) ensureChannel()
      watchPage()
      const interrupted = onInterrupted === undefined ? undefined : () => onInterrupted()
      if (interrupted !== undefined) interruptions.add(interrupted)
      // A wrapper per subscription: the same function subscribed twice is two subscriptions.
      const wrapper = (event: ChangeEvent) => listener(event)
      let set = listeners.get(tenant)
      if (set === undefined) listeners.set(tenant, (set = new Set()))
      set.add(wrapper)
      return () => {
        if (interrupted !== undefined) interruptions.delete(interrupted)
        set.delete(wrapper)
        if (set.size === 0 && listeners.get(tenant) === set) listeners.delete(tenant)
      }
    },

    published(tenant, events) {
      for (const event of events) deliver(tenant, event)
      if (closed) return
      if (events.length === 0) return
      const changes = events.map(({ type, id, version, seq }) => ({
        type,
        id,
        version,
        ...(seq === undefined ? {} : { seq }),
      }))
      ensureChannel()?.post({ tenant, changes })
    },

    close() {
      closed = true
      channel?.close()
      channel = null
    },
  }
}

function reportLater(error: unknown): void {
  const report = (globalThis as { reportError?: (error: unknown) => void }).reportError
  if (typeof report === 'function') report(error)
  else
    setTimeout(() => {
      throw error
    })
}
