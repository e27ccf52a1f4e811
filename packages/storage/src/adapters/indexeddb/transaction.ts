import type { IDBPTransaction, StoreNames } from 'idb'
import type { Connection } from './connection.js'
import { isDomError, toStorageError } from './errors.js'
import type { A2fDatabase } from './schema.js'

type Names = StoreNames<A2fDatabase>[]

/**
 * Runs `body` in one transaction over `stores` and resolves once it has committed, so that a write and
 * its audit entry are stored together or not at all.
 *
 * `body` must await only IndexedDB requests of `tx`: awaiting anything else lets the transaction commit
 * early. It should await each request before making the next: a request can throw synchronously (a value
 * that cannot be cloned), and requests already made would then fail with the abort, unobserved.
 *
 * If `body` throws (a `CONFLICT` found inside, or a request that failed), the transaction is aborted,
 * which rolls back every request it already made.
 */
export async function inTransaction<const S extends Names, Mode extends IDBTransactionMode, T>(
  connection: Connection,
  operation: string,
  stores: S,
  mode: Mode,
  body: (tx: IDBPTransaction<A2fDatabase, S, Mode>) => Promise<T>,
): Promise<T> {
  try {
    const tx = await begin(connection, operation, stores, mode)
    // idb rejects `done` when the transaction aborts; that is reported through `body` or the await below,
    // so this handler only keeps an abort we caused from surfacing as an unhandled rejection.
    const done = tx.done
    done.catch(() => {})
    try {
      const result = await body(tx)
      await done
      return result
    } catch (error) {
      abortQuietly(tx)
      throw error
    }
  } catch (error) {
    throw toStorageError(operation, error)
  }
}

async function begin<const S extends Names, Mode extends IDBTransactionMode>(
  connection: Connection,
  operation: string,
  stores: S,
  mode: Mode,
): Promise<IDBPTransaction<A2fDatabase, S, Mode>> {
  const db = await connection.database(operation)
  try {
    return db.transaction(stores, mode)
  } catch (error) {
    // The connection closed between being handed out and used (another tab's upgrade, the browser).
    // Nothing was started, so one retry on a fresh connection is safe.
    if (!isDomError(error, 'InvalidStateError')) throw error
    connection.discard(db)
    return (await connection.database(operation)).transaction(stores, mode)
  }
}

function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort()
  } catch {
    // Already finished or aborted by a failed request: nothing left to roll back.
  }
}

/**
 * Waits for many requests of one transaction made at once (`make` pushes them). A request that throws
 * while being made (a value that cannot be cloned) aborts the transaction: the requests made before it
 * then fail too, and are observed here, so the error that reaches the caller is the first one.
 */
export async function allRequests(make: (made: Promise<unknown>[]) => void): Promise<void> {
  const made: Promise<unknown>[] = []
  try {
    make(made)
  } catch (error) {
    for (const request of made) request.catch(() => {})
    throw error
  }
  await Promise.all(made).catch((error: unknown) => {
    for (const request of made) request.catch(() => {})
    throw error
  })
}
