import { execFile, execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { delimiter, dirname, join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startPostgres } from '../../../../scripts/postgres-server.mjs'
import { isStorageError } from '../errors.js'
import { createHttpHandler, createHttpStore } from '../http.js'
import { createPostgresAdapter, POSTGRES_POOL_DEFAULTS } from '../postgres.js'
import type { SqlStorageAdapter } from '../postgres.js'
import type { ChangeEvent } from '../store/adapter.js'
import { createCredentialStore } from '../store/create-credential-store.js'
import { testKeyring } from '../test-support/fast-keys.js'
import {
  COURT_KEY,
  COURT_PASSWORD,
  expectNoSecretIn,
  expectStorageError,
  exposedText,
} from './contract/store-contract.js'
import { sampleRow, waitFor } from './postgres/sql-adapter-suite.js'
import { testPool } from './postgres/test-database.js'

const run = promisify(execFile)

/**
 * The database goes away for 5 s under a running HTTP service, two ways:
 *
 * - every process of the PostgreSQL server is stopped with SIGSTOP, then resumed with SIGCONT: the
 *   server accepts TCP connections into its backlog but answers nothing, like a frozen or cut-off host
 *   (the hard case, where nothing fails by itself);
 * - the server is shut down (`pg_ctl stop -m fast`: connections terminated, then refused) and started
 *   again on the same data directory and port.
 *
 * During the outage every request must be answered 503 with Retry-After within the adapter's timeouts;
 * afterwards the same handler and adapter must serve again, with nothing of the service restarted.
 *
 * The test stops a server of its own (started here like the global one, by scripts/postgres-server.mjs),
 * never the shared one other test files are using. Without PostgreSQL programs it fails, saying what to
 * install; it never skips.
 */

const TIMEOUT_MS = 1000
const OUTAGE_MS = 5000
/**
 * With the server stopped before the requests come, each waits out one timeout: a connection that never
 * opens (`connectionTimeoutMs`, which also bounds the wait for a free one), or a statement on an idle
 * connection that never answers (`statementTimeoutMs`), never both and never one after another (a
 * ROLLBACK sent on the dead connection would add a second one). Plus scheduling on a busy machine.
 */
const ANSWER_BOUND_MS = TIMEOUT_MS + 900
/** Trust authentication ignores it; it is here to prove no error or answer ever quotes the URL. */
const URL_PASSWORD = 'url-pass-Zq81xK'

let server: { url: string; stop: () => Promise<void> }

beforeAll(async () => {
  server = await startPostgres()
})
afterAll(async () => {
  await server?.stop()
})

/** The server's data directory and its postmaster's pid (first line of postmaster.pid). */
async function serverInfo(url: string): Promise<{ dataDir: string; postmaster: number }> {
  const pool = testPool(url, 1)
  try {
    const { rows } = await pool.query<{ setting: string }>(
      "select setting from pg_settings where name = 'data_directory'",
    )
    const dataDir = rows[0]!.setting
    const postmaster = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0])
    if (!Number.isSafeInteger(postmaster) || postmaster <= 0) throw new Error('no postmaster pid')
    return { dataDir, postmaster }
  } finally {
    await pool.end()
  }
}

/** The postmaster and its children (backends, checkpointer, …). */
async function serverProcesses(url: string): Promise<number[]> {
  const { postmaster } = await serverInfo(url)
  return [postmaster, ...childrenOf(postmaster)]
}

/**
 * Runs the server's `pg_ctl` (next to the `postgres` program named in postmaster.opts) as the owner of
 * the data directory: under root the server runs as another user (scripts/postgres-server.mjs).
 */
async function pgCtl(dataDir: string, args: readonly string[]): Promise<void> {
  const opts = readFileSync(join(dataDir, 'postmaster.opts'), 'utf8')
  const program = /^"?([^"\s]+)"?/.exec(opts)?.[1]
  if (program === undefined) throw new Error('postmaster.opts names no program')
  const pgCtlPath = join(dirname(program), 'pg_ctl')
  const owner = statSync(dataDir).uid
  if (process.getuid?.() === 0 && owner !== 0) {
    const name = execFileSync('id', ['-nu', String(owner)], { encoding: 'utf8' }).trim()
    const directories = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/sbin', '/usr/bin']
    const runuser = directories
      .map((directory) => join(directory, 'runuser'))
      .find((path) => existsSync(path))
    if (runuser === undefined) throw new Error('runuser (util-linux) is needed to run pg_ctl as root')
    await run(runuser, ['-u', name, '--', pgCtlPath, '-D', dataDir, ...args])
  } else {
    await run(pgCtlPath, ['-D', dataDir, ...args])
  }
}

function childrenOf(parent: number): number[] {
  const children: number[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      if (ppid === parent) children.push(Number(entry))
    } catch {
      // The process ended while the list was read.
    }
  }
  return children
}

/** Stops the postmaster first (so it forks nothing new), then every child; the reverse to resume. */
function signalAll(pids: readonly number[], signal: 'SIGSTOP' | 'SIGCONT') {
  const ordered = signal === 'SIGSTOP' ? pids : [...pids].reverse()
  for (const pid of ordered) {
    try {
      process.kill(pid, signal)
    } catch (error) {
      // A backend that ended in the meantime; the postmaster itself must be there.
      if (pid === pids[0]) throw error
    }
  }
}

function withPassword(url: string): string {
  const parsed = new URL(url)
  parsed.password = URL_PASSWORD
  return parsed.href
}

interface Answer {
  status: number
  retryAfter: string | null
  ms: number
  text: string
}

/**
 * The service under test: an HTTP handler over a PostgreSQL adapter with 1 s timeouts, serving `tenant`
 * (each test has its own, on the one database of this server), and a client.
 */
async function startService(tenant: string) {
  const adapter: SqlStorageAdapter = createPostgresAdapter({
    connectionString: withPassword(server.url),
    max: 4,
    connectionTimeoutMs: TIMEOUT_MS,
    statementTimeoutMs: TIMEOUT_MS,
  })
  const keys = await testKeyring()
  const unexpected: unknown[] = []
  const handler = createHttpHandler({
    authorize: () => ({ tenant, user: 'ana' }),
    store: ({ tenant, user }) => createCredentialStore({ adapter, keys, tenant, actor: user }),
    secrets: 'reveal',
    onError: (error) => unexpected.push(error),
  })
  const client = createHttpStore({
    baseUrl: 'http://a2f.test',
    fetch: (input, init) => handler(new Request(input, init)),
  })
  const raw = (method: string, path: string, body?: unknown): Promise<Answer> => {
    const started = Date.now()
    const init: RequestInit = { method }
    if (body !== undefined) {
      init.body = JSON.stringify(body)
      init.headers = { 'content-type': 'application/json' }
    }
    return handler(new Request(`http://a2f.test${path}`, init)).then(async (response) => ({
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      ms: Date.now() - started,
      text: await response.text(),
    }))
  }
  return { adapter, client, raw, unexpected }
}

/** Every answer given during an outage: 503 UNAVAILABLE of the adapter, with Retry-After, in time. */
function expectOutageAnswers(answers: readonly Answer[]) {
  for (const answer of answers) {
    expect(answer.status, answer.text).toBe(503)
    expect(answer.retryAfter).toBe('2')
    expect(answer.ms).toBeLessThan(ANSWER_BOUND_MS)
    const body = JSON.parse(answer.text) as { error: { code: string; details: { adapter: string } } }
    expect(body.error.code).toBe('UNAVAILABLE')
    expect(body.error.details.adapter).toBe('postgres')
    expect(answer.text).not.toContain(URL_PASSWORD)
    expectNoSecretIn(answer.text)
  }
}

/** An error of the outage: UNAVAILABLE, and nothing in it (cause chain included) quotes the URL or a secret. */
function expectOutageError(error: unknown) {
  expect(isStorageError(error, 'UNAVAILABLE'), String(error)).toBe(true)
  const text = exposedText(error)
  expect(text).not.toContain(URL_PASSWORD)
  expect(text).not.toContain(server.url.replace(/^postgres:\/\//, ''))
  expectNoSecretIn(text)
}

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  )

describe('PostgreSQL stopped under the HTTP service', () => {
  it('answers 503 with Retry-After within the timeouts while the server is stopped, then recovers by itself', async () => {
    const { adapter, client, raw, unexpected } = await startService('firm-frozen')
    let pids: number[] = []
    let stopped = false
    try {
      const created = await client.create({ issuer: 'TRF4', account: 'RS012345', secret: COURT_KEY })
      // Idle connections in the pool before the outage: some requests will hit them (a query with no
      // answer), others will have to open new ones (a connection with no answer).
      await Promise.all([1, 2, 3, 4].map(() => client.list()))

      pids = await serverProcesses(server.url)
      expect(pids.length).toBeGreaterThan(1)
      signalAll(pids, 'SIGSTOP')
      stopped = true
      const outageStart = Date.now()

      // A burst larger than the pool: a write first (a transaction on an idle connection), then reads,
      // codes and a reveal, some on the other idle connections, some waiting for a new one.
      const write = raw('POST', '/credentials', {
        issuer: 'TRF4',
        account: 'x',
        secret: COURT_KEY,
        password: COURT_PASSWORD,
      })
      await new Promise((resolve) => setTimeout(resolve, 200)) // sealed, and holding a connection
      const burst = await Promise.all([
        write,
        ...[1, 2, 3, 4, 5, 6].map(() => raw('GET', '/credentials')),
        raw('GET', '/codes'),
        raw('GET', `/credentials/${created.id}`),
      ])
      const answers = [...burst]
      // Then one request after another until the outage has lasted OUTAGE_MS.
      while (Date.now() - outageStart < OUTAGE_MS) answers.push(await raw('GET', '/credentials'))
      // Through the client: the same 503 is an UNAVAILABLE StorageError, free of secrets.
      const failure = await failureOf(client.list())
      // And the adapter itself: the driver's error is kept as cause, without the URL or its password.
      const direct = await failureOf(adapter.list('firm-frozen'))
      const outageMs = Date.now() - outageStart

      signalAll(pids, 'SIGCONT')
      stopped = false

      expect(answers.length).toBeGreaterThanOrEqual(burst.length + 2)
      expectOutageAnswers(answers)
      expect(outageMs).toBeGreaterThanOrEqual(OUTAGE_MS)
      expectOutageError(failure)
      expectOutageError(direct)
      expect(unexpected).toEqual([])

      // Back: the very next requests succeed, on the same handler and adapter (dead connections dropped).
      const list = await client.list()
      expect(list.map((credential) => credential.id)).toEqual([created.id])
      const again = await Promise.all([1, 2, 3, 4, 5, 6, 7, 8].map(() => raw('GET', '/credentials')))
      expect(again.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200, 200, 200, 200])
      const second = await client.create({ issuer: 'TRF4', account: 'y', secret: COURT_KEY })
      expect((await client.codes()).codes.map((code) => code.id).sort()).toEqual(
        [created.id, second.id].sort(),
      )
      expect((await client.get(created.id)).account).toBe('RS012345')
      // Nothing of the writes refused during the outage was stored.
      expect((await client.list()).map((credential) => credential.account).sort()).toEqual(['RS012345', 'y'])
      expect(unexpected).toEqual([])
    } finally {
      if (stopped) signalAll(pids, 'SIGCONT')
      await adapter.close()
    }
  }, 60_000)
  it('answers 503 with Retry-After while the server is shut down, then serves again, events included, once it is started', async () => {
    const { adapter, client, raw, unexpected } = await startService('firm-restarted')
    // Another process writing: its changes reach this adapter only through the LISTEN connection.
    const writer = createPostgresAdapter({ connectionString: server.url, connectionTimeoutMs: TIMEOUT_MS })
    const seen: ChangeEvent[] = []
    const { dataDir } = await serverInfo(server.url)
    let stopped = false
    try {
      const created = await client.create({ issuer: 'TRF4', account: 'RS012345', secret: COURT_KEY })
      await Promise.all([1, 2, 3, 4].map(() => client.list()))
      const unsubscribe = adapter.subscribe!('firm-restarted', (event) => seen.push(event))
      await writer.insert('firm-restarted', sampleRow('before'), {
        at: 1,
        action: 'create',
        credentialId: 'before',
      })
      await waitFor(() => seen.some((event) => event.id === 'before'))

      await pgCtl(dataDir, ['-m', 'fast', '-w', 'stop'])
      stopped = true
      const outageStart = Date.now()
      const answers = await Promise.all([
        raw('POST', '/credentials', {
          issuer: 'TRF4',
          account: 'x',
          secret: COURT_KEY,
          password: COURT_PASSWORD,
        }),
        ...[1, 2, 3, 4, 5, 6].map(() => raw('GET', '/credentials')),
        raw('GET', '/codes'),
      ])
      while (Date.now() - outageStart < OUTAGE_MS) {
        answers.push(await raw('GET', '/credentials'))
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      const failure = await failureOf(client.list())
      const direct = await failureOf(adapter.list('firm-restarted'))

      await pgCtl(dataDir, ['-w', '-l', join(dirname(dataDir), 'server.log'), 'restart'])
      stopped = false

      expect(answers.length).toBeGreaterThanOrEqual(12)
      expectOutageAnswers(answers)
      expectOutageError(failure)
      expectOutageError(direct)
      expect(unexpected).toEqual([])

      // Back on the same port: the pool opens new connections (the old ones were terminated).
      expect((await client.list()).map((credential) => credential.id).sort()).toEqual(
        ['before', created.id].sort(),
      )
      const again = await Promise.all([1, 2, 3, 4, 5, 6].map(() => raw('GET', '/credentials')))
      expect(again.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200, 200])
      expect((await client.create({ issuer: 'TRF4', account: 'y', secret: COURT_KEY })).version).toBe(1)
      // The listening connection reconnected by itself: another process's write is reported again.
      let attempt = 0
      await waitFor(async () => {
        const id = `after-${(attempt += 1)}`
        await writer.insert('firm-restarted', sampleRow(id), { at: 2, action: 'create', credentialId: id })
        await new Promise((resolve) => setTimeout(resolve, 250))
        return seen.some((event) => event.id.startsWith('after-') && event.remote === true)
      }, 15_000)
      unsubscribe()
      expect(unexpected).toEqual([])
    } finally {
      if (stopped) await pgCtl(dataDir, ['-w', '-l', join(dirname(dataDir), 'server.log'), 'restart'])
      await adapter.close()
      await writer.close()
    }
  }, 60_000)
})

describe('PostgreSQL pool bounds', () => {
  it('has documented defaults and refuses bad values naming the option, never quoting the URL', () => {
    expect(POSTGRES_POOL_DEFAULTS).toEqual({ max: 10, connectionTimeoutMs: 5000, statementTimeoutMs: 10_000 })
    const connectionString = withPassword(server.url)
    const cases: [string, unknown][] = [
      ['max', 0],
      ['max', 2.5],
      ['connectionTimeoutMs', 0],
      ['connectionTimeoutMs', '5000'],
      ['statementTimeoutMs', -1],
      ['statementTimeoutMs', 2 ** 31],
    ]
    for (const [field, value] of cases) {
      let thrown: unknown
      try {
        createPostgresAdapter({ connectionString, [field]: value })
      } catch (error) {
        thrown = error
      }
      expect(isStorageError(thrown, 'INVALID_INPUT'), `${field}: ${String(value)}`).toBe(true)
      expect((thrown as { details: { field: string } }).details.field).toBe(field)
      expect(exposedText(thrown)).not.toContain(URL_PASSWORD)
    }
    let empty: unknown
    try {
      createPostgresAdapter({ connectionString: '' })
    } catch (error) {
      empty = error
    }
    expect(isStorageError(empty, 'INVALID_INPUT')).toBe(true)
  })

  it('a statement past statementTimeoutMs fails UNAVAILABLE in time, and the adapter goes on working', async () => {
    const adapter = createPostgresAdapter({
      connectionString: withPassword(server.url),
      statementTimeoutMs: 300,
    })
    const sql = testPool(server.url, 1)
    try {
      const store = await createCredentialStore({ adapter, keys: await testKeyring(), tenant: 'firm-slow' })
      await store.list() // migrated
      // Every audit insert of this tenant sleeps 5 s: a write that takes too long, on a healthy server.
      await sql.query(`
        create or replace function a2f_test_slow() returns trigger language plpgsql as $$
        begin
          perform pg_sleep(5);
          return new;
        end $$`)
      await sql.query(`create trigger a2f_test_slow before insert on a2f_audit
        for each row when (new.tenant = 'firm-slow') execute function a2f_test_slow()`)
      const started = Date.now()
      const error = await expectStorageError(
        store.create({ issuer: 'TRF4', account: 'x', secret: COURT_KEY, password: COURT_PASSWORD }),
        'UNAVAILABLE',
      )
      expect(Date.now() - started).toBeLessThan(300 + 1500)
      expect(error.details).toEqual({ operation: 'insert', adapter: 'postgres' })
      expectOutageError(error)
      await sql.query('drop trigger a2f_test_slow on a2f_audit')
      expect(await store.list()).toEqual([]) // nothing of the refused write, and the adapter still works
      expect((await store.create({ issuer: 'TRF4', account: 'x', secret: COURT_KEY })).version).toBe(1)
    } finally {
      await sql.query('drop trigger if exists a2f_test_slow on a2f_audit').catch(() => undefined)
      await sql.end()
      await adapter.close()
    }
  })
})
