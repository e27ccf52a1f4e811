/**
 * The little a SQL adapter needs from a driver. `pg` and PGlite both fit behind it, so the adapter, the
 * migrations and their tests are written once. Values always travel as bound parameters (`$1`, `$2`…).
 */
export interface SqlClient {
  /**
   * Large reads (a tenant's credentials) are asked for as one JSON value instead of a row each: for a
   * driver that pays per row and field (PGlite), not one on the network (`pg`). See sql/row-reads.ts.
   */
  readsRowsAsOneValue?: boolean
  query<R = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<SqlResult<R>>
  /** Runs a script of several statements without parameters (migrations). */
  exec(script: string): Promise<void>
  /**
   * Runs `fn` inside BEGIN … COMMIT on one connection; a throw (or a dropped connection) rolls back and
   * rethrows. Queries inside must go through `tx`, not the outer client.
   */
  transaction<T>(fn: (tx: SqlQueryable) => Promise<T>): Promise<T>
  /**
   * Subscribes to NOTIFY on `channel`. Resolves once LISTEN is active; the returned function stops it.
   * `onListening` is called each time LISTEN is in place: first, and after each reconnection (notices
   * sent meanwhile are lost). Absent when the driver cannot listen (the adapter then reports its own
   * changes only).
   */
  listen?(
    channel: string,
    onPayload: (payload: string) => void,
    onListening?: () => void,
  ): Promise<() => Promise<void>>
}

/** Something that runs one statement: the client itself, or a transaction. */
export type SqlQueryable = Pick<SqlClient, 'query' | 'exec'>

export interface SqlResult<R> {
  rows: R[]
  /** Rows inserted, updated or deleted (or returned by a SELECT). */
  rowCount: number
}
