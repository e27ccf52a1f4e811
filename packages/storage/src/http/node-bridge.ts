/**
 * Mounts a Fetch-API handler on Node's `http`/`https` servers (and Express or Connect, which hand over
 * the same objects): `createServer(toNodeListener(handler))`.
 *
 * It is part of `@a2f/storage/http` yet imports nothing from Node: the request and response are typed
 * by the few members used, so browser bundles of the entry stay clean and their types need no
 * `@types/node`. Mount it before any body parser: a body already read cannot be read again.
 */

// `any`, as in Node's own event typings: anything narrower is not assignable from them.
type Listener = (...args: any[]) => void

/** The members of `http.IncomingMessage` the bridge uses. */
export interface NodeRequestLike {
  readonly method?: string | undefined
  readonly url?: string | undefined
  readonly headers: Readonly<Record<string, string | string[] | undefined>>
  on(event: string, listener: Listener): unknown
  pause(): unknown
  resume(): unknown
}

/** The members of `http.ServerResponse` the bridge uses. */
export interface NodeResponseLike {
  readonly headersSent: boolean
  writeHead(status: number, headers: Record<string, string | string[]>): unknown
  write(chunk: Uint8Array): boolean
  end(): unknown
  destroy(): unknown
  on(event: string, listener: Listener): unknown
  once(event: string, listener: Listener): unknown
  off(event: string, listener: Listener): unknown
}

export type NodeListener = (request: NodeRequestLike, response: NodeResponseLike) => void

export function toNodeListener(handler: (request: Request) => Promise<Response>): NodeListener {
  return (req, res) => {
    void bridge(handler, req, res)
  }
}

async function bridge(
  handler: (request: Request) => Promise<Response>,
  req: NodeRequestLike,
  res: NodeResponseLike,
): Promise<void> {
  // 'close' comes when the answer is sent or the client went away; either way the handler's work for
  // this request (an event stream above all) can stop.
  const abort = new AbortController()
  res.on('close', () => abort.abort())
  const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : requestBody(req)
  try {
    let request: Request
    try {
      request = toRequest(req, body?.stream, abort.signal)
    } catch {
      return fail(res, 400) // what `Request` refuses: a method like TRACE, a malformed header
    }
    let response: Response
    try {
      response = await handler(request)
    } catch {
      return fail(res, 500) // `createHttpHandler` answers its errors; another handler might not
    }
    await writeResponse(response, res, abort.signal)
  } catch {
    res.destroy() // nothing sensible can be sent any more (headers Node refuses, a broken socket)
  } finally {
    // A body the handler did not read (401, 413) is drained, or the connection could not be reused.
    body?.discard()
  }
}

function fail(res: NodeResponseLike, status: number) {
  if (res.headersSent) {
    res.destroy()
    return
  }
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' })
  res.end()
}

function toRequest(
  req: NodeRequestLike,
  body: ReadableStream<Uint8Array> | undefined,
  signal: AbortSignal,
): Request {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    // HTTP/2 pseudo-headers (':path') are not headers in the Fetch sense.
    if (value === undefined || name.startsWith(':')) continue
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item)
  }
  const method = req.method ?? 'GET'
  const init: RequestInit & { duplex?: 'half' } = { method, headers, signal }
  if (body !== undefined) {
    init.body = body
    init.duplex = 'half' // required by Node's fetch for a streamed body
  }
  return new Request(requestUrl(req), init)
}

/**
 * The URL as the client asked for it. The Host header is the client's text: a malformed one falls back
 * to localhost rather than failing, and the path is appended to the origin, never resolved against it
 * (so '//other-host/x' stays a path).
 */
function requestUrl(req: NodeRequestLike): string {
  const host = typeof req.headers.host === 'string' ? req.headers.host : ''
  const encrypted = (req as { socket?: { encrypted?: unknown } }).socket?.encrypted === true
  const origin = `${encrypted ? 'https' : 'http'}://${/^[\w.-]+(:\d+)?$|^\[[\d:a-fA-F.]+\](:\d+)?$/.test(host) ? host : 'localhost'}`
  const path = req.url ?? '/'
  return `${origin}${path.startsWith('/') ? path : `/${path}`}`
}

/**
 * The request body as a web stream, pulling from Node's stream only as fast as the handler reads, and a
 * way to throw away what the handler left. Undefined when a body parser already read the body.
 */
function requestBody(
  req: NodeRequestLike,
): { stream: ReadableStream<Uint8Array>; discard(): void } | undefined {
  if ((req as { readableEnded?: unknown }).readableEnded === true) return undefined
  let done = false
  const discard = () => {
    done = true
    req.resume()
  }
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      req.on('data', (chunk: Uint8Array) => {
        if (done) return
        controller.enqueue(chunk)
        if ((controller.desiredSize ?? 0) <= 0) req.pause()
      })
      req.on('end', () => {
        if (done) return
        done = true
        controller.close()
      })
      req.on('error', (error: Error) => {
        if (done) return
        done = true
        controller.error(error)
      })
      req.pause()
    },
    pull() {
      req.resume()
    },
    cancel: discard, // the handler stopped reading (a body over its limit)
  })
  return { stream, discard }
}

async function writeResponse(response: Response, res: NodeResponseLike, signal: AbortSignal) {
  const headers: Record<string, string | string[]> = {}
  response.headers.forEach((value, name) => {
    headers[name] = value
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length > 0) headers['set-cookie'] = cookies
  res.writeHead(response.status, headers)
  if (response.body === null) {
    res.end()
    return
  }
  const reader = response.body.getReader()
  const stop = () => void reader.cancel().catch(() => undefined)
  signal.addEventListener('abort', stop)
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      if (!res.write(value)) await drained(res)
      if (signal.aborted) break
    }
    res.end()
  } catch {
    // The body failed half-way: a truncated answer must not look complete.
    res.destroy()
  } finally {
    signal.removeEventListener('abort', stop)
  }
}

/** Resolves when the socket takes more data, or is gone. */
function drained(res: NodeResponseLike): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done)
      res.off('close', done)
      resolve()
    }
    res.once('drain', done)
    res.once('close', done)
  })
}
