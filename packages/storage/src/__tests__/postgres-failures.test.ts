import { createServer } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { isStorageError } from '../errors.js'
import { createPostgresAdapter } from '../postgres.js'
import type { StoreEvent } from '../model/credential-store.js'
import type { ChangeEvent } from '../store/adapter.js'
import {
  COURT_KEY,
  COURT_PASSWORD,
  expectNoSecretIn,
  expectStorageError,
  exposedText,
} from './contract/store-contract.js'
import { sampleRow, waitFor } from './postgres/sql-adapter-suite.js'
import { resetDatabase, testStore } from './postgres/sql-harness.js'
import { createTestDatabase, type TestDatabase } from './postgres/test-database.js'

/**
 * The database going away under the adapter, on the real server: a write whose connection dies half-way
 * must be reported as UNAVAILABLE, leave nothing behind, and not stop the next operation.
 */
let database: TestDatabase

beforeAll(async () => {
  database = await createTestDatabase('a2f_failures')
})
afterAll(async () => {
  await database?.drop()
})
beforeEach(async () => {
  await resetDatabase(database.sql)
  await database.sql.exec('drop trigger if exists a2f_test_pause on a2f_audit')
})

/**
 * Makes the audit insert of tenant 'firm-slow' sleep, i.e. every write of that tenant stops inside its
 * transaction after the credential row was written, until the backend is terminated.
 */
async function pauseWritesOfSlowTenant() {
  await database.sql.exec(`
    create or replace function a2f_test_pause() returns trigger language plpgsql as $$
    begin
      perform pg_sleep(60);
      return new;
    end $$;
    create trigger a2f_test_pause before insert on a2f_audit
      for each row when (new.tenant = 'firm-slow') execute function a2f_test_pause();`)
}

/** Waits for the paused writer and terminates its backend: the connection drops mid-transaction. */
async function killPausedWriter() {
  let pid: number | undefined
  await waitFor(async () => {
    const { rows } = await database.sql.query<{ pid: number }>(
      `select pid from pg_stat_activity
        where datname = current_database() and wait_event = 'PgSleep' and pid <> pg_backend_pid()`,
    )
    pid = rows[0]?.pid
    return pid !== undefined
  })
  const { rows } = await database.sql.query<{ done: boolean }>('select pg_terminate_backend($1) as done', [
    pid,
  ])
  expect(rows).toEqual([{ done: true }])
}

async function storedRows(tenant: string) {
  const credentials = await database.sql.query(
    'select id, version, secret_sealed, password_sealed, notes from a2f_credentials where tenant = $1',
    [tenant],
  )
  const audit = await database.sql.query(
    'select credential_id, action from a2f_audit where tenant = $1 order by id',
    [tenant],
  )
  return { credentials: credentials.rows, audit: audit.rows }
}

describe('PostgreSQL: the database fails in the middle of a write', () => {
  it('a create whose connection is killed is UNAVAILABLE, writes nothing, and the next one works', async () => {
    const adapter = createPostgresAdapter({ connectionString: database.url })
    try {
      const store = await testStore(adapter, 'firm-slow', 'ana')
      const events: StoreEvent[] = []
      store.subscribe((event) => events.push(event))
      await pauseWritesOfSlowTenant()
      // The expectation is attached at once: the rejection may come before the kill query returns.
      const failing = expectStorageError(
        store.create({ id: 'c1', issuer: 'TRF4', account: 'x', secret: COURT_KEY, password: COURT_PASSWORD }),
        'UNAVAILABLE',
      )
      await killPausedWriter()
      const error = await failing
      expect(error.details).toEqual({ operation: 'insert', adapter: 'postgres' })
      expect(error.message).toContain('nothing was changed')
      expect((error.cause as { code?: string }).code).toBe('57P01') // admin_shutdown: the backend was killed
      expectNoSecretIn(exposedText(error))

      // Seen from another connection: no credential, no audit entry — the transaction was rolled back.
      expect(await storedRows('firm-slow')).toEqual({ credentials: [], audit: [] })
      expect(events).toEqual([])

      // The pool dropped the dead connection; the same adapter goes on working.
      await database.sql.exec('drop trigger a2f_test_pause on a2f_audit')
      const created = await store.create({ id: 'c1', issuer: 'TRF4', account: 'x', secret: COURT_KEY })
      expect(created.version).toBe(1)
      const all = await Promise.all([1, 2, 3, 4, 5].map(() => store.list()))
      expect(all.every((list) => list.length === 1)).toBe(true)
      expect((await storedRows('firm-slow')).audit).toEqual([{ credential_id: 'c1', action: 'create' }])
    } finally {
      await adapter.close()
    }
  })

  it('an update (a re-key) whose connection is killed leaves the stored row exactly as it was', async () => {
    const adapter = createPostgresAdapter({ connectionString: database.url })
    try {
      const store = await testStore(adapter, 'firm-slow', 'ana')
      const { id } = await store.create({ issuer: 'TRF4', account: 'x', secret: new Uint8Array(20).fill(3) })
      const before = await storedRows('firm-slow')
      await pauseWritesOfSlowTenant()
      const failing = expectStorageError(
        store.update(
          id,
          { secret: COURT_KEY, password: COURT_PASSWORD, notes: 'new notes' },
          { expectedVersion: 1 },
        ),
        'UNAVAILABLE',
      )
      await killPausedWriter()
      const error = await failing
      expect(error.details).toEqual({ operation: 'replace', adapter: 'postgres' })
      expectNoSecretIn(exposedText(error))
      expect(await storedRows('firm-slow')).toEqual(before)

      await database.sql.exec('drop trigger a2f_test_pause on a2f_audit')
      const updated = await store.update(id, { notes: 'new notes' }, { expectedVersion: 1 })
      expect(updated).toMatchObject({ version: 2, notes: 'new notes' })
    } finally {
      await adapter.close()
    }
  })

  it('a remove whose connection is killed leaves the credential in place', async () => {
    const adapter = createPostgresAdapter({ connectionString: database.url })
    try {
      const store = await testStore(adapter, 'firm-slow', 'ana')
      const { id } = await store.create({ issuer: 'TRF4', account: 'x', secret: COURT_KEY })
      const before = await storedRows('firm-slow')
      await pauseWritesOfSlowTenant()
      const failing = expectStorageError(store.remove(id), 'UNAVAILABLE')
      await killPausedWriter()
      await failing
      expect(await storedRows('firm-slow')).toEqual(before)
      await database.sql.exec('drop trigger a2f_test_pause on a2f_audit')
      await store.remove(id, { expectedVersion: 1 })
      expect(await store.list()).toEqual([])
    } finally {
      await adapter.close()
    }
  })

  it('reconnects the listening connection when it is killed', async () => {
    const listener = createPostgresAdapter({ connectionString: database.url })
    const writer = createPostgresAdapter({ connectionString: database.url })
    try {
      const seen: ChangeEvent[] = []
      listener.subscribe!('firm-a', (event) => seen.push(event))
      const listeningPids = async () =>
        (
          await database.sql.query<{ pid: number }>(
            `select pid from pg_stat_activity where datname = current_database() and query ilike 'listen %'`,
          )
        ).rows.map((row) => row.pid)
      await waitFor(async () => (await listeningPids()).length === 1)
      const [first] = await listeningPids()
      await database.sql.query('select pg_terminate_backend($1)', [first])
      await waitFor(async () => {
        const pids = await listeningPids()
        return pids.length === 1 && pids[0] !== first
      })
      await writer.insert('firm-a', sampleRow('a'), { at: 1, action: 'create', credentialId: 'a' })
      await waitFor(async () => seen.length === 1)
      expect(seen).toEqual([{ type: 'created', id: 'a', version: 1, seq: 1, remote: true }])
    } finally {
      await listener.close()
      await writer.close()
    }
  })
})

describe('PostgreSQL: changes are never lost', () => {
  const listeningPids = async () =>
    (
      await database.sql.query<{ pid: number }>(
        `select pid from pg_stat_activity where datname = current_database() and query ilike 'listen %'`,
      )
    ).rows.map((row) => row.pid)

  it('replays, once each and in order, what another server changed while the LISTEN connection was down', async () => {
    const listening = createPostgresAdapter({ connectionString: database.url })
    const writing = createPostgresAdapter({ connectionString: database.url })
    try {
      const watcher = await testStore(listening, 'firm-a')
      const writer = await testStore(writing, 'firm-a', 'robot')
      const seen: StoreEvent[] = []
      const unsubscribe = watcher.subscribe((event) => seen.push(event))
      await waitFor(async () => (await listeningPids()).length === 1)
      const first = await writer.create({ issuer: 'TRF4', account: 'a', secret: COURT_KEY })
      await waitFor(async () => seen.length === 1)

      // The listening connection dies; the other server writes before it comes back (reconnection
      // waits a second), so these notices go nowhere.
      const [pid] = await listeningPids()
      await database.sql.query('select pg_terminate_backend($1)', [pid])
      await writer.update(first.id, { label: 'one' }, { expectedVersion: 1 })
      const second = await writer.create({ issuer: 'TRF4', account: 'b', secret: COURT_KEY })
      await writer.remove(second.id)
      expect(seen).toHaveLength(1)

      await waitFor(async () => seen.length >= 4)
      await writer.update(first.id, { label: 'two' }, { expectedVersion: 2 })
      await waitFor(async () => seen.length >= 5)
      await new Promise((resolve) => setTimeout(resolve, 200))
      expect(seen).toEqual([
        { type: 'created', id: first.id, version: 1, seq: 1, remote: true },
        { type: 'updated', id: first.id, version: 2, seq: 2, remote: true },
        { type: 'created', id: second.id, version: 1, seq: 3, remote: true },
        { type: 'removed', id: second.id, version: 1, seq: 4, remote: true },
        { type: 'updated', id: first.id, version: 3, seq: 5, remote: true },
      ])
      unsubscribe()
    } finally {
      await listening.close()
      await writing.close()
    }
  })
})

describe('PostgreSQL: no server', () => {
  it('is UNAVAILABLE, naming the operation, when nothing listens at the address', async () => {
    const port = await closedPort()
    const adapter = createPostgresAdapter({ connectionString: `postgres://postgres@127.0.0.1:${port}/a2f` })
    try {
      const store = await testStore(adapter, 'firm-a', 'ana')
      const error = await expectStorageError(
        store.create({ issuer: 'TRF4', account: 'x', secret: COURT_KEY, password: COURT_PASSWORD }),
        'UNAVAILABLE',
      )
      expect(error.details).toEqual({ operation: 'insert', adapter: 'postgres' })
      expect((error.cause as { code?: string }).code).toBe('ECONNREFUSED')
      expectNoSecretIn(exposedText(error))
      const listing = await store.list().catch((failure: unknown) => failure)
      expect(isStorageError(listing, 'UNAVAILABLE')).toBe(true)
    } finally {
      await adapter.close()
    }
  })
})

/** A port of 127.0.0.1 that nothing listens on (it was just free). */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject()))
    })
  })
}
