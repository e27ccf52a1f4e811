import { MAX_CREATE_MANY } from '../model/create-many.js'
import type { CredentialStore, StoreEvent } from '../model/credential-store.js'
import type { ChangeEvent } from '../store/adapter.js'

/**
 * Change events as Server-Sent Events. Each connection holds one `store.subscribe`, given back when the
 * client goes away (the request's signal aborts or the body stream is cancelled) or reads too slowly.
 * Heartbeats keep proxies from closing a quiet stream, and let hosts that only notice a dead connection
 * when writing to it notice it.
 *
 *   event: ready            once subscribed: writes from now on are reported
 *   id: 42                  the change's number in the tenant (on backends with a change log)
 *   event: change           data: {"type":"updated","id":"…","version":3,"seq":42}
 *   id: 9000                the client is further behind than the log reaches: list again
 *   event: reset            data: {"seq":9000}
 *   : keep-alive            every `heartbeatMs`, for proxies that close quiet connections
 *
 * A client that reconnects sends the last number it got as `Last-Event-ID` (EventSource does so by
 * itself), or asks with `?since=N`; the stream then starts with what changed after it.
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
  request: Request,
  url: URL,
  heartbeatMs: number,
  headers: Headers,
  /** Called once when the stream ends, however it ends (the handler's count of open streams). */
  onEnd: () => void = () => undefined,
): Response {
  const { signal } = request
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
    unsubscribe = store.subscribe((event) => send(formatEvent(event)), {
      since: streamPosition(request, url),
    })
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

function formatEvent(event: StoreEvent): string {
  if (event.type === 'reset')
    return `id: ${event.seq}\nevent: reset\ndata: ${JSON.stringify({ seq: event.seq })}\n\n`
  const data: ChangeEvent = { type: event.type, id: event.id, version: event.version }
  if (event.remote === true) data.remote = true
  if (event.seq === undefined) return `event: change\ndata: ${JSON.stringify(data)}\n\n`
  data.seq = event.seq
  return `id: ${event.seq}\nevent: change\ndata: ${JSON.stringify(data)}\n\n`
}

/**
 * Where the client asks the stream to start: `?since=N`, else the `Last-Event-ID` it reconnects with.
 * A `since` that is not a change number is the caller's mistake (the store answers INVALID_INPUT); a
 * Last-Event-ID that is not one of ours (another server behind the same URL) is ignored.
 */
function streamPosition(request: Request, url: URL): number | undefined {
  const since = url.searchParams.get('since')
  if (since !== null) return /^\d{1,15}$/.test(since) ? Number(since) : Number.NaN
  const lastEventId = request.headers.get('last-event-id')
  return lastEventId !== null && /^\d{1,15}$/.test(lastEventId) ? Number(lastEventId) : undefined
}
