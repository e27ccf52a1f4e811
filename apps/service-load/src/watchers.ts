/**
 * The run's SSE watchers: one `createHttpStore(…).subscribe` per server, in the orchestrator, keeping
 * every change event with the time it came. `waitLive` proves both streams are in place before any
 * client starts (the stream connects asynchronously, and a server's LISTEN starts with its first
 * subscriber): it updates the sentinel credential through the first watcher's store until every
 * watcher has seen that update, so the events of the writers that follow cannot be missed for want of
 * a stream.
 *
 * ```ts
 * const watchers = startWatchers(urls, token)
 * await waitLive(watchers)
 * // … the run …
 * await waitFor(watchers, committed)
 * stopWatchers(watchers)
 * ```
 */
import type { CredentialSummary } from '@a2f/storage'
import { createHttpStore, type HttpCredentialStore } from '@a2f/storage/http'
import { SENTINEL_ID } from './plan.js'

export interface SeenEvent {
  type: 'created' | 'updated' | 'removed'
  id: string
  version: number
  /** The change's number in the tenant: a watcher must see them consecutively. */
  seq: number | undefined
  remote: boolean
  at: number
}

export interface Watcher {
  name: string
  store: HttpCredentialStore
  events: SeenEvent[]
  /** Resets told (`{ type: 'reset' }`): none may come in a run, the log reaches back far enough. */
  resets: number
  /** Event streams opened: 1, plus one per reconnection. */
  streamsOpened(): number
  /** Cuts the event stream under way, as a dropped connection would; the client reconnects. */
  dropStream(): void
  stop(): void
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export function startWatchers(urls: readonly string[], token: string): Watcher[] {
  return urls.map((baseUrl, index) => {
    // The stream's fetch goes through here, so the run can cut it like a network would.
    let opened = 0
    let current: AbortController | undefined
    const fetchStream = (url: string, init: RequestInit) => {
      if (!url.endsWith('/events')) return fetch(url, init)
      opened += 1
      const cut = new AbortController()
      current = cut
      const signal = init.signal ? AbortSignal.any([init.signal, cut.signal]) : cut.signal
      return fetch(url, { ...init, signal })
    }
    const store = createHttpStore({
      baseUrl,
      headers: { authorization: `Bearer ${token}` },
      reconnect: { minDelayMs: 100, maxDelayMs: 1000 },
      fetch: fetchStream,
    })
    const events: SeenEvent[] = []
    const watcher: Watcher = {
      name: `watcher on server ${index + 1}`,
      store,
      events,
      resets: 0,
      streamsOpened: () => opened,
      dropStream: () => current?.abort(),
      stop: () => undefined,
    }
    watcher.stop = store.subscribe((event) => {
      if (event.type === 'reset') {
        watcher.resets += 1
        return
      }
      events.push({
        type: event.type,
        id: event.id,
        version: event.version,
        seq: event.seq,
        remote: event.remote === true,
        at: Date.now(),
      })
    })
    return watcher
  })
}

export function stopWatchers(watchers: readonly Watcher[]): void {
  for (const watcher of watchers) watcher.stop()
}

const saw = (watcher: Watcher, id: string, version: number) =>
  watcher.events.some((event) => event.id === id && event.version === version)

/** Updates the sentinel until every watcher has seen one of its updates; throws after `timeoutMs`. */
export async function waitLive(watchers: readonly Watcher[], timeoutMs = 20_000): Promise<void> {
  const first = watchers[0]
  if (first === undefined) return
  const until = Date.now() + timeoutMs
  let summary: CredentialSummary = await first.store.getSummary(SENTINEL_ID)
  while (Date.now() < until) {
    summary = await first.store.update(
      SENTINEL_ID,
      { label: `live ${Date.now()}` },
      { expectedVersion: summary.version },
    )
    const waitUntil = Math.min(until, Date.now() + 1000)
    while (Date.now() < waitUntil) {
      if (watchers.every((watcher) => saw(watcher, SENTINEL_ID, summary.version))) return
      await sleep(20)
    }
  }
  const dead = watchers.filter((watcher) => !saw(watcher, SENTINEL_ID, summary.version))
  throw new Error(
    `the SSE watchers did not come up within ${timeoutMs / 1000} s: ${dead.map((watcher) => watcher.name).join(', ')} saw no update of the sentinel`,
  )
}

/**
 * Waits until every watcher has seen every committed [id, version] (or `timeoutMs` has passed: the check
 * then reports what is missing), then `graceMs` more, so that a late duplicate is seen too.
 */
export async function waitFor(
  watchers: readonly Watcher[],
  committed: readonly (readonly [string, number])[],
  timeoutMs = 10_000,
  graceMs = 500,
): Promise<void> {
  const until = Date.now() + timeoutMs
  const complete = (watcher: Watcher) => {
    const seen = new Set(watcher.events.map((event) => `${event.id}@${event.version}`))
    return committed.every(([id, version]) => seen.has(`${id}@${version}`))
  }
  while (Date.now() < until && !watchers.every(complete)) await sleep(50)
  await sleep(graceMs)
}
