/**
 * The statements of a batch insert (`insertMany`): multi-row INSERTs of at most `ROWS_PER_STATEMENT`
 * rows (PostgreSQL binds at most 65,535 parameters per statement; 21 columns × 500 rows is 10,501), the
 * audit rows the same way, and one `pg_notify` call per batch. Run inside the caller's transaction, so
 * 10,000 credentials cost about 60 statements and one COMMIT instead of 50,000 statements and 10,000.
 *
 * Placeholders are built from counts, never from values.
 *
 * @example
 * const inserted = await insertCredentialRows(tx, tenant, rows) // ids written; the others existed
 */
import type { AuditEntry, StoredCredential } from '../store/adapter.js'
import type { SqlQueryable } from './client.js'
import { camelCase, inputError } from './errors.js'
import { AUDIT_COLUMNS, auditValues, CREDENTIAL_COLUMNS, credentialValues } from './rows.js'

export const ROWS_PER_STATEMENT = 500

const COLUMNS = CREDENTIAL_COLUMNS.join(', ')
const CREDENTIAL_FIELDS = CREDENTIAL_COLUMNS.map(camelCase)
const AUDIT_FIELDS = AUDIT_COLUMNS.map(camelCase)

/** `($1, $2, $3), ($1, $4, $5)…`: the tenant is $1 in every tuple, then `width` values per row. */
function tuples(count: number, width: number): string {
  const rows: string[] = []
  for (let row = 0; row < count; row += 1) {
    const start = 2 + row * width
    rows.push(`($1, ${Array.from({ length: width }, (_, column) => `$${start + column}`).join(', ')})`)
  }
  return rows.join(', ')
}

/** Names of the parameters of a chunk, for errors that name one (`inputError`). */
function parameterNames(count: number, fields: readonly string[]): string[] {
  const names = ['tenant']
  for (let row = 0; row < count; row += 1) names.push(...fields)
  return names
}

/** Inserts the rows whose id is free; returns the ids written (a taken id is left as stored). */
export async function insertCredentialRows(
  tx: SqlQueryable,
  tenant: string,
  rows: readonly StoredCredential[],
): Promise<Set<string>> {
  const inserted = new Set<string>()
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT)
    const { rows: written } = await tx
      .query<{ id: string }>(
        `insert into a2f_credentials (tenant, ${COLUMNS}) values ${tuples(chunk.length, CREDENTIAL_COLUMNS.length)}
          on conflict (tenant, id) do nothing returning id`,
        [tenant, ...chunk.flatMap(credentialValues)],
      )
      .catch((error: unknown) => {
        throw inputError(error, parameterNames(chunk.length, CREDENTIAL_FIELDS)) ?? error
      })
    for (const { id } of written) inserted.add(id)
  }
  return inserted
}

export async function insertAuditRows(
  tx: SqlQueryable,
  tenant: string,
  entries: readonly AuditEntry[],
): Promise<void> {
  for (let start = 0; start < entries.length; start += ROWS_PER_STATEMENT) {
    const chunk = entries.slice(start, start + ROWS_PER_STATEMENT)
    await tx
      .query(
        `insert into a2f_audit (tenant, ${AUDIT_COLUMNS.join(', ')}) values ${tuples(chunk.length, AUDIT_COLUMNS.length)}`,
        [tenant, ...chunk.flatMap(auditValues)],
      )
      .catch((error: unknown) => {
        throw inputError(error, parameterNames(chunk.length, AUDIT_FIELDS)) ?? error
      })
  }
}
