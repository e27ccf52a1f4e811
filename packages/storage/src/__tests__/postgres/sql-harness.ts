import type { SqlStorageAdapter } from '../../sql/adapter.js'
import type { SqlClient } from '../../sql/client.js'
import { migrate } from '../../sql/migrate.js'
import { CREDENTIAL_COLUMNS, credentialFromRecord, credentialValues } from '../../sql/rows.js'
import type { StorageAdapter, StoredCredential } from '../../store/adapter.js'
import { createCredentialStore } from '../../store/create-credential-store.js'
import { testKeyring } from '../../test-support/fast-keys.js'
import type { ContractSubject } from '../contract/subject.js'

/** One SQL database under test (PGlite or a real PostgreSQL server), as the shared suites use it. */
export interface SqlHarness {
  /** 'PGlite' or 'PostgreSQL', for test names. */
  name: string
  /** The adapter name in errors: 'pglite' or 'postgres'. */
  adapterName: string
  /** Raw SQL on the database under test, beside the adapters (what an operator or attacker could do). */
  sql: SqlClient
  /** A new adapter on that database, as another process would open it. The caller closes it. */
  adapter(options?: { migrate?: boolean }): SqlStorageAdapter
  /** `count` clients on a new, empty database (no tables), each on its own connection when the driver has several. */
  freshDatabase(count: number): Promise<{ clients: SqlClient[]; dispose(): Promise<void> }>
  /** Whether `count` adapters on the database are LISTENing for changes (PGlite: whether any is). */
  listening(count: number): Promise<boolean>
}

/** Empties the tables (creating them first on a new database): each test starts clean. */
export async function resetDatabase(sql: SqlClient): Promise<void> {
  await migrate(sql)
  await sql.exec(
    'truncate a2f_credentials, a2f_audit, a2f_meta, a2f_code_claims, a2f_changes, a2f_change_counters restart identity',
  )
}

/** A store on `adapter` with the fixed test key ring. */
export async function testStore(adapter: StorageAdapter, tenant: string, actor?: string) {
  return createCredentialStore({
    adapter,
    keys: await testKeyring(),
    tenant,
    ...(actor === undefined ? {} : { actor }),
  })
}

/**
 * The contract suite's subject: each `store(...)` opens its own adapter, as separate processes sharing
 * the database would (so "two writers" really are two connections on PostgreSQL). `tamper` works on the
 * raw row with SQL.
 */
export function contractSubject(harness: SqlHarness): ContractSubject {
  return {
    name: harness.name,
    async setup() {
      await resetDatabase(harness.sql)
      const adapters: SqlStorageAdapter[] = []
      return {
        store(tenant, actor) {
          const adapter = harness.adapter()
          adapters.push(adapter)
          return testStore(adapter, tenant, actor)
        },
        tamper: (tenant, id, edit) => tamperRow(harness.sql, tenant, id, edit),
        async cleanup() {
          await Promise.all(adapters.map((adapter) => adapter.close()))
        },
      }
    },
  }
}

const SELECT_ROW = `select ${CREDENTIAL_COLUMNS.join(', ')} from a2f_credentials where tenant = $1 and id = $2`
const UPDATE_ROW = `update a2f_credentials set ${CREDENTIAL_COLUMNS.map((column, index) => `${column} = $${index + 3}`).join(', ')}
  where tenant = $1 and id = $2`

/** Reads a stored row by SQL, lets `edit` change it, and writes every column back, bypassing the adapter. */
export async function tamperRow(
  sql: SqlClient,
  tenant: string,
  id: string,
  edit: (row: StoredCredential) => unknown,
): Promise<void> {
  const { rows } = await sql.query(SELECT_ROW, [tenant, id])
  if (rows[0] === undefined) throw new Error(`no row ${tenant}/${id} to tamper with`)
  const row = credentialFromRecord(rows[0]) as unknown as StoredCredential
  const edited = edit(structuredClone(row)) as StoredCredential
  const { rowCount } = await sql.query(UPDATE_ROW, [tenant, id, ...credentialValues(edited)])
  if (rowCount !== 1) throw new Error(`tampering with ${tenant}/${id} changed ${rowCount} rows`)
}
