import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pgSqlClient } from '../adapters/postgres-client.js'
import { createPostgresAdapter, migrate } from '../postgres.js'
import { COURT_KEY, expectNoSecretIn, expectStorageError, storeContract } from './contract/store-contract.js'
import { sampleRow, sqlAdapterSuite } from './postgres/sql-adapter-suite.js'
import { contractSubject, resetDatabase, testStore, type SqlHarness } from './postgres/sql-harness.js'
import { createTestDatabase, testPool, type TestDatabase } from './postgres/test-database.js'

// A database of this file's own on the real server of the global setup; every test empties its tables.
let database: TestDatabase
let harness: SqlHarness
const fresh: TestDatabase[] = []

beforeAll(async () => {
  database = await createTestDatabase('a2f_contract')
  harness = {
    name: 'PostgreSQL',
    adapterName: 'postgres',
    sql: database.sql,
    adapter: (options = {}) => createPostgresAdapter({ connectionString: database.url, ...options }),
    async freshDatabase(count) {
      const created = await createTestDatabase('a2f_fresh')
      fresh.push(created)
      // One pool per client: each migrates on its own connection, as separate processes would.
      const pools = Array.from({ length: count }, () => testPool(created.url, 1))
      return {
        clients: pools.map((pool) => pgSqlClient(pool, () => new pg.Client(pool.options))),
        async dispose() {
          await Promise.all(pools.map((pool) => pool.end()))
          await created.drop()
        },
      }
    },
    async listening(count) {
      const { rows } = await database.sql.query<{ count: number }>(
        `select count(*)::int as count from pg_stat_activity
          where datname = current_database() and query ilike 'listen %'`,
      )
      return rows[0]!.count >= count
    },
  }
})

afterAll(async () => {
  await database?.drop()
})

storeContract({ name: 'PostgreSQL', setup: () => contractSubject(harness).setup() })

describe('PostgreSQL adapter', () => {
  sqlAdapterSuite(() => harness)

  it('uses a pool it was given without ending it, and ends one it created', async () => {
    const pool = testPool(database.url, 2)
    try {
      const given = createPostgresAdapter({ pool })
      await given.insert('firm-a', sampleRow('a'), { at: 1, action: 'create', credentialId: 'a' })
      await given.close()
      expect((await pool.query('select count(*)::int as n from a2f_credentials')).rows).toEqual([{ n: 1 }])
    } finally {
      await pool.end()
    }
    const own = createPostgresAdapter({ connectionString: database.url })
    expect(await own.get('firm-a', 'a')).toEqual(sampleRow('a'))
    await own.close()
    const error = await expectStorageError(own.get('firm-a', 'a'), 'UNAVAILABLE')
    expect(error.details).toEqual({ operation: 'get', adapter: 'postgres' })
  })

  it('never gives the same counter to two processes claiming at once (two pools)', async () => {
    await resetDatabase(database.sql)
    // Two adapters with their own pools, as two robot processes on one database would have.
    const adapters = [0, 1].map(() => createPostgresAdapter({ connectionString: database.url }))
    try {
      const [first, second] = await Promise.all(
        adapters.map((adapter, index) => testStore(adapter, 'firm-a', `robot-${index}`)),
      )
      // The 4th Region: two systems, one authenticator.
      const trf4 = await first!.create({
        systemId: 'trf4-eproc-1g',
        issuer: 'TRF4',
        account: 'RS1',
        secret: COURT_KEY,
      })
      const jfrs = await second!.create({
        systemId: 'jfrs-eproc',
        issuer: 'JFRS',
        account: 'RS1',
        secret: COURT_KEY,
      })
      const claims = await Promise.all(
        Array.from({ length: 60 }, (_, index) =>
          index % 2 === 0 ? first!.claimCode(trf4.id) : second!.claimCode(jfrs.id),
        ),
      )
      const counters = claims.map((claimed) => claimed.counter)
      expect(new Set(counters).size).toBe(60)
      // The claims form one run without gaps: each statement took the next counter.
      const sorted = [...counters].sort((a, b) => a - b)
      expect(sorted.at(-1)! - sorted[0]!).toBe(59)
      const { rows } = await database.sql.query<{ n: number; distinct: number }>(
        `select count(*)::int as n, count(distinct counter)::int as distinct from a2f_audit
          where tenant = 'firm-a' and action = 'claim-code'`,
      )
      expect(rows).toEqual([{ n: 60, distinct: 60 }])
      const { rows: claimRows } = await database.sql.query('select * from a2f_code_claims')
      expect(claimRows).toHaveLength(1)
      expect(Number(claimRows[0]!.last_counter)).toBe(sorted.at(-1))
      // The table holds a fingerprint, not the key.
      expectNoSecretIn(JSON.stringify(claimRows))
    } finally {
      await Promise.all(adapters.map((adapter) => adapter.close()))
    }
  })

  it('exports migrate for deployments that start adapters with migrate: false', async () => {
    const target = await createTestDatabase('a2f_deploy')
    try {
      const adapter = createPostgresAdapter({ pool: target.pool, migrate: false })
      // No tables yet, and the adapter was told not to create them.
      await expectStorageError(adapter.list('firm-a'), 'UNAVAILABLE')
      expect(await migrate(target.pool)).toEqual([1, 2, 3])
      expect(await adapter.list('firm-a')).toEqual([])
      await adapter.close()
    } finally {
      await target.drop()
    }
  })
})

afterAll(async () => {
  await Promise.all(fresh.map((created) => created.drop().catch(() => undefined)))
})
