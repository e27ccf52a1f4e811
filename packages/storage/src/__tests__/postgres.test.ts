import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pgSqlClient } from '../adapters/postgres-client.js'
import { createPostgresAdapter, migrate } from '../postgres.js'
import { storeContract, expectStorageError } from './contract/store-contract.js'
import { sampleRow, sqlAdapterSuite } from './postgres/sql-adapter-suite.js'
import { contractSubject, type SqlHarness } from './postgres/sql-harness.js'
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

  it('exports migrate for deployments that start adapters with migrate: false', async () => {
    const target = await createTestDatabase('a2f_deploy')
    try {
      const adapter = createPostgresAdapter({ pool: target.pool, migrate: false })
      // No tables yet, and the adapter was told not to create them.
      await expectStorageError(adapter.list('firm-a'), 'UNAVAILABLE')
      expect(await migrate(target.pool)).toEqual([1])
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
