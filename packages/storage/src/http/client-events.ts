import type { StoreEvent } from '../model/credential-store.js'
import { readEventStream } from './event-stream.js'
import { decodeStreamEvent } from './wire.js'

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

type Listener = (event: StoreEvent) => void

interface Stream {
  listeners: Set<Listener>
  abort: AbortController
  ready: Promise<void>
}

/**
 * Event streams of one store: one shared by its subscribers, opened with the first and aborted when the
 * last one leaves, plus one of its own for each subscriber that asks to start `since` a change number.
 * A stream that drops is re-opened with exponential backoff, sending `Last-Event-ID` (the last change
 * number it got), and the server replays what happened meanwhile: every change once, in order. A
 * server that cannot replay that far sends a reset.
 *
 * A subscriber wants the events of writes made after `subscribe` returned, but the stream connects
 * asynchronously; so writes first wait (briefly) until the server said it is subscribed (`ready`).
 */
export function createEventFeed(options: FeedOptions) {
  const minDelay = options.minDelayMs ?? 500
  const maxDelay = options.maxDelayMs ?? 30_000
  let shared: Stream | undefined
  const streams = new Set<Stream>()

  const dispatch = (listeners: Set<Listener>, event: StoreEvent) => {
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

  async function run(stream: Stream, since: number | undefined, markReady: () => void) {
    const { signal } = stream.abort
    let delay = minDelay
    /** The last change number received: where a re-opened stream goes on from. */
    let last = since
    while (!signal.aborted) {
      try {
        const headers = await options.headers()
        headers.set('accept', 'text/event-stream')
        if (last !== undefined) headers.set('last-event-id', String(last))
        const response = await options.fetch(options.url, { headers, signal })
        const type = response.headers.get('content-type') ?? ''
        if (response.ok && response.body !== null && type.startsWith('text/event-stream')) {
          await readEventStream(response.body, ({ event, data }) => {
            if (event === 'ready') {
              markReady()
              delay = minDelay
              return
            }
            const received = decodeStreamEvent(event, parseJson(data))
            if (received === undefined) return
            if (received.type !== 'reset' && received.seq !== undefined) {
              // A replay never repeats what this stream delivered; a server without a log sends no seq.
              if (last !== undefined && received.seq <= last) return
              last = received.seq
            }
            if (received.type === 'reset') last = received.seq
            dispatch(stream.listeners, received)
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

  const open = (since: number | undefined): Stream => {
    let markReady!: () => void
    const ready = new Promise<void>((resolve) => (markReady = resolve))
    const stream: Stream = { listeners: new Set(), abort: new AbortController(), ready }
    streams.add(stream)
    void run(stream, since, markReady)
    return stream
  }

  return {
    subscribe(listener: Listener, since?: number): () => void {
      // A wrapper per subscription, so that subscribing one function twice unsubscribes cleanly.
      const wrapper: Listener = (event) => listener(event)
      const stream = since === undefined ? (shared ??= open(undefined)) : open(since)
      stream.listeners.add(wrapper)
      return () => {
        if (!stream.listeners.delete(wrapper) || stream.listeners.size > 0) return
        stream.abort.abort()
        streams.delete(stream)
        if (shared === stream) shared = undefined
      }
    },

    /** Resolves when every open subscription is in place on the server (or after a short timeout). */
    async ready(): Promise<void> {
      if (streams.size === 0) return
      let timer: ReturnType<typeof setTimeout> | undefined
      await Promise.race([
        Promise.all([...streams].map((stream) => stream.ready)),
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
