import { MAX_CREATE_MANY } from '../model/create-many.js'
import type { CredentialStore } from '../model/credential-store.js'
import type { ChangeEvent } from '../store/adapter.js'

/**
 * Change events as Server-Sent Events. Each connection holds one `store.subscribe`, given back when the
 * client goes away (the request's signal aborts or the body stream is cancelled) or reads too slowly.
 * Heartbeats keep proxies from closing a quiet stream, and let hosts that only notice a dead connection
 * when writing to it notice it.
 *
 *   event: ready            once subscribed: writes from now on are reported
 *   event: change           data: {"type":"updated","id":"…","version":3}
 *   : keep-alive            every `heartbeatMs`, for proxies that close quiet connections
 */

/**
 * Events queued for a client that does not read; past this it is dropped and will reconnect. A batch
 * (`createMany`) emits its events in one go, before the stream is read at all, so the bound leaves room
 * for the largest batch (about 80 bytes each: 1 MB for 11,000) and a thousand more.
 */
const MAX_QUEUED = MAX_CREATE_MANY + 1000
/** What a browser's EventSource waits before reconnecting (the http client has its own backoff). */
const RETRY_MS = 3000

export function eventStreamResponse(
  store: CredentialStore,
  signal: AbortSignal,
  heartbeatMs: number,
  headers: Headers,
  /** Called once when the stream ends, however it ends (the handler's count of open streams). */
  onEnd: () => void = () => undefined,
): Response {
  const encoder = new TextEncoder()
  // `start` runs inside the constructor, so `controller` is set before anything below uses it.
  let controller!: ReadableStreamDefaultController<Uint8Array>
  let closed = false
  const stream = new ReadableStream<Uint8Array>(
    {
      start: (c) => {
        controller = c
      },
      cancel: () => finish(),
    },
    { highWaterMark: 1 },
  )

  const send = (text: string) => {
    if (closed) return
    if ((controller.desiredSize ?? 0) < -MAX_QUEUED) {
      finish()
      controller.close()
      return
    }
    controller.enqueue(encoder.encode(text))
  }
  const onAbort = () => {
    if (closed) return
    finish()
    controller.close()
  }
  // Subscribing before the response exists: should it throw, the handler answers with a JSON error.
  let unsubscribe: () => void
  try {
    unsubscribe = store.subscribe((event) => send(formatChange(event)))
  } catch (error) {
    onEnd()
    throw error
  }
  const heartbeat = setInterval(() => send(': keep-alive\n\n'), heartbeatMs)
  function finish() {
    if (closed) return
    closed = true
    clearInterval(heartbeat)
    signal.removeEventListener('abort', onAbort)
    unsubscribe()
    onEnd()
  }
  signal.addEventListener('abort', onAbort)
  if (signal.aborted) onAbort()
  send(`retry: ${RETRY_MS}\nevent: ready\ndata: {}\n\n`)

  headers.set('content-type', 'text/event-stream; charset=utf-8')
  // Asks nginx-like proxies not to buffer the stream.
  headers.set('x-accel-buffering', 'no')
  return new Response(stream, { status: 200, headers })
}

function formatChange(event: ChangeEvent): string {
  const data: ChangeEvent = { type: event.type, id: event.id, version: event.version }
  if (event.remote === true) data.remote = true
  return `event: change\ndata: ${JSON.stringify(data)}\n\n`
}
