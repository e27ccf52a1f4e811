import { describe, expect, it } from 'vitest'
import { isStorageError, storageError } from '../errors.js'
import { createHttpHandler, createHttpStore } from '../http.js'
import type { HttpHandler, HttpHandlerOptions } from '../http.js'
import type { CredentialStore } from '../model/credential-store.js'
import { expectStorageError } from './contract/store-contract.js'

/**
 * Admission control of the handler, called directly (no server: the counters are the handler's). The
 * store's `list` calls are held open with deferred promises, so the test decides when a slot frees.
 */

interface Held {
  resolve(): void
  reject(error: unknown): void
}

/** A store whose `list` waits until the test releases it; `subscribe` counts open subscriptions. */
function heldStore() {
  const held: Held[] = []
  let subscriptions = 0
  const store = {
    list: () =>
      new Promise((resolve, reject) => {
        held.push({ resolve: () => resolve([]), reject })
      }),
    subscribe: () => {
      subscriptions += 1
      return () => {
        subscriptions -= 1
      }
    },
  } as unknown as CredentialStore
  return { store, held, subscriptions: () => subscriptions }
}

function handlerOn(store: CredentialStore, options: Partial<HttpHandlerOptions> = {}): HttpHandler {
  return createHttpHandler({
    authorize: (request) =>
      request.headers.get('authorization') === 'Bearer ok' ? { tenant: 'firm-a', user: 'ana' } : null,
    store: () => store,
    ...options,
  })
}

const request = (path: string, init: RequestInit = {}) =>
  new Request(`http://a2f.test${path}`, { headers: { authorization: 'Bearer ok' }, ...init })

/** Lets pending promise callbacks (and the handler's awaits) run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20))

/** Whether `promise` has settled yet. */
async function isSettled(promise: Promise<unknown>): Promise<boolean> {
  const marker = Symbol('pending')
  return (await Promise.race([promise.then(() => true), settle().then(() => marker)])) !== marker
}

async function errorOf(response: Response) {
  expect(response.headers.get('content-type')).toMatch(/^application\/json/)
  return ((await response.json()) as { error: { code: string; details: Record<string, unknown> } }).error
}

describe('admission: bounded concurrency and queue', () => {
  it('answers 503 with Retry-After at once past maxConcurrent + maxQueued; the queued proceed as slots free', async () => {
    const { store, held } = heldStore()
    const handler = handlerOn(store, { maxConcurrent: 2, maxQueued: 3, queueTimeoutMs: 60_000 })
    const admitted = [1, 2, 3, 4, 5].map(() => handler(request('/credentials')))
    await settle()
    expect(held).toHaveLength(2) // two served, three waiting

    const started = Date.now()
    const refused = await handler(request('/credentials'))
    expect(Date.now() - started).toBeLessThan(500)
    expect(refused.status).toBe(503)
    expect(refused.headers.get('retry-after')).toBe('2')
    expect(refused.headers.get('cache-control')).toBe('no-store')
    const error = await errorOf(refused)
    expect(error.code).toBe('UNAVAILABLE')
    expect(error.details).toEqual({ operation: 'list', adapter: 'http', reason: 'OVERLOADED' })

    // Each finished request hands its slot to the first in the queue, and to no newcomer.
    held[0]!.resolve()
    expect((await admitted[0]!).status).toBe(200)
    await settle()
    expect(held).toHaveLength(3)
    // Two served, two queued: one more place in the queue, then a refusal again.
    const extra = handler(request('/credentials'))
    await settle()
    expect(await isSettled(extra)).toBe(false)
    expect((await handler(request('/credentials'))).status).toBe(503)
    for (let index = 1; index < 5; index += 1) {
      held[index]!.resolve()
      expect((await admitted[index]!).status).toBe(200)
      await settle()
    }
    expect(held).toHaveLength(6) // the five, then the extra one, in arrival order
    held[5]!.resolve()
    expect((await extra).status).toBe(200)
    // All slots free again.
    const later = handler(request('/credentials'))
    await settle()
    held[6]!.resolve()
    expect((await later).status).toBe(200)
  })

  it('answers 503 QUEUE_TIMEOUT with Retry-After when no slot frees within queueTimeoutMs', async () => {
    const { store, held } = heldStore()
    const handler = handlerOn(store, {
      maxConcurrent: 1,
      maxQueued: 5,
      queueTimeoutMs: 200,
      retryAfterSeconds: 7,
    })
    const first = handler(request('/credentials'))
    await settle()
    const started = Date.now()
    const waited = await handler(request('/codes'))
    const elapsed = Date.now() - started
    expect(elapsed).toBeGreaterThanOrEqual(150)
    expect(elapsed).toBeLessThan(2000)
    expect(waited.status).toBe(503)
    expect(waited.headers.get('retry-after')).toBe('7')
    expect((await errorOf(waited)).details).toEqual({
      operation: 'codes',
      adapter: 'http',
      reason: 'QUEUE_TIMEOUT',
    })
    // The timed-out request left the queue: the slot goes to the next request, not to a ghost.
    held[0]!.resolve()
    expect((await first).status).toBe(200)
    const next = handler(request('/credentials'))
    await settle()
    expect(held).toHaveLength(2)
    held[1]!.resolve()
    expect((await next).status).toBe(200)
  })

  it('with maxQueued 0 refuses at once when every slot is taken', async () => {
    const { store, held } = heldStore()
    const handler = handlerOn(store, { maxConcurrent: 1, maxQueued: 0 })
    const first = handler(request('/credentials'))
    await settle()
    const refused = await handler(request('/credentials'))
    expect(refused.status).toBe(503)
    expect((await errorOf(refused)).details).toMatchObject({ reason: 'OVERLOADED' })
    held[0]!.resolve()
    expect((await first).status).toBe(200)
  })

  it('a queued request whose client goes away leaves the queue', async () => {
    const { store, held } = heldStore()
    const handler = handlerOn(store, { maxConcurrent: 1, maxQueued: 1, queueTimeoutMs: 60_000 })
    const first = handler(request('/credentials'))
    await settle()
    const abort = new AbortController()
    const gone = handler(request('/credentials', { signal: abort.signal }))
    await settle()
    expect((await handler(request('/credentials'))).status).toBe(503) // the queue is full
    abort.abort()
    expect((await gone).status).toBe(503)
    // Its place is free again.
    const queued = handler(request('/credentials'))
    await settle()
    expect(await isSettled(queued)).toBe(false)
    held[0]!.resolve()
    expect((await first).status).toBe(200)
    await settle()
    held[1]!.resolve()
    expect((await queued).status).toBe(200)
  })

  it('gives the slot back however a request ends (401, a store error, a thrown bug, 405)', async () => {
    let fail: unknown = storageError('NOT_FOUND', { id: 'x' })
    const store = {
      list: async () => {
        throw fail
      },
    } as unknown as CredentialStore
    const handler = handlerOn(store, { maxConcurrent: 1, maxQueued: 0, onError: () => undefined })
    const statuses: number[] = []
    for (let round = 0; round < 3; round += 1) {
      statuses.push((await handler(request('/credentials', { headers: {} }))).status)
      fail = storageError('NOT_FOUND', { id: 'x' })
      statuses.push((await handler(request('/credentials'))).status)
      fail = new TypeError('a bug')
      statuses.push((await handler(request('/credentials'))).status)
      statuses.push((await handler(request('/credentials', { method: 'PUT' }))).status)
    }
    expect(statuses).toEqual([401, 404, 500, 405, 401, 404, 500, 405, 401, 404, 500, 405])
  })

  it('refuses bad option values with INVALID_INPUT naming the option', () => {
    const { store } = heldStore()
    const cases: [keyof HttpHandlerOptions, unknown][] = [
      ['maxConcurrent', 0],
      ['maxConcurrent', 1.5],
      ['maxConcurrent', '64'],
      ['maxQueued', -1],
      ['maxQueued', Number.NaN],
      ['queueTimeoutMs', 0],
      ['queueTimeoutMs', 2 ** 31],
      ['queueTimeoutMs', Number.POSITIVE_INFINITY],
      ['maxEventStreams', -1],
      ['retryAfterSeconds', -1],
      ['retryAfterSeconds', 0.5],
    ]
    for (const [field, value] of cases) {
      let thrown: unknown
      try {
        handlerOn(store, { [field]: value })
      } catch (error) {
        thrown = error
      }
      expect(isStorageError(thrown, 'INVALID_INPUT'), `${field}: ${String(value)}`).toBe(true)
      expect((thrown as { details: { field: string } }).details.field).toBe(field)
    }
    // The edges are allowed.
    handlerOn(store, { maxConcurrent: 1, maxQueued: 0, queueTimeoutMs: 1, maxEventStreams: 0 })
  })
})

describe('admission: event streams', () => {
  it('an open stream holds no request slot; maxEventStreams bounds the streams, and a closed one frees its place', async () => {
    const { store, held, subscriptions } = heldStore()
    const handler = handlerOn(store, { maxConcurrent: 1, maxQueued: 0, maxEventStreams: 2 })
    const first = new AbortController()
    const second = new AbortController()
    const streams = [
      await handler(request('/events', { signal: first.signal })),
      await handler(request('/events', { signal: second.signal })),
    ]
    expect(streams.map((response) => response.status)).toEqual([200, 200])
    expect(subscriptions()).toBe(2)

    // The only request slot is still free.
    const listing = handler(request('/credentials'))
    await settle()
    expect(held).toHaveLength(1)

    const third = await handler(request('/events'))
    expect(third.status).toBe(503)
    expect(third.headers.get('retry-after')).toBe('2')
    expect((await errorOf(third)).details).toEqual({
      operation: 'events',
      adapter: 'http',
      reason: 'OVERLOADED',
    })

    // A client going away (abort) and a body cancelled by the host both end a stream.
    first.abort()
    expect((await handler(request('/events'))).status).toBe(200)
    await streams[1]!.body!.cancel()
    expect(subscriptions()).toBe(1)
    const another = new AbortController()
    expect((await handler(request('/events', { signal: another.signal }))).status).toBe(200)
    second.abort()
    another.abort()

    held[0]!.resolve()
    expect((await listing).status).toBe(200)
  })

  it('a stream refused by authorize or a failing subscribe gives its place back', async () => {
    let subscribeFails = true
    const store = {
      subscribe: () => {
        if (subscribeFails) throw storageError('UNAVAILABLE', { operation: 'subscribe', adapter: 'postgres' })
        return () => undefined
      },
    } as unknown as CredentialStore
    const handler = handlerOn(store, { maxEventStreams: 1 })
    for (let round = 0; round < 3; round += 1) {
      expect((await handler(request('/events', { headers: {} }))).status).toBe(401)
      const failed = await handler(request('/events'))
      expect(failed.status).toBe(503)
      expect(failed.headers.get('retry-after')).toBe('2')
    }
    subscribeFails = false
    const abort = new AbortController()
    expect((await handler(request('/events', { signal: abort.signal }))).status).toBe(200)
    abort.abort()
  })
})

describe('503 on the wire', () => {
  it("a store's UNAVAILABLE is 503 with Retry-After, and the client rebuilds it", async () => {
    const store = {
      list: async () => {
        throw storageError('UNAVAILABLE', { operation: 'list', adapter: 'postgres' })
      },
    } as unknown as CredentialStore
    const handler = handlerOn(store, { retryAfterSeconds: 3 })
    const response = await handler(request('/credentials'))
    expect(response.status).toBe(503)
    expect(response.headers.get('retry-after')).toBe('3')
    expect(await errorOf(response)).toMatchObject({
      code: 'UNAVAILABLE',
      details: { operation: 'list', adapter: 'postgres' },
    })

    const client = createHttpStore({
      baseUrl: 'http://a2f.test',
      headers: { authorization: 'Bearer ok' },
      fetch: (input, init) => handler(new Request(input, init)),
    })
    const error = await expectStorageError(client.list(), 'UNAVAILABLE')
    expect(error.details).toEqual({ operation: 'list', adapter: 'postgres', retryAfterMs: 3000 })
    expect(error.message).toBe(
      'Storage unavailable (postgres, list): nothing was changed. The server asks to try again in 3 s.',
    )
  })

  it("reads Retry-After as seconds or an HTTP date, bounded to a day, and ignores what it can't read", async () => {
    const answer = (retryAfter: string | undefined, status = 503, json = true) =>
      createHttpStore({
        baseUrl: 'http://a2f.test',
        fetch: async () =>
          new Response(
            json
              ? JSON.stringify({ error: { code: 'UNAVAILABLE', message: '', details: {} } })
              : '<h1>down</h1>',
            {
              status,
              headers: {
                'content-type': json ? 'application/json' : 'text/html',
                ...(retryAfter === undefined ? {} : { 'retry-after': retryAfter }),
              },
            },
          ),
      })
    const waitOf = async (store: CredentialStore) =>
      (await expectStorageError(store.list(), 'UNAVAILABLE')).details.retryAfterMs
    expect(await waitOf(answer('0'))).toBe(0)
    expect(await waitOf(answer(' 12 '))).toBe(12_000)
    expect(await waitOf(answer('9999999999'))).toBe(86_400_000)
    const soon = new Date(Date.now() + 60_000).toUTCString()
    expect(await waitOf(answer(soon))).toBeGreaterThan(50_000)
    expect(await waitOf(answer(soon))).toBeLessThanOrEqual(60_000)
    expect(await waitOf(answer('Thu, 01 Jan 1970 00:00:00 GMT'))).toBe(0)
    for (const unreadable of [undefined, '', '-1', '1.5', 'soon', 'x'.repeat(100)]) {
      expect(await waitOf(answer(unreadable))).toBeUndefined()
    }
    // A proxy's page (not the handler's JSON) with a Retry-After still tells the wait.
    expect(await waitOf(answer('5', 502, false))).toBe(5_000)
  })

  it('the client decodes an overload refusal as UNAVAILABLE with its reason', async () => {
    const { store, held } = heldStore()
    const handler = handlerOn(store, { maxConcurrent: 1, maxQueued: 0 })
    const client = createHttpStore({
      baseUrl: 'http://a2f.test',
      headers: { authorization: 'Bearer ok' },
      fetch: (input, init) => handler(new Request(input, init)),
    })
    const first = client.list()
    await settle()
    const error = await expectStorageError(client.list(), 'UNAVAILABLE')
    expect(error.details).toEqual({
      operation: 'list',
      adapter: 'http',
      reason: 'OVERLOADED',
      retryAfterMs: 2000,
    })
    expect(error.message).toBe(
      'Storage unavailable (http, list, server overloaded): nothing was changed. The server asks to try again in 2 s.',
    )
    held[0]!.resolve()
    expect(await first).toEqual([])
  })
})
