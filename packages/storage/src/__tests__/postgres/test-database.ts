import pg from 'pg'
import { inject } from 'vitest'
import { pgSqlClient } from '../../adapters/postgres-client.js'
import type { SqlClient } from '../../sql/client.js'

/** A database of its own on the test server (see global-setup.ts), with a pool on it for raw SQL. */
export interface TestDatabase {
  url: string
  pool: pg.Pool
  sql: SqlClient
  drop(): Promise<void>
}

/** The URL of the server's maintenance database, provided by the global setup. */
export function serverUrl(): string {
  const url = inject('postgresUrl')
  if (typeof url !== 'string' || url === '') {
    throw new Error(
      'No PostgreSQL test server: register src/__tests__/postgres/global-setup.ts as a vitest globalSetup',
    )
  }
  return url
}

/** Creates a new, empty database on the test server; `drop` disconnects everyone and removes it. */
export async function createTestDatabase(prefix: string): Promise<TestDatabase> {
  const admin = new pg.Client({ connectionString: serverUrl() })
  const name = `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 10)}`
  await admin.connect()
  try {
    // Identifiers cannot be bound; the name is ours and escaped anyway.
    await admin.query(`create database ${admin.escapeIdentifier(name)}`)
  } finally {
    await admin.end()
  }
  const url = new URL(serverUrl())
  url.pathname = `/${name}`
  const pool = testPool(url.href, 4)
  return {
    url: url.href,
    pool,
    sql: pgSqlClient(pool, () => new pg.Client(pool.options)),
    async drop() {
      await pool.end()
      const dropper = new pg.Client({ connectionString: serverUrl() })
      await dropper.connect()
      try {
        await dropper.query(`drop database if exists ${dropper.escapeIdentifier(name)} with (force)`)
      } finally {
        await dropper.end()
      }
    },
  }
}

/**
 * A pool for tests. `pool.end()` resolves before its sockets are closed, so a later DROP … WITH (FORCE)
 * may still terminate one of its connections: an expected error, which `pg` would otherwise throw from
 * the pool as an uncaught 'error' event.
 */
export function testPool(connectionString: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString, max })
  pool.on('error', () => undefined)
  return pool
}
