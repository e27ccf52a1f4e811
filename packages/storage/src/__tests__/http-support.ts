import { randomUUID } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createMemoryAdapter } from '../adapters/memory.js'
import { createHttpHandler, createHttpStore, toNodeListener } from '../http.js'
import type { HttpAuthorization, HttpCredentialStore, HttpHandlerOptions, SecretsMode } from '../http.js'
import type { StoredCredential } from '../store/adapter.js'
import { createCredentialStore } from '../store/create-credential-store.js'
import { testKeyring } from '../test-support/fast-keys.js'

export interface TestServer {
  /** The handler's base URL, e.g. http://127.0.0.1:41234/api/a2f. */
  baseUrl: string
  /** The server-side adapter: what the stores behind the handler keep. */
  adapter: ReturnType<typeof createMemoryAdapter>
  /** A new bearer token that `authorize` maps to this tenant and user. */
  tokenFor(tenant: string, user?: string): string
  /** A client store whose token is for this tenant and user. */
  storeFor(tenant: string, user?: string): HttpCredentialStore
  /** Server-side subscriptions currently open (one per event stream). */
  activeSubscriptions(): number
  /** Statuses answered since the last call, oldest first, event streams left out. */
  takeStatuses(): number[]
  /** Drops every open connection (event streams included) but keeps listening. */
  dropConnections(): void
  tamper(tenant: string, id: string, edit: (row: StoredCredential) => unknown): Promise<void>
  close(): Promise<void>
}

export type TestHandlerOptions = Partial<Omit<HttpHandlerOptions, 'authorize' | 'secrets'>> & {
  /** Default 'reveal' (what the contract needs); 'handler default' leaves the option out. */
  secrets?: SecretsMode | 'handler default'
}

/**
 * A real `node:http` server on 127.0.0.1 (a free port) serving `createHttpHandler` through
 * `toNodeListener`, over one memory adapter with the test key ring. Bearer tokens map to tenants.
 */
export async function startTestServer(options: TestHandlerOptions = {}): Promise<TestServer> {
  const adapter = createMemoryAdapter()
  const keys = await testKeyring()
  const tokens = new Map<string, HttpAuthorization>()
  let subscriptions = 0

  const { secrets = 'reveal', ...handlerOptions } = options
  const handler = createHttpHandler({
    basePath: '/api/a2f',
    ...(secrets === 'handler default' ? {} : { secrets }),
    store({ tenant, user }) {
      const store = createCredentialStore({ adapter, keys, tenant, ...(user === '' ? {} : { actor: user }) })
      return {
        ...store,
        subscribe(listener, subscribeOptions) {
          subscriptions += 1
          const unsubscribe = store.subscribe(listener, subscribeOptions)
          let active = true
          return () => {
            if (active) subscriptions -= 1
            active = false
            unsubscribe()
          }
        },
      }
    },
    ...handlerOptions,
    authorize(request) {
      const match = /^Bearer (\S+)$/.exec(request.headers.get('authorization') ?? '')
      return match === null ? null : (tokens.get(match[1]!) ?? null)
    },
  })

  let statuses: number[] = []
  const recording: typeof handler = async (request) => {
    const response = await handler(request)
    if (!new URL(request.url).pathname.endsWith('/events')) statuses.push(response.status)
    return response
  }

  const server = createServer(toNodeListener(recording))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const baseUrl = `http://127.0.0.1:${port}/api/a2f`

  const tokenFor = (tenant: string, user = '') => {
    const token = randomUUID()
    tokens.set(token, { tenant, user })
    return token
  }

  return {
    baseUrl,
    adapter,
    tokenFor,
    storeFor: (tenant, user) =>
      createHttpStore({
        baseUrl,
        headers: { authorization: `Bearer ${tokenFor(tenant, user)}` },
        reconnect: { minDelayMs: 20, maxDelayMs: 200 },
      }),
    activeSubscriptions: () => subscriptions,
    takeStatuses() {
      const taken = statuses
      statuses = []
      return taken
    },
    dropConnections: () => server.closeAllConnections(),
    async tamper(tenant, id, edit) {
      const row = (await adapter.get(tenant, id)) as StoredCredential
      const edited = edit(structuredClone(row)) as StoredCredential
      await adapter.replace(tenant, edited, row.version, { at: 0, action: 'update', credentialId: id })
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error === undefined ? resolve() : reject(error)))
        // Event streams never go idle: without this, close would wait for every subscriber to leave.
        server.closeAllConnections()
      }),
  }
}

/** Resolves when `condition` holds; fails after `timeoutMs`. */
export async function waitFor(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const start = Date.now()
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting for a condition')
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}
