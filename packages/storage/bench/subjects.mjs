/**
 * The backends measured by `pnpm bench`, each started before and stopped after its measurement.
 * `adapter` (when given) is also measured bare, for the store's overhead; `store` overrides how the
 * store under test is made (HTTP: a client talking to a real local server).
 */
import { randomBytes } from 'node:crypto'
import { createServer } from 'node:http'
import { createCredentialStore, createMasterKeyring, createMemoryAdapter } from '../dist/index.js'
import { createHttpHandler, createHttpStore, toNodeListener } from '../dist/http.js'
import { createPGliteAdapter } from '../dist/pglite.js'
import { browserIndexedDb } from './browser-indexeddb.mjs'
import { startPostgres } from '../../../scripts/postgres-server.mjs'

export function subjects() {
  return [
    simple('memory', () => createMemoryAdapter()),
    {
      name: 'IndexedDB (fake-indexeddb, Node)',
      async start() {
        await import('fake-indexeddb/auto') // the IndexedDB globals, in memory
        const { createIndexedDbAdapter } = await import('../dist/indexeddb.js')
        this.adapter = createIndexedDbAdapter({ name: `bench-${Date.now()}`, broadcast: false })
        return { name: this.name, adapter: this.adapter }
      },
      async stop() {
        await this.adapter.close?.()
      },
    },
    browserIndexedDb,
    simple('PGlite (in memory)', () => createPGliteAdapter()),
    {
      name: 'PostgreSQL 127.0.0.1 (pg)',
      async start() {
        this.server = await startPostgres()
        const { createPostgresAdapter } = await import('../dist/postgres.js')
        this.adapter = createPostgresAdapter({ connectionString: this.server.url })
        return { name: this.name, adapter: this.adapter }
      },
      async stop() {
        await this.adapter?.close?.()
        await this.server?.stop()
      },
    },
    {
      name: 'HTTP client → local server (memory)',
      async start() {
        const keys = await createMasterKeyring({
          keys: { bench: new Uint8Array(randomBytes(32)) },
          current: 'bench',
        })
        const adapter = createMemoryAdapter()
        const handler = createHttpHandler({
          // The tenant from a header, so the bulk runs get fresh tenants as on the other backends.
          authorize: (request) => ({
            tenant: request.headers.get('x-bench-tenant') ?? 'bench',
            user: 'bench',
          }),
          store: ({ tenant, user }) => createCredentialStore({ adapter, keys, tenant, actor: user }),
          secrets: 'reveal',
        })
        this.server = createServer(toNodeListener(handler))
        await new Promise((resolve) => this.server.listen(0, '127.0.0.1', resolve))
        const baseUrl = `http://127.0.0.1:${this.server.address().port}`
        return {
          name: this.name,
          store: (tenant) => createHttpStore({ baseUrl, headers: { 'x-bench-tenant': tenant } }),
        }
      },
      async stop() {
        this.server.closeAllConnections?.()
        await new Promise((resolve) => this.server.close(resolve))
      },
    },
  ]
}

function simple(name, makeAdapter) {
  return {
    name,
    async start() {
      this.adapter = makeAdapter()
      return { name, adapter: this.adapter }
    },
    async stop() {
      await this.adapter.close?.()
    },
  }
}
