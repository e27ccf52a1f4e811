import { afterEach, describe, expect, it } from 'vitest'
import { createHttpStore } from '../http.js'
import { createEventStreamParser, readEventStream, type ServerSentEvent } from '../http/event-stream.js'
import type { StoreEvent } from '../model/credential-store.js'
import { COURT_KEY } from './contract/store-contract.js'
import { startTestServer, waitFor, type TestHandlerOptions, type TestServer } from './http-support.js'

let server: TestServer | undefined
const unsubscribers: (() => void)[] = []
afterEach(async () => {
  for (const unsubscribe of unsubscribers.splice(0)) unsubscribe()
  await server?.close()
  server = undefined
})

async function start(options: TestHandlerOptions = {}): Promise<TestServer> {
  server = await startTestServer(options)
  return server
}

const input = (account: string) => ({ issuer: 'TRF4', account, secret: COURT_KEY })
const brief = (events: StoreEvent[]) =>
  events.map((event) =>
    event.type === 'reset' ? event : { type: event.type, id: event.id, version: event.version },
  )

describe('event stream parser', () => {
  const parse = (...chunks: string[]) => {
    const events: ServerSentEvent[] = []
    const parser = createEventStreamParser((event) => events.push(event))
    for (const chunk of chunks) parser.push(chunk)
    return events
  }

  it('reads events with LF, CRLF and CR line ends, split anywhere', () => {
    const expected = [
      { event: 'change', data: '{"a":1}' },
      { event: 'message', data: 'x\ny' },
    ]
    const text = 'event: change\ndata: {"a":1}\n\ndata: x\ndata: y\n\n'
    expect(parse(text)).toEqual(expected)
    expect(parse(text.replaceAll('\n', '\r\n'))).toEqual(expected)
    expect(parse(text.replaceAll('\n', '\r'))).toEqual(expected)
    const crlf = text.replaceAll('\n', '\r\n')
    for (let cut = 1; cut < crlf.length; cut += 1) {
      expect(parse(crlf.slice(0, cut), crlf.slice(cut)), `cut at ${cut}`).toEqual(expected)
    }
    expect(parse(...crlf.split(''))).toEqual(expected)
    expect(parse('data: x\r', '', '\n', 'data: y\r\n\r\n')).toEqual([{ event: 'message', data: 'x\ny' }])
  })

  it('skips comments, drops events without data, keeps a value without the space', () => {
    expect(
      parse(': keep-alive\n\nevent: ready\n\nevent:ready\ndata:{}\n\nretry: 5\nid: 7\ndata\n\n'),
    ).toEqual([
      { event: 'ready', data: '{}' },
      { event: 'message', data: '' },
    ])
  })

  it('does not dispatch an event the stream ended in the middle of', async () => {
    const events: ServerSentEvent[] = []
    const body = new Response('data: 1\n\ndata: 2\n').body!
    await readEventStream(body, (event) => events.push(event))
    expect(events).toEqual([{ event: 'message', data: '1' }])
  })

  it('refuses an endless line', () => {
    expect(() => parse('data: ' + 'x'.repeat(1024 * 1024 + 1))).toThrow(/too long/)
  })
})

describe('change events over SSE', () => {
  it('reports writes by others in the tenant, and nothing from other tenants', async () => {
    const { storeFor } = await start()
    const watcher = storeFor('firm-a', 'ana')
    const events: StoreEvent[] = []
    unsubscribers.push(watcher.subscribe((event) => events.push(event)))
    await waitFor(() => server!.activeSubscriptions() === 1)
    const bruno = storeFor('firm-a', 'bruno')
    const created = await bruno.create(input('b'))
    await storeFor('firm-b', 'mallory').create(input('m'))
    await bruno.update(created.id, { notes: 'n' }, { expectedVersion: 1 })
    await bruno.remove(created.id)
    await waitFor(() => events.length >= 3)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(brief(events)).toEqual([
      { type: 'created', id: created.id, version: 1 },
      { type: 'updated', id: created.id, version: 2 },
      { type: 'removed', id: created.id, version: 2 },
    ])
  })

  it('makes writes wait until a new subscription is in place, so no own change is missed', async () => {
    const { baseUrl, tokenFor } = await start()
    const store = createHttpStore({
      baseUrl,
      headers: { authorization: `Bearer ${tokenFor('firm-a')}` },
      // A slow event stream: without the wait, the create would reach the server first.
      fetch: async (url, init) => {
        if (url.endsWith('/events')) await new Promise((resolve) => setTimeout(resolve, 150))
        return fetch(url, init)
      },
    })
    const events: StoreEvent[] = []
    unsubscribers.push(store.subscribe((event) => events.push(event)))
    const created = await store.create(input('a'))
    await waitFor(() => events.length === 1)
    expect(brief(events)).toEqual([{ type: 'created', id: created.id, version: 1 }])
  })

  it('shares one stream between subscribers and closes it when the last one leaves', async () => {
    const { storeFor } = await start()
    const store = storeFor('firm-a')
    const first: StoreEvent[] = []
    const second: StoreEvent[] = []
    const unsubscribeFirst = store.subscribe((event) => first.push(event))
    const unsubscribeSecond = store.subscribe((event) => second.push(event))
    await store.create(input('a'))
    await waitFor(() => first.length === 1 && second.length === 1)
    expect(server!.activeSubscriptions()).toBe(1)
    unsubscribeFirst()
    unsubscribeFirst() // twice is harmless
    await store.create(input('b'))
    await waitFor(() => second.length === 2)
    expect(first).toHaveLength(1)
    unsubscribeSecond()
    await waitFor(() => server!.activeSubscriptions() === 0)
  })

  it('keeps other listeners going when one throws', async () => {
    const { storeFor } = await start()
    const store = storeFor('firm-a')
    const errors: unknown[] = []
    const onError = (error: unknown) => errors.push(error)
    process.on('uncaughtException', onError)
    try {
      const events: StoreEvent[] = []
      unsubscribers.push(
        store.subscribe(() => {
          throw new Error('listener bug')
        }),
      )
      unsubscribers.push(store.subscribe((event) => events.push(event)))
      await store.create(input('a'))
      await store.create(input('b'))
      await waitFor(() => events.length === 2 && errors.length === 2)
      expect(String(errors[0])).toContain('listener bug')
    } finally {
      process.off('uncaughtException', onError)
    }
  })

  it('reconnects after the connection drops, with backoff while the server is away', async () => {
    const { storeFor } = await start()
    const watcher = storeFor('firm-a')
    const events: StoreEvent[] = []
    unsubscribers.push(watcher.subscribe((event) => events.push(event)))
    await waitFor(() => server!.activeSubscriptions() === 1)
    server!.dropConnections()
    await waitFor(() => server!.activeSubscriptions() === 0)
    await waitFor(() => server!.activeSubscriptions() === 1)
    const created = await storeFor('firm-a').create(input('after'))
    await waitFor(() => events.length === 1)
    expect(brief(events)).toEqual([{ type: 'created', id: created.id, version: 1 }])
  })

  it('replays what changed while the stream was down, once each and in order (Last-Event-ID)', async () => {
    const { baseUrl, tokenFor, storeFor } = await start()
    // A watcher slow to reconnect, so that writes happen while it is away.
    const watcher = createHttpStore({
      baseUrl,
      headers: { authorization: `Bearer ${tokenFor('firm-a', 'ana')}` },
      reconnect: { minDelayMs: 400, maxDelayMs: 400 },
    })
    const writer = storeFor('firm-a', 'robot')
    const events: StoreEvent[] = []
    unsubscribers.push(watcher.subscribe((event) => events.push(event)))
    await waitFor(() => server!.activeSubscriptions() === 1)
    const first = await writer.create(input('first'))
    await waitFor(() => events.length === 1)

    server!.dropConnections()
    await waitFor(() => server!.activeSubscriptions() === 0)
    await writer.update(first.id, { label: 'while away' }, { expectedVersion: 1 })
    const second = await writer.create(input('second'))
    await writer.remove(second.id)
    expect(events).toHaveLength(1)

    await waitFor(() => events.length >= 4)
    const third = await writer.create(input('third'))
    await waitFor(() => events.length >= 5)
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(events).toEqual([
      { type: 'created', id: first.id, version: 1, seq: 1 },
      { type: 'updated', id: first.id, version: 2, seq: 2 },
      { type: 'created', id: second.id, version: 1, seq: 3 },
      { type: 'removed', id: second.id, version: 1, seq: 4 },
      { type: 'created', id: third.id, version: 1, seq: 5 },
    ])
  })

  it('sends ids with changes and a reset to a client further behind than the log (?since=)', async () => {
    const { storeFor, tokenFor } = await start()
    await storeFor('firm-a').create(input('a'))
    const abort = new AbortController()
    const response = await fetch(`${server!.baseUrl}/events?since=900`, {
      headers: { authorization: `Bearer ${tokenFor('firm-a')}` },
      signal: abort.signal,
    })
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader()
    let text = ''
    while (!text.includes('event: reset')) text += (await reader.read()).value ?? ''
    expect(text).toContain('id: 1\nevent: reset\ndata: {"seq":1}\n\n')
    abort.abort()
    const refused = await fetch(`${server!.baseUrl}/events?since=soon`, {
      headers: { authorization: `Bearer ${tokenFor('firm-a')}` },
    })
    expect(refused.status).toBe(422)
    expect(await refused.json()).toMatchObject({
      error: { code: 'INVALID_INPUT', details: { field: 'since' } },
    })
  })

  it('retries a refused stream (401) and stops when unsubscribed', async () => {
    const { baseUrl } = await start()
    let attempts = 0
    const store = createHttpStore({
      baseUrl,
      reconnect: { minDelayMs: 10, maxDelayMs: 40 },
      fetch: (url, init) => {
        if (url.endsWith('/events')) attempts += 1
        return fetch(url, init)
      },
    })
    const unsubscribe = store.subscribe(() => undefined)
    await waitFor(() => attempts >= 3)
    // A write does not wait for a stream that keeps failing.
    const started = Date.now()
    await expect(store.list()).rejects.toMatchObject({ code: 'UNAUTHORIZED' })
    expect(Date.now() - started).toBeLessThan(1000)
    unsubscribe()
    const stopped = attempts
    await new Promise((resolve) => setTimeout(resolve, 150))
    expect(attempts).toBe(stopped)
  })

  it('closes event streams when the server shuts down', async () => {
    const { storeFor } = await start()
    unsubscribers.push(storeFor('firm-a').subscribe(() => undefined))
    unsubscribers.push(storeFor('firm-b').subscribe(() => undefined))
    await waitFor(() => server!.activeSubscriptions() === 2)
    const closing = server!.close()
    const current = server!
    server = undefined
    await closing
    await waitFor(() => current.activeSubscriptions() === 0)
  })

  it('answers with text/event-stream, a ready event first, and keep-alive comments', async () => {
    const { tokenFor } = await start({ heartbeatMs: 20 })
    const abort = new AbortController()
    const response = await fetch(`${server!.baseUrl}/events`, {
      headers: { authorization: `Bearer ${tokenFor('firm-a')}` },
      signal: abort.signal,
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8')
    expect(response.headers.get('cache-control')).toBe('no-store')
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader()
    let text = ''
    while (!text.includes(': keep-alive')) text += (await reader.read()).value ?? ''
    expect(text.startsWith('retry: 3000\nevent: ready\ndata: {}\n\n')).toBe(true)
    abort.abort()
    await waitFor(() => server!.activeSubscriptions() === 0)
  })
})
