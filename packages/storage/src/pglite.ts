/**
 * Entry point: @a2f/storage/pglite — credentials in PGlite, PostgreSQL compiled to WebAssembly and
 * embedded in the process (an optional peer dependency): the default database for a single Node
 * process, with no server. Same SQL, same migrations as `@a2f/storage/postgres`.
 *
 * ```ts
 * import { createPGliteAdapter } from '@a2f/storage/pglite'
 * const adapter = createPGliteAdapter({ dataDir: './data/a2f' }) // in memory without dataDir
 * ```
 */
import { PGlite, type PGliteInterface } from '@electric-sql/pglite'
import { pgliteSqlClient } from './adapters/pglite-client.js'
import { createSqlAdapter, type SqlStorageAdapter } from './sql/adapter.js'
import { migrate as migrateSql } from './sql/migrate.js'

export type PGliteAdapterOptions = ({ dataDir?: string } | { db: PGliteInterface }) & {
  /** Apply missing migrations before the first operation. Default true. */
  migrate?: boolean
}

export type { SqlStorageAdapter } from './sql/adapter.js'
export { MIGRATIONS, type Migration } from './sql/migrations.js'

/**
 * A storage adapter on PGlite: in memory by default, persisted in `dataDir` when given, or on a database
 * you opened (`db`, left open by `close()`). `subscribe` also reports changes made through other adapters
 * on the same database.
 */
export function createPGliteAdapter(options: PGliteAdapterOptions = {}): SqlStorageAdapter {
  const owned = !('db' in options)
  const db = 'db' in options ? options.db : new PGlite(options.dataDir)
  return createSqlAdapter(pgliteSqlClient(db), 'pglite', {
    ...(options.migrate === undefined ? {} : { migrate: options.migrate }),
    onClose: async () => {
      if (owned && !db.closed) await db.close()
    },
  })
}

/** Applies missing migrations to `db`. */
export function migrate(db: PGliteInterface): Promise<number[]> {
  return migrateSql(pgliteSqlClient(db))
}
