import type { SqlClient } from './client.js'
import { MIGRATIONS, type Migration } from './migrations.js'

/**
 * Key of the transaction-scoped advisory lock that serialises migrations: 0xA2F0_5C7E, a constant no
 * other application is likely to pick. Every instance that starts at once (several servers, several
 * workers) takes it first, so exactly one applies a version and the others then find it applied.
 */
export const MIGRATION_LOCK_KEY = 2_733_661_310

/**
 * Brings the schema up to date: applies, in order and in one transaction, the migrations whose versions
 * `a2f_schema_migrations` does not list yet. Idempotent and safe to run concurrently; returns the versions
 * it applied (empty when the schema was current). On any failure nothing is applied.
 */
export async function migrate(
  client: SqlClient,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number[]> {
  return client.transaction(async (tx) => {
    // Before anything else, even before creating the bookkeeping table: two first starts must not both
    // try to create it.
    await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY])
    await tx.query(
      `create table if not exists a2f_schema_migrations (
        version integer primary key,
        name text not null,
        applied_at timestamptz not null default now()
      )`,
    )
    const { rows } = await tx.query<{ version: number }>('select version from a2f_schema_migrations')
    const applied = new Set(rows.map((row) => Number(row.version)))
    const done: number[] = []
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (applied.has(migration.version)) continue
      await tx.exec(migration.sql)
      await tx.query('insert into a2f_schema_migrations (version, name) values ($1, $2)', [
        migration.version,
        migration.name,
      ])
      done.push(migration.version)
    }
    return done
  })
}
