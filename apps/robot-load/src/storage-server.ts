/**
 * @a2f/storage's HTTP handler on the load run's PostgreSQL, on 127.0.0.1 and a free port: the server the
 * HTTP-claiming robots talk to (`createHttpStore`), as a firm's backend would run it. One bearer token,
 * made for the run, maps to the run's tenant; any other request gets 401.
 *
 * ```ts
 * const server = await startStorageServer({ postgresUrl, keys, tenant: 'load', token })
 * server.url // 'http://127.0.0.1:41234/api/a2f'
 * await server.close()
 * ```
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createCredentialStore, type SealingKeys } from '@a2f/storage'
import { createHttpHandler, toNodeListener, type HttpHandlerOptions } from '@a2f/storage/http'
import { createPostgresAdapter } from '@a2f/storage/postgres'

export type AdmissionLimits = Pick<
  HttpHandlerOptions,
  'maxConcurrent' | 'maxQueued' | 'queueTimeoutMs' | 'retryAfterSeconds'
>

export interface StorageServer {
  url: string
  close(): Promise<void>
}

export async function startStorageServer(options: {
  postgresUrl: string
  keys: SealingKeys
  tenant: string
  token: string
  /** The handler's admission limits (@a2f/service-load's test sets small ones to get deliberate 503s). */
  limits?: AdmissionLimits
}): Promise<StorageServer> {
  const adapter = createPostgresAdapter({ connectionString: options.postgresUrl, migrate: false })
  const handler = createHttpHandler({
    basePath: '/api/a2f',
    authorize: (request) =>
      request.headers.get('authorization') === `Bearer ${options.token}`
        ? { tenant: options.tenant, user: 'storage-server' }
        : null,
    // The actor is the robot's client as the server knows it; one store per request, as the handler asks.
    store: ({ tenant, user }) => createCredentialStore({ adapter, keys: options.keys, tenant, actor: user }),
    ...options.limits,
  })
  const server = createServer(toNodeListener(handler))
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/api/a2f`,
    async close() {
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      })
      await adapter.close()
    },
  }
}
