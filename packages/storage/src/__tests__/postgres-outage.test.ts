import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startPostgres } from '../../../../scripts/postgres-server.mjs'
import { isStorageError } from '../errors.js'
import { createHttpHandler, createHttpStore } from '../http.js'
import { createPostgresAdapter } from '../postgres.js'
import type { SqlStorageAdapter } from '../postgres.js'
import { createCredentialStore } from '../store/create-credential-store.js'
import { testKeyring } from '../test-support/fast-keys.js'
import { COURT_KEY, COURT_PASSWORD, expectNoSecretIn, exposedText } from './contract/store-contract.js'
import { testPool } from './postgres/test-database.js'

/**
 * The database stops answering under a running HTTP service: every process of the PostgreSQL server is
 * stopped with SIGSTOP for 5 s (the server accepts TCP connections into its backlog but answers nothing,
 * like a frozen or cut-off host: the hard case, where nothing fails by itself), then resumed with SIGCONT.
 * During the outage every request must be answered 503 with Retry-After within the adapter's timeouts;
 * afterwards the same handler and adapter must serve again, with nothing restarted.
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

/** The postmaster's pid (first line of postmaster.pid in the data directory) and its children. */
async function serverProcesses(url: string): Promise<number[]> {
  const pool = testPool(url, 1)
  try {
    const { rows } = await pool.query<{ setting: string }>(
      "select setting from pg_settings where name = 'data_directory'",
    )
    const postmaster = Number(readFileSync(join(rows[0]!.setting, 'postmaster.pid'), 'utf8').split('\n')[0])
    if (!Number.isSafeInteger(postmaster) || postmaster <= 0) throw new Error('no postmaster pid')
    return [postmaster, ...childrenOf(postmaster)]
  } finally {
    await pool.end()
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

describe('PostgreSQL stopped under the HTTP service', () => {
  it('answers 503 with Retry-After within the timeouts while the server is stopped, then recovers by itself', async () => {
    const adapter: SqlStorageAdapter = createPostgresAdapter({
      connectionString: withPassword(server.url),
      max: 4,
      connectionTimeoutMs: TIMEOUT_MS,
      statementTimeoutMs: TIMEOUT_MS,
    })
    const keys = await testKeyring()
    const unexpected: unknown[] = []
    const handler = createHttpHandler({
      authorize: () => ({ tenant: 'firm-a', user: 'ana' }),
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
      const failure = await client.list().then(
        () => undefined,
        (error: unknown) => error,
      )
      // And the adapter itself: the driver's error is kept as cause, without the URL or its password.
      const direct = await adapter.list('firm-a').then(
        () => undefined,
        (error: unknown) => error,
      )
      const outageMs = Date.now() - outageStart

      signalAll(pids, 'SIGCONT')
      stopped = false

      expect(answers.length).toBeGreaterThanOrEqual(burst.length + 2)
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
      expect(outageMs).toBeGreaterThanOrEqual(OUTAGE_MS)
      expect(isStorageError(failure, 'UNAVAILABLE')).toBe(true)
      expect(isStorageError(direct, 'UNAVAILABLE')).toBe(true)
      for (const error of [failure, direct]) {
        const text = exposedText(error)
        expect(text).not.toContain(URL_PASSWORD)
        expect(text).not.toContain(server.url.replace(/^postgres:\/\//, ''))
        expectNoSecretIn(text)
      }
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
})
