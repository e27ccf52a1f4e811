import type { ChangeEvent } from '../store/adapter.js'
import { readEventStream } from './event-stream.js'
import { decodeChangeEvent } from './wire.js'

export interface ReconnectOptions {
  /** First wait after a dropped or refused event stream. Default 500 ms. */
  minDelayMs?: number
  /** The wait doubles up to this. Default 30 s. */
  maxDelayMs?: number
}

interface FeedOptions extends ReconnectOptions {
  url: string
  fetch(input: string, init: RequestInit): Promise<Response>
  headers(): Promise<Headers>
}

/** How long a write waits for a new subscription's stream to be in place before going ahead anyway. */
const READY_TIMEOUT_MS = 3000

/**
 * One event stream per store, shared by its subscribers: opened with the first subscriber, aborted
 * when the last one leaves, re-opened with exponential backoff when it drops.
 *
 * A subscriber wants the events of writes made after `subscribe` returned, but the stream connects
 * asynchronously; so writes first wait (briefly) until the server said it is subscribed (`ready`).
 * Changes made while a dropped stream reconnects are not replayed: the server keeps no backlog.
 */
export function createEventFeed(options: FeedOptions) {
  const minDelay = options.minDelayMs ?? 500
  const maxDelay = options.maxDelayMs ?? 30_000
  const listeners = new Set<(event: ChangeEvent) => void>()
  let connection: { abort: AbortController; ready: Promise<void> } | undefined

  const dispatch = (event: ChangeEvent) => {
    for (const listener of [...listeners]) {
      if (!listeners.has(listener)) continue // unsubscribed by an earlier listener of this event
      try {
        listener({ ...event })
      } catch (error) {
        // Like EventTarget: report the listener's error without breaking the stream for the others.
        queueMicrotask(() => {
          throw error
        })
      }
    }
  }

  async function run(signal: AbortSignal, markReady: () => void) {
    let delay = minDelay
    while (!signal.aborted) {
      try {
        const headers = await options.headers()
        headers.set('accept', 'text/event-stream')
        const response = await options.fetch(options.url, { headers, signal })
        const type = response.headers.get('content-type') ?? ''
        if (response.ok && response.body !== null && type.startsWith('text/event-stream')) {
          await readEventStream(response.body, ({ event, data }) => {
            if (event === 'ready') {
              markReady()
              delay = minDelay
            } else if (event === 'change') {
              const change = decodeChangeEvent(parseJson(data))
              if (change !== undefined) dispatch(change)
            }
          })
        } else {
          await response.body?.cancel().catch(() => undefined)
        }
      } catch {
        // Network failure, abort, or a refused stream: retried below unless unsubscribed.
      }
      // Writes must not wait for a stream that is not coming.
      markReady()
      if (signal.aborted) return
      await sleep(delay, signal)
      delay = Math.min(delay * 2, maxDelay)
    }
  }

  return {
    subscribe(listener: (event: ChangeEvent) => void): () => void {
      // A wrapper per subscription, so that subscribing one function twice unsubscribes cleanly.
      const wrapper = (event: ChangeEvent) => listener(event)
      listeners.add(wrapper)
      if (connection === undefined) {
        const abort = new AbortController()
        let markReady!: () => void
        const ready = new Promise<void>((resolve) => (markReady = resolve))
        connection = { abort, ready }
        void run(abort.signal, markReady)
      }
      return () => {
        if (!listeners.delete(wrapper) || listeners.size > 0) return
        connection?.abort.abort()
        connection = undefined
      }
    },

    /** Resolves when every open subscription is in place on the server (or after a short timeout). */
    async ready(): Promise<void> {
      if (connection === undefined) return
      let timer: ReturnType<typeof setTimeout> | undefined
      await Promise.race([
        connection.ready,
        new Promise<void>((resolve) => (timer = setTimeout(resolve, READY_TIMEOUT_MS))),
      ])
      clearTimeout(timer)
    },
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer)
      signal.removeEventListener('abort', done)
      resolve()
    }
    const timer = setTimeout(done, ms)
    signal.addEventListener('abort', done)
  })
}
