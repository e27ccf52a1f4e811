import type { AdapterFilter } from '../store/adapter.js'
import type { SqlQueryable } from './client.js'

// Filters the store applies again: here they only spare reading other rows. Null means "any".
const FILTERED = `
  and ($2::text is null or system_id = $2)
  and ($3::text is null or owner = $3)
  and ($4::text is null or status = $4)
  and ($5::text[] is null or id = any($5))`
const ORDER = 'created_at, id'

const filterValues = (tenant: string, filter: AdapterFilter) => [
  tenant,
  filter.systemId ?? null,
  filter.owner ?? null,
  filter.status ?? null,
  filter.ids === undefined ? null : [...filter.ids],
]

/**
 * Reads a tenant's credentials (the given columns, the list's filters, oldest first) as records keyed
 * by column. With `asOneValue`, the database hands them back as one JSON array of arrays instead of a
 * row each: PGlite pays for every row and field it passes out of WebAssembly, and 10,000 rows of 9
 * columns came back in 39 ms that way against 118 ms as rows (issue 16's note). Over the network `pg`
 * is as fast with rows (29 ms against 35), so its client reads rows. Column names are constants.
 */
export function selectCredentials(columns: readonly string[], asOneValue: boolean) {
  const list = columns.join(', ')
  const asRows = `select ${list} from a2f_credentials where tenant = $1${FILTERED} order by ${ORDER}`
  const asJson = `select coalesce(json_agg(json_build_array(${list}) order by ${ORDER}), '[]')::text as rows
    from a2f_credentials where tenant = $1${FILTERED}`
  return async (db: SqlQueryable, tenant: string, filter: AdapterFilter) => {
    if (!asOneValue)
      return (await db.query<Record<string, unknown>>(asRows, filterValues(tenant, filter))).rows
    const { rows } = await db.query<{ rows: string }>(asJson, filterValues(tenant, filter))
    const arrays = JSON.parse(rows[0]?.rows ?? '[]') as unknown[][]
    return arrays.map((values) => {
      const record: Record<string, unknown> = {}
      columns.forEach((column, index) => (record[column] = values[index]))
      return record
    })
  }
}
