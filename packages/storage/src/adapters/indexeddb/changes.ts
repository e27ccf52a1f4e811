import type { ChangeEvent } from '../../store/adapter.js'
import { openChangeChannel, type ChangeChannel } from './broadcast.js'

/** Subscribers by tenant, fed by this adapter's commits and by other tabs through the channel. */
export interface ChangeHub {
  subscribe(tenant: string, listener: (event: ChangeEvent) => void): () => void
  /** A write committed here: tell this adapter's subscribers, then the other tabs. */
  published(tenant: string, event: ChangeEvent): void
  close(): void
}

export function createChangeHub(database: string, broadcast: boolean): ChangeHub {
  const listeners = new Map<string, Set<(event: ChangeEvent) => void>>()
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
        openChangeChannel(database, ({ tenant, type, id, version }) => {
          deliver(tenant, { type, id, version, remote: true })
        }) ?? null
    }
    return channel
  }

  return {
    subscribe(tenant, listener) {
      if (!closed) ensureChannel()
      // A wrapper per subscription: the same function subscribed twice is two subscriptions.
      const wrapper = (event: ChangeEvent) => listener(event)
      let set = listeners.get(tenant)
      if (set === undefined) listeners.set(tenant, (set = new Set()))
      set.add(wrapper)
      return () => {
        set.delete(wrapper)
        if (set.size === 0 && listeners.get(tenant) === set) listeners.delete(tenant)
      }
    },

    published(tenant, event) {
      deliver(tenant, event)
      if (!closed) ensureChannel()?.post({ tenant, type: event.type, id: event.id, version: event.version })
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
