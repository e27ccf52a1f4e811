import type { PGliteInterface, Transaction } from '@electric-sql/pglite'
import type { SqlClient, SqlQueryable, SqlResult } from '../sql/client.js'

type Target = Pick<PGliteInterface, 'query' | 'exec'> | Transaction

/**
 * A `SqlClient` over PGlite. Type imports only: the value import of the optional peer is in the entry.
 * PGlite is one connection; its `transaction` queues other queries until the transaction ends.
 */
export function pgliteSqlClient(db: PGliteInterface): SqlClient {
  return {
    ...queryable(db),
    readsRowsAsOneValue: true,
    transaction: (fn) => db.transaction((tx) => fn(queryable(tx))),
    listen: async (channel, onPayload, onListening) => {
      const unlisten = await db.listen(channel, onPayload)
      // In the same process as every writer: the channel never drops, so it is in place once.
      onListening?.()
      return async () => {
        // Closing the database ends every LISTEN anyway, and then unlisten would fail.
        if (!db.closed) await unlisten()
      }
    },
  }
}

function queryable(target: Target): SqlQueryable {
  return {
    async query<R>(text: string, params: readonly unknown[] = []): Promise<SqlResult<R>> {
      const result = await target.query<R>(text, [...params])
      // `rowCount` is per statement (PGlite ≥ 0.3); older versions only report `affectedRows`.
      return { rows: result.rows, rowCount: result.rowCount ?? result.affectedRows ?? 0 }
    },
    async exec(script) {
      await target.exec(script)
    },
  }
}
