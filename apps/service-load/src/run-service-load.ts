/**
 * The run: 2 SSE watchers (one per server) made live, then the 200 clients of plan.ts in `DRIVERS`
 * driver processes (driver-process.ts) until the bounds, then the watchers given time to catch up, the
 * verdict (check-run.ts) and the figures (figures.ts). Every driver is spawned here and stopped by its
 * pid, whatever happens; the watchers are unsubscribed.
 *
 * ```ts
 * const env = await provision()
 * try {
 *   const run = await runServiceLoad(env, TEST_BOUNDS)
 *   problems(run.verdict) // []
 * } finally { await env.stop() }
 * ```
 */
import { spawnJsonChild, within, type RobotChild } from '@a2f/robot-load'
import { isStorageError } from '@a2f/storage'
import pg from 'pg'
import { checkRun, type ServiceVerdict } from './check-run.js'
import { processEnvironment, type DriverConfig } from './config.js'
import { serviceFigures, type ServiceFigures } from './figures.js'
import {
  CLIENTS,
  DRIVERS,
  MIN_REMAINING_MS,
  SEEDED_CREDENTIALS,
  SENTINEL_ID,
  groupOf,
  planClients,
  type RunBounds,
} from './plan.js'
import type { ServiceEnvironment } from './provision.js'
import { parseRecord, type DriverResult } from './records.js'
import { processScript } from './scripts.js'
import { startWatchers, stopWatchers, waitFor, waitLive, type SeenEvent, type Watcher } from './watchers.js'

export interface ServiceRunOptions extends RunBounds {
  /** Default CLIENTS (200). */
  clients?: number
  /** The longest a client honours a 503's Retry-After. Default 1 s. */
  retryCapMs?: number
  /**
   * Half-way through, kill both servers' LISTEN connections (pg_terminate_backend) and cut both
   * watchers' event streams: what changed meanwhile must still reach every watcher once, in order.
   */
  faults?: boolean
}

export interface InjectedFaults {
  /** LISTEN connections terminated (one per server). */
  listenConnectionsKilled: number
  /**
   * Updates of the sentinel made right after, alternately through each server: before the servers'
   * LISTEN and the watchers' streams are back, so they reach the watchers only by replay.
   */
  writesDuringFaults: [string, number][]
  /** Event streams cut half-way, and the streams the watchers opened in all (reconnections + 1 each). */
  streamsCut: number
  streamsOpened: number
}

export interface ServiceRun {
  results: DriverResult[]
  watchers: { name: string; events: SeenEvent[] }[]
  verdict: ServiceVerdict
  figures: ServiceFigures
  clients: number
  bounds: RunBounds
  faults: InjectedFaults | undefined
}

/** When the faults come (or half-way through a shorter run): while the clients are busy. */
const FAULT_AFTER_MS = 1500
/** Sentinel updates made while the LISTEN connections and the streams are down. */
const FAULT_WRITES = 4

/** A driver's start-up (a Node process) on 2 busy cores. */
const READY_TIMEOUT_MS = 30_000
/** After the deadline: the loops under way finish (a request each, at worst queued behind 200 others). */
const DRAIN_MS = 30_000

export async function runServiceLoad(
  env: ServiceEnvironment,
  options: ServiceRunOptions,
): Promise<ServiceRun> {
  const clients = planClients(options.clients ?? CLIENTS)
  const urls = env.servers.map((server) => server.url)
  const watchers = startWatchers(urls, env.token)
  const results: DriverResult[] = []
  const children: RobotChild[] = []
  try {
    await waitLive(watchers)
    const drivers: string[] = []
    for (let index = 0; index < DRIVERS; index++) {
      const name = `driver-${index + 1}`
      drivers.push(name)
      const config: DriverConfig = {
        role: 'driver',
        name,
        servers: urls,
        clients: clients.filter((client) => client.driver === index),
        durationMs: options.durationMs,
        maxLoops: options.maxLoops,
        minRemainingMs: MIN_REMAINING_MS,
        credentials: SEEDED_CREDENTIALS,
        retryCapMs: options.retryCapMs ?? 1000,
      }
      children.push(
        spawnJsonChild(
          {
            name: `driver ${index + 1}`,
            script: processScript('driver-process'),
            env: processEnvironment(config, { token: env.token }),
            parse: parseRecord,
          },
          (record) => {
            if (record.type === 'result') results.push(record)
          },
        ),
      )
    }
    await within(
      Promise.all(children.map((child) => child.ready)),
      READY_TIMEOUT_MS,
      'drivers ready',
      children,
    )
    const deadline = Date.now() + options.durationMs
    for (const child of children) child.send(`go ${deadline}`)
    let faults: InjectedFaults | undefined
    const faulted =
      options.faults === true
        ? sleep(Math.min(options.durationMs / 2, FAULT_AFTER_MS)).then(async () => {
            const listenConnectionsKilled = await killListeningConnections(env.postgresUrl)
            for (const watcher of watchers) watcher.dropStream()
            const writesDuringFaults = await writeThroughEach(watchers, FAULT_WRITES)
            faults = {
              listenConnectionsKilled,
              writesDuringFaults,
              streamsCut: watchers.length,
              streamsOpened: 0,
            }
          })
        : Promise.resolve()
    // Awaited after the drivers; kept from surfacing as an unhandled rejection meanwhile.
    faulted.catch(() => undefined)
    const codes = await within(
      Promise.all(children.map((child) => child.exited)),
      deadline - Date.now() + DRAIN_MS,
      'drivers done',
      children,
    )
    const crashed = children.filter((_, index) => codes[index] !== 0)
    if (crashed.length > 0)
      throw new Error(
        `drivers failed: ${crashed.map((child) => `${child.name}: ${child.stderr() || 'no stderr'}`).join('; ')}`,
      )

    await faulted
    const alsoCommitted = faults?.writesDuringFaults ?? []
    const committed = [...results.flatMap((result) => result.committed), ...alsoCommitted]
    await waitFor(watchers, committed)
    if (faults !== undefined)
      faults.streamsOpened = watchers.reduce((total, watcher) => total + watcher.streamsOpened(), 0)
    const watched = watchers.map((watcher) => ({
      name: watcher.name,
      events: [...watcher.events],
      resets: watcher.resets,
    }))
    const verdict = checkRun({
      results,
      drivers,
      watchers: watched,
      groupOf,
      sentinelId: SENTINEL_ID,
      alsoCommitted,
    })
    return {
      results,
      watchers: watched,
      verdict,
      figures: serviceFigures(results, watched),
      clients: clients.length,
      bounds: { durationMs: options.durationMs, maxLoops: options.maxLoops },
      faults,
    }
  } finally {
    for (const child of children) child.kill()
    stopWatchers(watchers)
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** Terminates every LISTEN connection on the run's database (the servers'), as a network cut would. */
async function killListeningConnections(postgresUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: postgresUrl })
  await client.connect()
  try {
    const { rows } = await client.query<{ killed: boolean }>(
      `select pg_terminate_backend(pid) as killed from pg_stat_activity
        where datname = current_database() and query ilike 'listen %' and pid <> pg_backend_pid()`,
    )
    return rows.filter((row) => row.killed).length
  } finally {
    await client.end()
  }
}

/** Updates the sentinel `count` times, through each watcher's server in turn; returns [id, version]s. */
async function writeThroughEach(watchers: readonly Watcher[], count: number): Promise<[string, number][]> {
  const written: [string, number][] = []
  let version = (await watchers[0]!.store.getSummary(SENTINEL_ID)).version
  for (let index = 0; index < count; index++) {
    const store = watchers[index % watchers.length]!.store
    const summary = await retryingRefusals(() =>
      store.update(SENTINEL_ID, { label: `fault ${index}` }, { expectedVersion: version }),
    )
    version = summary.version
    written.push([SENTINEL_ID, version])
  }
  return written
}

/**
 * `write`, again after a second while the server refuses it (503: the run's own clients keep the
 * admission limits busy). A refusal applied nothing, so the same version is right the next time.
 */
async function retryingRefusals<T>(write: () => Promise<T>, attempts = 20): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write()
    } catch (error) {
      if (attempt >= attempts || !isStorageError(error, 'UNAVAILABLE')) throw error
      await sleep(1000)
    }
  }
}
