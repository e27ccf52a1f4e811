import { A2FError, encodeBase32, isA2FError, totp } from '@a2f/core'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ConflictError, isStorageError } from '../errors.js'
import { createHttpStore } from '../http.js'
import {
  COURT_KEY,
  COURT_KEY_BYTES,
  COURT_PASSWORD,
  expectNoSecretIn,
  expectStorageError,
} from './contract/store-contract.js'
import { startTestServer, type TestHandlerOptions, type TestServer } from './http-support.js'

let server: TestServer | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

async function start(options: TestHandlerOptions = {}): Promise<TestServer> {
  server = await startTestServer(options)
  return server
}

const courtInput = { issuer: 'TRF4', account: 'RS012345', secret: COURT_KEY, password: COURT_PASSWORD }

/** A raw request to the test server, authorized as `token` when given. */
function send(path: string, init: RequestInit & { token?: string } = {}): Promise<Response> {
  const headers = new Headers(init.headers)
  if (init.token !== undefined) headers.set('authorization', `Bearer ${init.token}`)
  return fetch(`${server!.baseUrl}${path}`, { ...init, headers })
}

async function errorBody(response: Response) {
  expect(response.headers.get('content-type')).toMatch(/^application\/json/)
  return ((await response.json()) as { error: { code: string; message: string; details: unknown } }).error
}

describe('secrets mode', () => {
  it("'codes-only' (the default) withholds keys but serves codes and summaries", async () => {
    const { storeFor } = await start({ secrets: 'handler default' })
    const store = storeFor('firm-a', 'ana')
    expect(await store.session()).toEqual({ tenant: 'firm-a', user: 'ana', secrets: 'codes-only' })
    const created = await store.create(courtInput)
    const withheld = await expectStorageError(store.get(created.id), 'SECRET_WITHHELD')
    expect(withheld.details).toEqual({ id: created.id })
    await expectStorageError(store.get('missing'), 'NOT_FOUND')
    expect(await store.getSummary(created.id)).toEqual(created)
    expect(await store.list()).toEqual([created])
    const { codes } = await store.codes({ timestamp: 59_000 })
    expect(codes.map((code) => code.code)).toEqual([totp(COURT_KEY_BYTES, { timestamp: 59_000 })])
    // Nothing was revealed, so nothing is audited as revealed.
    expect((await store.history()).map((entry) => entry.action)).toEqual(['create'])
  })

  it("'reveal' returns the key as bytes and the password", async () => {
    const { storeFor } = await start({ secrets: 'reveal' })
    const store = storeFor('firm-a')
    expect((await store.session()).secrets).toBe('reveal')
    const created = await store.create(courtInput)
    const credential = await store.get(created.id)
    expect(credential.secret).toBeInstanceOf(Uint8Array)
    expect(Array.from(credential.secret)).toEqual(Array.from(COURT_KEY_BYTES))
    expect(credential.password).toBe(COURT_PASSWORD)
  })

  it('refuses an unknown mode when the handler is made', async () => {
    await expect(start({ secrets: 'sometimes' as never })).rejects.toMatchObject({ code: 'INVALID_INPUT' })
  })
})

describe('authorization and tenants', () => {
  it('answers 401 without a token and with a bad one', async () => {
    const { baseUrl } = await start()
    for (const headers of [{}, { authorization: 'Bearer not-a-token' }, { authorization: 'Basic eDp5' }]) {
      const store = createHttpStore({ baseUrl, headers })
      const error = await expectStorageError(store.list(), 'UNAUTHORIZED')
      expect(error.details).toEqual({})
      const response = await send('/credentials', { headers })
      expect(response.status).toBe(401)
      expect(await errorBody(response)).toMatchObject({ code: 'UNAUTHORIZED', details: {} })
    }
  })

  it('takes the tenant from authorize only: tenant parameters and headers have no effect', async () => {
    const { storeFor, tokenFor } = await start()
    const mine = await storeFor('firm-a', 'ana').create({ ...courtInput, id: 'a-1' })
    const token = tokenFor('firm-b', 'mallory')
    for (const path of ['/credentials?tenant=firm-a', '/credentials/a-1/summary?tenant=firm-a']) {
      const response = await send(path, {
        token,
        headers: { 'a2f-tenant': 'firm-a', 'x-tenant': 'firm-a', 'x-a2f-tenant': 'firm-a' },
      })
      expect(response.headers.get('a2f-tenant')).toBe('firm-b')
      if (path.startsWith('/credentials?')) expect(await response.json()).toEqual({ credentials: [] })
      else expect((await errorBody(response)).code).toBe('NOT_FOUND')
    }
    const intruder = createHttpStore({
      baseUrl: server!.baseUrl,
      headers: { authorization: `Bearer ${token}`, 'a2f-tenant': 'firm-a' },
    })
    expect(intruder.tenant).toBe('remote')
    await expectStorageError(intruder.getSummary(mine.id), 'NOT_FOUND')
    expect(intruder.tenant).toBe('firm-b')
  })

  it('sends a fresh header set from a function for every request', async () => {
    const { baseUrl, tokenFor } = await start()
    const tokens = [tokenFor('firm-a'), tokenFor('firm-b')]
    let calls = 0
    const store = createHttpStore({
      baseUrl,
      headers: async () => ({ authorization: `Bearer ${tokens[calls++ % 2]}` }),
    })
    expect((await store.session()).tenant).toBe('firm-a')
    expect((await store.session()).tenant).toBe('firm-b')
  })
})

describe('errors round-trip', () => {
  it('brings a stale version back as ConflictError with its details', async () => {
    const store = (await start()).storeFor('firm-a', 'ana')
    const created = await store.create(courtInput)
    await store.update(created.id, { notes: 'n' }, { expectedVersion: 1 })
    const error = await store
      .update(created.id, { notes: 'm' }, { expectedVersion: 1 })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConflictError)
    expect(error).toMatchObject({
      name: 'ConflictError',
      code: 'CONFLICT',
      details: { id: created.id, expectedVersion: 1, actualVersion: 2 },
      message: `Credential ${created.id} changed: expected version 1, it is at version 2.`,
    })
    const removal = await store.remove(created.id, { expectedVersion: 1 }).catch((e: unknown) => e)
    expect(removal).toBeInstanceOf(ConflictError)
    const response = await send(`/credentials/${created.id}`, {
      method: 'PATCH',
      token: server!.tokenFor('firm-a'),
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ expectedVersion: 1, patch: { notes: 'x' } }),
    })
    expect(response.status).toBe(409)
  })

  it('brings a bad key character back as the core A2FError with index and character (422)', async () => {
    const store = (await start()).storeFor('firm-a')
    const error = await store
      .create({ ...courtInput, secret: 'GEZD GNBV GY3T QOJ0' })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(A2FError)
    expect(isA2FError(error, 'SECRET_INVALID_CHARACTER')).toBe(true)
    expect((error as A2FError<'SECRET_INVALID_CHARACTER'>).details).toEqual({
      index: 18,
      character: '0',
      suggestion: 'O',
    })
    const otp = await store.create({ ...courtInput, otp: { digits: 3 } }).catch((e: unknown) => e)
    expect(otp).toMatchObject({ name: 'A2FError', code: 'OPTION_INVALID', details: { option: 'digits' } })
    const response = await send('/credentials', {
      method: 'POST',
      token: server!.tokenFor('firm-a'),
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...courtInput, secret: 'GEZD0' }),
    })
    expect(response.status).toBe(422)
    expect(await errorBody(response)).toMatchObject({ code: 'SECRET_INVALID_CHARACTER' })
  })

  it('answers a tampered record with UNREADABLE_RECORD (422) and its reason', async () => {
    const { storeFor, tamper } = await start()
    const store = storeFor('firm-a')
    const created = await store.create(courtInput)
    await tamper('firm-a', created.id, (row) => ({ ...row, issuer: 7 }))
    const response = await send(`/credentials/${created.id}`, { token: server!.tokenFor('firm-a') })
    expect(response.status).toBe(422)
    expect(await errorBody(response)).toMatchObject({
      code: 'UNREADABLE_RECORD',
      details: { id: created.id, reason: 'FORMAT' },
    })
  })

  it('answers 400 INVALID_INPUT to malformed JSON, 415 to another content type', async () => {
    const token = (await start()).tokenFor('firm-a')
    const json = { 'content-type': 'application/json' }
    for (const body of ['{"issuer":', '', '\u00ff'.repeat(2)]) {
      const response = await send('/credentials', { method: 'POST', token, headers: json, body })
      expect(response.status).toBe(400)
      expect(await errorBody(response)).toMatchObject({
        code: 'INVALID_INPUT',
        details: { field: 'body', reason: 'not valid JSON' },
      })
    }
    const invalidUtf8 = await send('/credentials', {
      method: 'POST',
      token,
      headers: json,
      body: new Uint8Array([0x7b, 0xff, 0x7d]),
    })
    expect(invalidUtf8.status).toBe(400)
    expect((await errorBody(invalidUtf8)).details).toEqual({ field: 'body', reason: 'not UTF-8 text' })
    const patch = await send('/credentials/x', { method: 'PATCH', token, headers: json, body: '[1]' })
    expect(patch.status).toBe(400)
    const form = await send('/credentials', {
      method: 'POST',
      token,
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify(courtInput),
    })
    expect(form.status).toBe(415)
    expect((await errorBody(form)).code).toBe('INVALID_INPUT')
    expect(await server!.storeFor('firm-a').list()).toEqual([])
  })

  it('never echoes the body of a rejected request', async () => {
    const token = (await start()).tokenFor('firm-a')
    const base32 = encodeBase32(COURT_KEY_BYTES)
    const response = await send('/credentials', {
      method: 'POST',
      token,
      headers: { 'content-type': 'application/json' },
      body: `{"secret":"${base32}", "password": "${COURT_PASSWORD}",`,
    })
    expectNoSecretIn(await response.text())
  })

  it('answers 413 to a body over the limit, declared or streamed, and stays usable', async () => {
    const token = (await start({ maxBodyBytes: 1000 })).tokenFor('firm-a')
    const big = JSON.stringify({ ...courtInput, notes: 'x'.repeat(5000) })
    const declared = await send('/credentials', {
      method: 'POST',
      token,
      headers: { 'content-type': 'application/json' },
      body: big,
    })
    expect(declared.status).toBe(413)
    expect(await errorBody(declared)).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'body' } })
    const chunks = [new TextEncoder().encode(big.slice(0, 600)), new TextEncoder().encode(big.slice(600))]
    const streamed = await send('/credentials', {
      method: 'POST',
      token,
      headers: { 'content-type': 'application/json' },
      body: new ReadableStream({
        pull(controller) {
          const chunk = chunks.shift()
          if (chunk === undefined) controller.close()
          else controller.enqueue(chunk)
        },
      }),
      duplex: 'half',
    } as RequestInit)
    expect(streamed.status).toBe(413)
    expect(await server!.storeFor('firm-a').list()).toEqual([])
    const small = await server!.storeFor('firm-a').create(courtInput)
    expect(small.version).toBe(1)
  })

  it('answers the default limit of 1 MiB', async () => {
    const token = (await start()).tokenFor('firm-a')
    const response = await send('/credentials', {
      method: 'POST',
      token,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...courtInput, notes: 'x'.repeat(1024 * 1024) }),
    })
    expect(response.status).toBe(413)
    expect((await errorBody(response)).details).toEqual({
      field: 'body',
      reason: 'larger than 1048576 bytes',
    })
  })

  it('answers unknown routes with a JSON 404 and wrong methods with 405', async () => {
    const { tokenFor, baseUrl } = await start()
    const token = tokenFor('firm-a')
    for (const path of ['/nope', '/credentials/', '/credentials/a/b/c', '/', '']) {
      const response = await send(path, { token })
      expect(response.status, path).toBe(404)
      expect(await errorBody(response)).toEqual({
        code: 'ROUTE_NOT_FOUND',
        message: 'No such route.',
        details: {},
      })
    }
    const outside = await fetch(baseUrl.replace('/api/a2f', '/other'), {
      headers: { authorization: `Bearer ${token}` },
    })
    expect(outside.status).toBe(404)
    const wrong = await send('/credentials', { method: 'PUT', token })
    expect(wrong.status).toBe(405)
    expect(wrong.headers.get('allow')).toBe('GET, POST')
    expect((await errorBody(wrong)).code).toBe('METHOD_NOT_ALLOWED')
    // A client pointed at the wrong place cannot tell whether anything happened: UNAVAILABLE.
    const lost = createHttpStore({
      baseUrl: `${baseUrl}/wrong`,
      headers: { authorization: `Bearer ${token}` },
    })
    const error = await expectStorageError(lost.list(), 'UNAVAILABLE')
    expect(error.details).toEqual({ operation: 'list', adapter: 'http' })
  })

  it('answers 500 with a generic message to an unexpected error, and hands it to onError', async () => {
    const onError = vi.fn()
    const { storeFor } = await start({
      store() {
        throw new Error(`database password=${COURT_PASSWORD}`)
      },
      onError,
    })
    const response = await send('/credentials', { token: server!.tokenFor('firm-a') })
    expect(response.status).toBe(500)
    const text = await response.text()
    expect(JSON.parse(text)).toEqual({
      error: { code: 'INTERNAL', message: 'Internal server error.', details: {} },
    })
    expect(onError).toHaveBeenCalledOnce()
    expect(String(onError.mock.calls[0]![0])).toContain('database password')
    const error = await expectStorageError(storeFor('firm-a').list(), 'UNAVAILABLE')
    expectNoSecretIn(JSON.stringify(error) + String(error.cause) + error.message)
  })

  it('says UNAVAILABLE when the server is down or answers something else than JSON', async () => {
    const { storeFor } = await start()
    const store = storeFor('firm-a')
    await server!.close()
    server = undefined
    const down = await expectStorageError(store.list(), 'UNAVAILABLE')
    expect(down.details).toEqual({ operation: 'list', adapter: 'http' })
    expect(down.cause).toBeInstanceOf(Error)
    await expectStorageError(store.create(courtInput), 'UNAVAILABLE')

    const html = createHttpStore({
      baseUrl: 'http://proxy.invalid/api',
      fetch: async () =>
        new Response('<html>Bad gateway: password=x</html>', {
          status: 502,
          headers: { 'content-type': 'text/html' },
        }),
    })
    const proxied = await expectStorageError(html.getSummary('a'), 'UNAVAILABLE')
    expect(String(proxied.cause)).not.toContain('password')
    const garbled = createHttpStore({
      baseUrl: 'http://x.invalid',
      fetch: async () =>
        new Response('{"credentials": 1}', { headers: { 'content-type': 'application/json' } }),
    })
    await expectStorageError(garbled.list(), 'UNAVAILABLE')
  })
})

describe('wire format', () => {
  it('never puts a key or password in a URL', async () => {
    const { baseUrl, tokenFor } = await start()
    const urls: string[] = []
    const store = createHttpStore({
      baseUrl,
      headers: { authorization: `Bearer ${tokenFor('firm-a')}` },
      fetch: (input, init) => {
        urls.push(input)
        return fetch(input, init)
      },
    })
    const created = await store.create(courtInput)
    await store.update(
      created.id,
      { secret: COURT_KEY_BYTES, password: COURT_PASSWORD },
      { expectedVersion: 1 },
    )
    await store.create({ ...courtInput, secret: COURT_KEY_BYTES })
    await store.get(created.id)
    await store.codes({ ids: [created.id], timestamp: 1 })
    await store.create({ ...courtInput, secret: `${COURT_KEY}0` }).catch(() => undefined)
    expect(urls.length).toBeGreaterThanOrEqual(6)
    expectNoSecretIn(urls.join('\n'))
  })

  it('sends Cache-Control: no-store with every answer', async () => {
    const { tokenFor, storeFor } = await start()
    const token = tokenFor('firm-a')
    const created = await storeFor('firm-a').create(courtInput)
    const json = { 'content-type': 'application/json' }
    const requests: [string, RequestInit & { token?: string }][] = [
      ['/session', { token }],
      ['/credentials', { token }],
      [`/credentials/${created.id}`, { token }],
      [`/credentials/${created.id}/summary`, { token }],
      ['/codes', { token }],
      ['/inspect', { token }],
      ['/history', { token }],
      ['/credentials', { method: 'POST', token, headers: json, body: JSON.stringify(courtInput) }],
      [`/credentials/${created.id}`, { method: 'DELETE', token }],
      ['/credentials', { token: 'bad' }],
      ['/nowhere', { token }],
      ['/credentials', { method: 'POST', token, headers: json, body: '{' }],
      ['/history?limit=-1', { token }],
    ]
    for (const [path, init] of requests) {
      const response = await send(path, init)
      expect(response.headers.get('cache-control'), `${init.method ?? 'GET'} ${path}`).toBe('no-store')
      await response.body?.cancel()
    }
    const abort = new AbortController()
    const events = await send('/events', { token, signal: abort.signal })
    expect(events.headers.get('cache-control')).toBe('no-store')
    abort.abort()
  })

  it('answers each route with the documented status and shape', async () => {
    const { tokenFor } = await start()
    const token = tokenFor('firm-a', 'ana')
    const json = { 'content-type': 'application/json' }
    const created = await send('/credentials', {
      method: 'POST',
      token,
      headers: json,
      body: JSON.stringify({ ...courtInput, id: 'c-1' }),
    })
    expect(created.status).toBe(201)
    expect(created.headers.get('location')).toBe('/api/a2f/credentials/c-1')
    expect(await created.json()).toMatchObject({ credential: { id: 'c-1', version: 1, hasPassword: true } })
    const revealed = (await (await send('/credentials/c-1', { token })).json()) as {
      credential: { secret: string; password: string }
    }
    expect(revealed.credential).toMatchObject({
      secret: encodeBase32(COURT_KEY_BYTES),
      password: COURT_PASSWORD,
    })
    const updated = await send('/credentials/c-1', {
      method: 'PATCH',
      token,
      headers: json,
      body: JSON.stringify({ expectedVersion: 1, patch: { label: 'Principal' } }),
    })
    expect(await updated.json()).toMatchObject({ credential: { label: 'Principal', version: 2 } })
    const codes = (await (await send('/codes?ids=c-1&timestamp=59000', { token })).json()) as unknown
    expect(codes).toMatchObject({ codes: [{ id: 'c-1', counter: 1 }], unreadable: [] })
    expect(await (await send('/inspect', { token })).json()).toEqual({ readable: 1, unreadable: [] })
    const history = (await (await send('/history?credentialId=c-1&limit=1', { token })).json()) as unknown
    expect(history).toMatchObject({ entries: [{ action: 'update', actor: 'ana', fields: ['label'] }] })
    const badVersion = await send('/credentials/c-1?expectedVersion=two', { method: 'DELETE', token })
    expect(badVersion.status).toBe(422)
    expect((await errorBody(badVersion)).details).toMatchObject({ field: 'expectedVersion' })
    const removed = await send('/credentials/c-1?expectedVersion=2', { method: 'DELETE', token })
    expect(removed.status).toBe(204)
    expect(await removed.text()).toBe('')
    expect((await send('/codes?timestamp=soon', { token })).status).toBe(400)
  })

  it('passes list filters through the query string, an empty id list included', async () => {
    const store = (await start()).storeFor('firm-a')
    const a = await store.create({ ...courtInput, owner: 'Ana', systemId: 'trf4-eproc-1g' })
    const b = await store.create({ ...courtInput, account: 'joão', status: 'validated' })
    const ids = async (query: Parameters<typeof store.list>[0]) => (await store.list(query)).map((c) => c.id)
    expect(await ids({ ids: [] })).toEqual([])
    expect((await ids({ ids: [b.id, a.id] })).sort()).toEqual([a.id, b.id].sort())
    expect(await ids({ text: 'JOAO' })).toEqual([b.id])
    expect(await ids({ owner: 'Ana', systemId: 'trf4-eproc-1g' })).toEqual([a.id])
    expect(await ids({ status: 'validated' })).toEqual([b.id])
    expect((await store.codes({ ids: [b.id] })).codes.map((c) => c.id)).toEqual([b.id])
  })

  it('addresses ids that URLs would resolve away (".", "..") or that look like routes', async () => {
    const store = (await start()).storeFor('firm-a')
    const ids = ['.x.', 'summary', 'a:b.c_d-e']
    for (const id of ids) await store.create({ ...courtInput, id, label: `label ${id}` })
    for (const id of ids) {
      expect((await store.getSummary(id)).label).toBe(`label ${id}`)
      expect((await store.get(id)).id).toBe(id)
      expect((await store.update(id, { notes: id }, { expectedVersion: 1 })).id).toBe(id)
    }
    await store.remove('.x.')
    expect((await store.list()).map((c) => c.id).sort()).toEqual(['a:b.c_d-e', 'summary'])
    // The store refuses ids made only of dots; asking for one still reaches the credential route.
    await expectStorageError(store.create({ ...courtInput, id: '..' }), 'INVALID_INPUT')
    await expectStorageError(store.getSummary('.'), 'NOT_FOUND')
    await expectStorageError(store.get('..'), 'NOT_FOUND')
    await expectStorageError(store.getSummary('~.'), 'NOT_FOUND')
    await expectStorageError(store.getSummary(''), 'NOT_FOUND')
    await expectStorageError(store.get('a/b'), 'NOT_FOUND')
  })
})

describe('client error objects', () => {
  it('are StorageErrors recognised by isStorageError, without the server stack', async () => {
    const store = (await start()).storeFor('firm-a')
    const error = await store.getSummary('nope').catch((e: unknown) => e)
    expect(isStorageError(error, 'NOT_FOUND')).toBe(true)
    expect(error).toMatchObject({ message: 'Credential nope not found.', details: { id: 'nope' } })
  })
})
