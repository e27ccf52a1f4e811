/**
 * A client driver of the run, spawned by the orchestrator: runs its share of the 200 clients
 * (plan.ts) in this one process, each a `createHttpStore` of its own on its server. It says `ready`,
 * waits for `go <deadline>` on stdin, then every client loops until the deadline or `maxLoops`:
 * `codes()`, `claimCode(id, { minRemainingMs })` on the next credential of its round, and for the
 * writers an `update` of their label credential with the version they last got (the update is
 * "committed" when the server answered it). A 503 that carries Retry-After is a deliberate refusal
 * (admission limits): counted, honoured (up to `retryCapMs`), not an error; any other failure is an
 * error. At the end it sends one `result` record (records.ts) and `done`.
 */
import { emitRecord, errorName, stdinSignal as signal } from '@a2f/robot-load'
import { createHttpStore, type FetchFunction } from '@a2f/storage/http'
import { readProcessEnvironment, type DriverConfig } from './config.js'
import { claimTarget, type PlannedClient } from './plan.js'
import { deliberateWaitMs } from './retry-after.js'
import { MAX_ERRORS, OPERATIONS, type DriverResult, type Operation, type ProcessRecord } from './records.js'

const emit = (record: ProcessRecord) => emitRecord(record)
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)))

async function runDriver(config: DriverConfig, token: string): Promise<DriverResult> {
  const result: DriverResult = {
    type: 'result',
    driver: config.name,
    startedAt: 0,
    endedAt: 0,
    loops: 0,
    latencies: Object.fromEntries(OPERATIONS.map((op) => [op, []])) as unknown as DriverResult['latencies'],
    unavailable: Object.fromEntries(OPERATIONS.map((op) => [op, 0])) as DriverResult['unavailable'],
    errors: [],
    errorCount: 0,
    claims: [],
    committed: [],
  }
  emit({ type: 'ready' })
  const deadline = Number(await signal('go'))
  result.startedAt = Date.now()

  async function runClient(planned: PlannedClient): Promise<void> {
    // The status of this client's current call's answer: clients call one thing at a time.
    const last: { status?: number } = {}
    const lastStatus = () => last.status // read through a call: TypeScript does not see the fetch set it
    const fetchAndNote: FetchFunction = async (input, init) => {
      const response = await globalThis.fetch(input, init)
      last.status = response.status
      return response
    }
    const baseUrl = config.servers[planned.server]
    if (baseUrl === undefined) throw new Error(`no server ${planned.server}`)
    const store = createHttpStore({
      baseUrl,
      headers: { authorization: `Bearer ${token}` },
      fetch: fetchAndNote,
    })

    async function request<T>(op: Operation, call: () => Promise<T>): Promise<T | undefined> {
      delete last.status
      const started = performance.now()
      try {
        const value = await call()
        result.latencies[op].push(Math.round((performance.now() - started) * 100) / 100)
        return value
      } catch (error) {
        const status = lastStatus()
        const wait = deliberateWaitMs(error, status)
        if (wait !== undefined) {
          result.unavailable[op] += 1
          await sleep(Math.min(wait, config.retryCapMs, deadline - Date.now()))
          return undefined
        }
        result.errorCount += 1
        if (result.errors.length < MAX_ERRORS) {
          const code =
            error instanceof Error && typeof (error as { code?: unknown }).code === 'string'
              ? String((error as { code?: unknown }).code)
              : errorName(error)
          result.errors.push({
            client: planned.client,
            op,
            code,
            ...(status === undefined ? {} : { status }),
            ...(status === 503 ? { reason: 'a 503 without a valid Retry-After' } : {}),
            ...(code === 'INCOMPLETE_CODES'
              ? { reason: 'codes() missed credentials or found some unreadable' }
              : {}),
          })
        }
        return undefined
      }
    }

    let version = 1 // every credential is seeded at version 1
    for (let loop = 0; loop < config.maxLoops && Date.now() < deadline; loop += 1) {
      result.loops += 1
      await request('codes', async () => {
        const { codes, unreadable } = await store.codes()
        // Every seeded credential opens: a record reported unreadable, or one missing, is an error.
        if (unreadable.length > 0 || codes.length !== config.credentials)
          throw Object.assign(new Error('codes'), { code: 'INCOMPLETE_CODES' })
      })
      const id = claimTarget(planned.client, loop)
      const claimed = await request('claimCode', () =>
        store.claimCode(id, { minRemainingMs: config.minRemainingMs }),
      )
      if (claimed !== undefined) result.claims.push([id, claimed.counter])
      const writes = planned.writes
      if (writes !== undefined) {
        const patch = { label: `client ${planned.client}, loop ${loop}` }
        const updated = await request('update', () =>
          store.update(writes, patch, { expectedVersion: version }),
        )
        if (updated !== undefined) {
          version = updated.version
          result.committed.push([writes, updated.version])
        }
      }
    }
  }

  await Promise.all(config.clients.map((planned) => runClient(planned)))
  result.endedAt = Date.now()
  return result
}

try {
  const { config, secrets } = readProcessEnvironment<DriverConfig>(process.env, 'driver')
  if (secrets.token === undefined) throw new Error('driver-process: the token is not set')
  await emit(await runDriver(config, secrets.token))
  await emit({ type: 'done' })
  process.exit(0)
} catch (error) {
  await emit({ type: 'failed', detail: errorName(error) })
  process.exit(1)
}
