import type { Client, Notification, Pool, PoolClient } from 'pg'
import type { SqlClient, SqlQueryable, SqlResult } from '../sql/client.js'

/** How long the listening connection waits before reconnecting after it was lost. */
const RECONNECT_MS = 1000

/**
 * A `SqlClient` over a `pg` pool. Type imports only: the one value import of the optional `pg` peer is in
 * the entry (`postgres.ts`), which also supplies `newClient` for the listening connection.
 */
export function pgSqlClient(pool: Pool, newClient: () => Client): SqlClient {
  return {
    query: (text, params) => runQuery(pool, text, params),

    async exec(script) {
      // Without parameters `pg` uses the simple query protocol, which accepts several statements.
      await pool.query(script)
    },

    async transaction(fn) {
      const connection = await pool.connect()
      // A backend that dies while the connection is checked out but between queries makes the client emit
      // 'error'; without a listener that would crash the process. A connection that failed is destroyed,
      // not returned to the pool (`pg` also drops one whose socket closed; this covers any other failure
      // that leaves its state unknown), so the next operation gets a fresh one.
      let broken: Error | undefined
      const onError = (error: Error) => {
        broken = error
      }
      connection.on('error', onError)
      // A statement that failed without the server saying why (the client's `query_timeout` on a server
      // that answers nothing, a lost socket) leaves the connection in an unknown state: it is dropped,
      // and no ROLLBACK is sent on it (that would wait out a second timeout on a stopped server).
      const watched = queryable(connection, (error) => {
        if (!isServerError(error)) broken ??= error as Error
      })
      try {
        await watched.query('begin')
        const result = await fn(watched)
        await watched.query('commit')
        return result
      } catch (error) {
        // Explicit even though a dropped connection rolls back by itself: a StorageError thrown by `fn`
        // (a conflict) leaves a healthy connection that must go back to the pool clean.
        if (broken === undefined) {
          await connection.query('rollback').catch((rollbackError: Error) => {
            broken ??= rollbackError
          })
        }
        throw error
      } finally {
        connection.off('error', onError)
        connection.release(broken)
      }
    },

    listen: (channel, onPayload, onListening) => listenOn(newClient, channel, onPayload, onListening),
  }
}

function queryable(connection: PoolClient, onFailure: (error: unknown) => void): SqlQueryable {
  const watch = (error: unknown): never => {
    onFailure(error)
    throw error
  }
  return {
    query: <R>(text: string, params?: readonly unknown[]) =>
      runQuery<R>(connection, text, params).catch(watch),
    async exec(script) {
      await connection.query(script).catch(watch)
    },
  }
}

/** An error the server sent (it has a severity and a SQLSTATE): the connection itself is fine. */
function isServerError(error: unknown): boolean {
  const record = error as { severity?: unknown; code?: unknown } | null
  return (
    typeof record?.severity === 'string' &&
    typeof record.code === 'string' &&
    /^[0-9A-Z]{5}$/.test(record.code)
  )
}

async function runQuery<R>(
  target: Pool | PoolClient,
  text: string,
  params: readonly unknown[] = [],
): Promise<SqlResult<R>> {
  const result = await target.query(text, params as unknown[])
  return { rows: result.rows as R[], rowCount: result.rowCount ?? 0 }
}

/**
 * LISTEN on a dedicated connection (not a pool's: it stays open as long as someone subscribes, and must
 * not starve the pool). When it is lost it reconnects after `RECONNECT_MS` until stopped; the first
 * connection's failure is thrown, so the caller knows listening is not available.
 */
async function listenOn(
  newClient: () => Client,
  channel: string,
  onPayload: (payload: string) => void,
  onListening: (() => void) | undefined,
): Promise<() => Promise<void>> {
  let stopped = false
  let current: Client | undefined
  let retry: ReturnType<typeof setTimeout> | undefined

  const connect = async () => {
    const client = newClient()
    let lost = false
    const onLost = () => {
      if (lost) return
      lost = true
      if (current === client) current = undefined
      client.end().catch(() => undefined)
      if (stopped) return
      retry = setTimeout(() => void connect().catch(onLostAgain), RECONNECT_MS)
      retry.unref?.()
    }
    client.on('error', onLost)
    client.on('end', onLost)
    client.on('notification', (message: Notification) => {
      if (message.channel === channel && message.payload !== undefined) onPayload(message.payload)
    })
    try {
      await client.connect()
      // LISTEN takes an identifier, which cannot be a bound parameter: the constant channel is escaped.
      await client.query(`listen ${client.escapeIdentifier(channel)}`)
    } catch (error) {
      onLost()
      throw error
    }
    if (stopped) {
      await client.end().catch(() => undefined)
      return
    }
    current = client
    onListening?.()
  }
  // A failed reconnection has already scheduled the next attempt (onLost); nothing else to do.
  const onLostAgain = () => undefined

  try {
    await connect()
  } catch (error) {
    stopped = true
    clearTimeout(retry)
    throw error
  }
  return async () => {
    stopped = true
    clearTimeout(retry)
    const client = current
    current = undefined
    await client?.end().catch(() => undefined)
  }
}
