/**
 * Everything a load run stands on, started in this process and stopped by `stop()`: a throwaway
 * PostgreSQL on 127.0.0.1 and a random port (the repository's scripts/postgres-server.mjs), the sandbox
 * court on port 0, @a2f/storage's HTTP server on the same database, and the seed: one authenticator
 * (a fresh key) enrolled for the sandbox user RS012345, kept as two credentials (one per system of the
 * group 'sandbox', the way a firm keeps the 4th Region's systems: same key, claims shared by key), plus
 * throwaway credentials for the claim-rate phases. Chromium is resolved up front, so a machine without
 * one fails here, saying what to install, before any process is spawned.
 *
 * ```ts
 * const env = await provision({ throwaway: 9 })
 * try { … } finally { await env.stop() }
 * ```
 */
import { randomBytes } from 'node:crypto'
import { generateSecret } from '@a2f/core'
import { startSandboxCourt, type SandboxCourt } from '@a2f/sandbox-court'
import { sandboxCourtSystems, type SandboxCourtSystem } from '@a2f/sandbox-court/court-system'
import { createCredentialStore, createMasterKeyring } from '@a2f/storage'
import { createPostgresAdapter } from '@a2f/storage/postgres'
import { resolveChromium, startPostgres } from './repo-tools.js'
import { MASTER_KEY_ID, type RobotSecrets, type StoreAccess } from './robot-config.js'
import { startStorageServer } from './storage-server.js'

/** The sandbox's eproc user whose authenticator the robots share, and the group's two systems. */
export const COURT_USER = { login: 'RS012345', password: 'sandbox-rs-2024', name: 'Dra. Conceição Araújo' }
export const GROUP_SYSTEM_IDS = ['sandbox-eproc', 'sandbox-eproc-keycloak'] as const
export const PERIOD_MS = 30_000

export interface LoadEnvironment {
  access: StoreAccess
  secrets: RobotSecrets
  court: SandboxCourt
  /** By id: the group's two systems. */
  systems: Record<(typeof GROUP_SYSTEM_IDS)[number], SandboxCourtSystem>
  /** The shared authenticator's credential for each system (two records, one key). */
  credentials: Record<(typeof GROUP_SYSTEM_IDS)[number], string>
  /** Throwaway credentials, each with a key of its own, for the claim-rate phases. */
  throwaway: string[]
  /** Where Chromium came from ('system', 'registry', 'CHROMIUM_PATH'), and PostgreSQL's origin. */
  origins: { chromium: string; postgres: string }
  stop(): Promise<void>
}

export async function provision(options: { throwaway?: number } = {}): Promise<LoadEnvironment> {
  const stops: (() => Promise<unknown>)[] = []
  const stop = async () => {
    for (const step of stops.reverse()) await step().catch(() => undefined)
  }
  try {
    const chromium = await resolveChromium('the load run’s Chromium robots (@a2f/robot-load)')
    const postgres = await startPostgres().catch((error: unknown) => {
      throw new Error(
        `@a2f/robot-load needs a PostgreSQL server: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      )
    })
    stops.push(postgres.stop)

    const tenant = 'load'
    const masterKey = randomBytes(32).toString('base64')
    const keys = await createMasterKeyring({ keys: { [MASTER_KEY_ID]: masterKey }, current: MASTER_KEY_ID })
    // Migrates the new database on its first statement; the robots and the server open theirs with migrate: false.
    const adapter = createPostgresAdapter({ connectionString: postgres.url })
    stops.push(() => adapter.close())
    const store = createCredentialStore({ adapter, keys, tenant, actor: 'load-orchestrator' })
    const key = generateSecret()
    const credentials = {} as LoadEnvironment['credentials']
    for (const systemId of GROUP_SYSTEM_IDS) {
      const created = await store.create({
        systemId,
        issuer: 'eproc Sandbox',
        account: COURT_USER.login,
        secret: key,
        status: 'validated',
      })
      credentials[systemId] = created.id
    }
    const throwaway: string[] = []
    for (let index = 0; index < (options.throwaway ?? 0); index++) {
      const created = await store.create({
        issuer: 'Throwaway',
        account: `claims-${index}`,
        secret: generateSecret(),
      })
      throwaway.push(created.id)
    }

    const court = await startSandboxCourt({ port: 0 })
    stops.push(() => court.close())
    // The user's 2FA active with the key just stored: what enrolment at the court would have left.
    court.addUser({ ...COURT_USER, totpSecret: key })
    const entries = sandboxCourtSystems(court.url)
    const systems = Object.fromEntries(
      GROUP_SYSTEM_IDS.map((id) => {
        const system = entries.find((entry) => entry.id === id)
        if (system === undefined) throw new Error(`@a2f/sandbox-court has no system ${id}`)
        return [id, system]
      }),
    ) as LoadEnvironment['systems']

    const token = randomBytes(24).toString('base64url')
    const storage = await startStorageServer({ postgresUrl: postgres.url, keys, tenant, token })
    stops.push(() => storage.close())

    return {
      access: { postgresUrl: postgres.url, storageUrl: storage.url, tenant },
      secrets: { masterKey, storageToken: token, courtPassword: COURT_USER.password },
      court,
      systems,
      credentials,
      throwaway,
      origins: { chromium: chromium.origin, postgres: 'scripts/postgres-server.mjs' },
      stop,
    }
  } catch (error) {
    await stop()
    throw error
  }
}
