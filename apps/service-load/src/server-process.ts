/**
 * A storage server of the run, spawned by the orchestrator: @a2f/storage's HTTP handler
 * (`createHttpHandler` over `createPostgresAdapter`, the run's database, master key and bearer token)
 * on node:http, 127.0.0.1 and a free port — robot-load's `startStorageServer`, in a process of its own,
 * as a firm would run two instances behind a balancer. Says `ready` with its URL, serves until `stop` on
 * stdin (or stdin closes), then closes its connections and its pool and says `done`. With `limits`
 * (the test: small ones), requests past them are refused by the handler with 503 and Retry-After.
 */
import { createInterface } from 'node:readline'
import { emitRecord, errorName, startStorageServer } from '@a2f/robot-load'
import { createMasterKeyring } from '@a2f/storage'
import { MASTER_KEY_ID, readProcessEnvironment, type ServerConfig } from './config.js'
import type { ProcessRecord } from './records.js'

const emit = (record: ProcessRecord) => emitRecord(record)

try {
  const { config, secrets } = readProcessEnvironment<ServerConfig>(process.env, 'server')
  if (secrets.masterKey === undefined || secrets.token === undefined)
    throw new Error('server-process: the master key and the token are not set')
  const keys = await createMasterKeyring({
    keys: { [MASTER_KEY_ID]: secrets.masterKey },
    current: MASTER_KEY_ID,
  })
  const server = await startStorageServer({
    postgresUrl: config.postgresUrl,
    keys,
    tenant: config.tenant,
    token: secrets.token,
    ...(config.limits === undefined ? {} : { limits: config.limits }),
  })
  emit({ type: 'ready', url: server.url })
  const lines = createInterface({ input: process.stdin })
  await new Promise<void>((resolve) => {
    lines.on('line', (line) => {
      if (line.trim() === 'stop') resolve()
    })
    lines.on('close', resolve)
  })
  await server.close()
  await emit({ type: 'done' })
  process.exit(0)
} catch (error) {
  await emit({ type: 'failed', detail: errorName(error) })
  process.exit(1)
}
