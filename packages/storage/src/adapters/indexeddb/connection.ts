import { unavailable } from './errors.js'
import { openDatabase } from './open.js'
import type { Database } from './schema.js'

export interface ConnectionOptions {
  name: string
  /** Injected factory; otherwise `globalThis.indexedDB`, looked up on first use (never at import). */
  factory: IDBFactory | undefined
  blockedTimeoutMs?: number
}

/** One lazily opened connection, reopened when another tab's upgrade or the browser closed it. */
export interface Connection {
  /** The open database: opened on first use, and again after it was closed under us. */
  database(operation: string): Promise<Database>
  /** Drops `db` (found closed) so that the next `database` call opens a fresh connection. */
  discard(db: Database): void
  /** Closes the connection for good: later calls fail with `UNAVAILABLE`. */
  close(): void
}

export function createConnection(options: ConnectionOptions): Connection {
  let pending: Promise<Database> | undefined
  let open: Database | undefined
  let closed = false

  const forget = (db: Database | undefined) => {
    if (db !== undefined && db !== open) return
    pending = undefined
    open = undefined
  }

  function connect(operation: string): Promise<Database> {
    const factory = findFactory(options.factory, operation)
    const attempt = openDatabase(factory, options.name, {
      ...(options.blockedTimeoutMs === undefined ? {} : { blockedTimeoutMs: options.blockedTimeoutMs }),
    }).then((db) => {
      if (closed) {
        db.close()
        throw closedError(operation)
      }
      // Another tab wants to upgrade (or delete) the database: give way at once, or it stays blocked
      // until this tab is closed. The next operation reopens, on the new version if this code knows it.
      db.addEventListener('versionchange', () => {
        db.close()
        forget(db)
      })
      // The browser closed the connection (storage cleared, disk error): reopen on next use.
      db.addEventListener('close', () => forget(db))
      open = db
      return db
    })
    // A failed open is not remembered: the next operation tries again (the user may have closed the
    // blocking tab, or freed some disk space).
    attempt.catch(() => {
      if (pending === attempt) pending = undefined
    })
    return attempt
  }

  return {
    database(operation) {
      if (closed) return Promise.reject(closedError(operation))
      try {
        pending ??= connect(operation)
      } catch (error) {
        return Promise.reject(error)
      }
      return pending
    },

    discard(db) {
      forget(db)
      db.close()
    },

    close() {
      closed = true
      const current = pending
      pending = undefined
      open = undefined
      current?.then(
        (db) => db.close(),
        () => {},
      )
    },
  }
}

function findFactory(injected: IDBFactory | undefined, operation: string): IDBFactory {
  let factory = injected
  if (factory === undefined) {
    try {
      factory = (globalThis as { indexedDB?: IDBFactory }).indexedDB
    } catch (error) {
      // Sandboxed iframes and some privacy modes throw a SecurityError on mere access.
      throw unavailable(
        operation,
        'IndexedDB is not accessible in this context (sandboxed or blocked).',
        error,
      )
    }
  }
  if (factory === undefined || factory === null) {
    throw unavailable(
      operation,
      'IndexedDB is not available here (server-side rendering, Node.js, or a browser that disables it): ' +
        'pass `indexedDB` in the options or use another adapter.',
    )
  }
  // idb tells requests, databases and transactions apart with `instanceof` against the global
  // constructors, so they must exist even when a factory is injected (Node tests: fake-indexeddb).
  if (typeof (globalThis as { IDBRequest?: unknown }).IDBRequest === 'undefined') {
    throw unavailable(
      operation,
      'IndexedDB classes (IDBRequest, IDBDatabase, …) are not global here: idb needs them. In Node.js, ' +
        "install the implementation's classes on globalThis (e.g. import 'fake-indexeddb/auto').",
    )
  }
  return factory
}

function closedError(operation: string) {
  return unavailable(operation, 'The IndexedDB adapter was closed.')
}
