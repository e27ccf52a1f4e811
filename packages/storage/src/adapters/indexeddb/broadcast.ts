import type { ChangeEvent } from '../../store/adapter.js'

/** What travels between tabs: ids and versions only, never a row (rows are read from the database). */
export interface ChangeMessage {
  tenant: string
  type: ChangeEvent['type']
  id: string
  version: number
  /** The change's number in the tenant (absent from releases before the change log). */
  seq?: number
}

export interface ChangeChannel {
  post(message: ChangeMessage): void
  close(): void
}

/** The channel name other tabs of the same database listen on. */
export const channelName = (database: string) => `a2f:${database}`

/**
 * Opens the BroadcastChannel shared by every adapter on `database` in this origin (other tabs, windows,
 * workers). A BroadcastChannel never delivers to itself, so `onMessage` only sees other instances'
 * changes. Returns undefined where there is no BroadcastChannel (old browsers, some runtimes).
 */
export function openChangeChannel(
  database: string,
  onMessage: (message: ChangeMessage) => void,
): ChangeChannel | undefined {
  if (typeof globalThis.BroadcastChannel !== 'function') return undefined
  const channel = new BroadcastChannel(channelName(database))
  channel.onmessage = (event: MessageEvent<unknown>) => {
    // Any script of the origin can post here (another version of this package, too): check the shape.
    const message = readMessage(event.data)
    if (message !== undefined) onMessage(message)
  }
  // In Node.js an open channel keeps the process alive; a forgotten `close()` must not hang a CLI.
  ;(channel as { unref?: () => void }).unref?.()
  return {
    post(message) {
      try {
        channel.postMessage(message)
      } catch {
        // Closed meanwhile: the write itself succeeded, other tabs simply are not told.
      }
    },
    close() {
      channel.close()
    },
  }
}

function readMessage(data: unknown): ChangeMessage | undefined {
  if (data === null || typeof data !== 'object') return undefined
  const m = data as Record<string, unknown>
  if (
    typeof m.tenant !== 'string' ||
    (m.type !== 'created' && m.type !== 'updated' && m.type !== 'removed') ||
    typeof m.id !== 'string' ||
    typeof m.version !== 'number'
  )
    return undefined
  const message: ChangeMessage = { tenant: m.tenant, type: m.type, id: m.id, version: m.version }
  if (typeof m.seq === 'number' && Number.isSafeInteger(m.seq)) message.seq = m.seq
  return message
}
