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
import { createSqlAdapter, type SqlStorageAdapter } from './sql/adapter.js'
import { migrate as migrateSql } from './sql/migrate.js'

export type PostgresAdapterOptions = ({ pool: Pool } | { connectionString: string }) & {
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
  const pool = 'pool' in options ? options.pool : new pg.Pool({ connectionString: options.connectionString })
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

/** Applies missing migrations through `pool` (for deployments that run the adapter with `migrate: false`). */
export function migrate(pool: Pool): Promise<number[]> {
  return migrateSql(pgSqlClient(pool, () => new pg.Client(pool.options)))
}
