/**
 * Entry point: @a2f/storage/postgres — credentials in PostgreSQL through `pg` (an optional peer
 * dependency: install it next to this package).
 *
 * ```ts
 * import { createPostgresAdapter } from '@a2f/storage/postgres'
 * const adapter = createPostgresAdapter({ connectionString: process.env.DATABASE_URL! })
 * const store = createCredentialStore({ adapter, keys, tenant: 'firm-a', actor: userId })
 * ```
 *
 * Tables `a2f_credentials`, `a2f_audit`, `a2f_meta` and `a2f_schema_migrations` are created by versioned
 * migrations before the first operation (or by `migrate` at deployment, with `migrate: false`).
 */
import pg from 'pg'
import type { Pool } from 'pg'
import { pgSqlClient } from './adapters/postgres-client.js'
import { storageError } from './errors.js'
import { MAX_TIMER_MS, wholeNumberOption } from './options.js'
import { createSqlAdapter, type SqlStorageAdapter } from './sql/adapter.js'
import { migrate as migrateSql } from './sql/migrate.js'

/**
 * Bounds of the pool the adapter creates from `connectionString`, so that a database that stops
 * answering makes operations fail `UNAVAILABLE` within a known time instead of hanging, and a pool that
 * is all in use makes callers wait a bounded time. With your own `pool`, set them on it yourself
 * (`max`, `connectionTimeoutMillis`, `statement_timeout`, `query_timeout`).
 */
export interface PostgresPoolOptions {
  /** Connections in the pool (the listening connection of `subscribe` is apart). Default 10. */
  max?: number
  /**
   * Longest wait for a connection: for a free one of a full pool, or for a new one to be opened (a
   * server that accepts the TCP connection but does not answer, stopped or overloaded). Default 5000 ms.
   */
  connectionTimeoutMs?: number
  /**
   * Longest a statement may run: the server cancels it (`statement_timeout`), and the client gives up
   * waiting for its answer (`query_timeout`, for a server that answers nothing at all) and drops the
   * connection. Default 10000 ms.
   */
  statementTimeoutMs?: number
}

export const POSTGRES_POOL_DEFAULTS: Readonly<Required<PostgresPoolOptions>> = {
  max: 10,
  connectionTimeoutMs: 5000,
  statementTimeoutMs: 10_000,
}

export type PostgresAdapterOptions = (
  { pool: Pool } | ({ connectionString: string } & PostgresPoolOptions)
) & {
  /** Apply missing migrations before the first operation. Default true. */
  migrate?: boolean
}

export type { SqlStorageAdapter } from './sql/adapter.js'
export { MIGRATIONS, type Migration } from './sql/migrations.js'

/**
 * A storage adapter on PostgreSQL. With `pool` the adapter uses and never ends your pool (attach your own
 * `pool.on('error', …)`, as `pg` requires); with `connectionString` it creates one and `close()` ends it.
 * `subscribe` also reports changes made by other processes (LISTEN/NOTIFY on a dedicated connection).
 */
export function createPostgresAdapter(options: PostgresAdapterOptions): SqlStorageAdapter {
  const owned = !('pool' in options)
  const pool = 'pool' in options ? options.pool : ownPool(options)
  if (owned) {
    // An idle connection whose server went away is reported here; `pg` would crash the process on an
    // unhandled 'error'. The pool drops that connection and opens a new one on the next checkout.
    pool.on('error', () => undefined)
  }
  const client = pgSqlClient(pool, () => new pg.Client(pool.options))
  return createSqlAdapter(client, 'postgres', {
    ...(options.migrate === undefined ? {} : { migrate: options.migrate }),
    onClose: async () => {
      if (owned) await pool.end()
    },
  })
}

function ownPool(options: { connectionString: string } & PostgresPoolOptions): Pool {
  if (typeof options.connectionString !== 'string' || options.connectionString === '') {
    // The value is never quoted: a connection string may hold a password.
    throw storageError('INVALID_INPUT', { field: 'connectionString', reason: 'a non-empty string' })
  }
  const max = wholeNumberOption(options.max, 'max', POSTGRES_POOL_DEFAULTS.max, 1, 10_000)
  const connectionTimeoutMs = wholeNumberOption(
    options.connectionTimeoutMs,
    'connectionTimeoutMs',
    POSTGRES_POOL_DEFAULTS.connectionTimeoutMs,
    1,
    MAX_TIMER_MS,
  )
  const statementTimeoutMs = wholeNumberOption(
    options.statementTimeoutMs,
    'statementTimeoutMs',
    POSTGRES_POOL_DEFAULTS.statementTimeoutMs,
    1,
    MAX_TIMER_MS,
  )
  return new pg.Pool({
    connectionString: options.connectionString,
    max,
    connectionTimeoutMillis: connectionTimeoutMs,
    // Server side: the statement is cancelled and the connection stays usable.
    statement_timeout: statementTimeoutMs,
    // Client side, for a server that answers nothing (stopped, cut off): the query fails and its
    // connection is dropped (see postgres-client.ts), so the next operation gets a fresh one.
    query_timeout: statementTimeoutMs,
  })
}

/** Applies missing migrations through `pool` (for deployments that run the adapter with `migrate: false`). */
export function migrate(pool: Pool): Promise<number[]> {
  return migrateSql(pgSqlClient(pool, () => new pg.Client(pool.options)))
}
