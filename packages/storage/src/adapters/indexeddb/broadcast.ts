import { MAX_CREATE_MANY } from '../../model/create-many.js'
import type { ChangeEvent } from '../../store/adapter.js'

/** One change as told to other tabs: ids and versions only, never a row (rows are read from the database). */
export interface ChangeNotice {
  type: ChangeEvent['type']
  id: string
  version: number
  /** The change's number in the tenant (absent from releases before the change log). */
  seq?: number
}

/**
 * What travels between tabs: the changes of one write (a `createMany` of 10,000 is one message, not
 * 10,000: each message costs the writing tab a structured clone and a hop, and every other tab a task).
 */
export interface ChangeMessage {
  tenant: string
  changes: ChangeNotice[]
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

/**
 * A message as this release posts it, or one change as releases before batched messages did; anything
 * else (or a batch longer than any write makes) is ignored.
 */
function readMessage(data: unknown): ChangeMessage | undefined {
  if (data === null || typeof data !== 'object') return undefined
  const m = data as Record<string, unknown>
  if (typeof m.tenant !== 'string') return undefined
  const listed = Array.isArray(m.changes) ? (m.changes as unknown[]) : [m]
  if (listed.length > MAX_CREATE_MANY) return undefined
  const changes: ChangeNotice[] = []
  for (const entry of listed) {
    const notice = readNotice(entry)
    if (notice === undefined) return undefined
    changes.push(notice)
  }
  return { tenant: m.tenant, changes }
}

function readNotice(data: unknown): ChangeNotice | undefined {
  if (data === null || typeof data !== 'object') return undefined
  const m = data as Record<string, unknown>
  if (
    (m.type !== 'created' && m.type !== 'updated' && m.type !== 'removed') ||
    typeof m.id !== 'string' ||
    typeof m.version !== 'number'
  )
    return undefined
  const notice: ChangeNotice = { type: m.type, id: m.id, version: m.version }
  if (typeof m.seq === 'number' && Number.isSafeInteger(m.seq)) notice.seq = m.seq
  return notice
}
