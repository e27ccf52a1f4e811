import { wrap } from 'idb'
import { SCHEMA_VERSION, upgradeSchema, type Database } from './schema.js'

/**
 * How long an upgrade may wait for other connections (tabs on an older schema) to close before the open
 * fails. Our own connections close as soon as they are asked (see connection.ts); this only ends up
 * waiting for code that ignores `versionchange`.
 */
export const DEFAULT_BLOCKED_TIMEOUT_MS = 5_000

export interface OpenOptions {
  version?: number
  blockedTimeoutMs?: number
}

/**
 * Opens (and creates or upgrades) the database on `factory`. idb's `openDB` always uses the global
 * `indexedDB`, so the request is made here on the given factory and handed to idb's `wrap`.
 *
 * `blocked` fires when other connections are still open after being asked to close; that is often only
 * a moment (they close on their next task), so the open waits up to `blockedTimeoutMs` before failing.
 * A connection that arrives after we gave up is closed at once, so it cannot block anyone in turn.
 */
export function openDatabase(
  factory: IDBFactory,
  name: string,
  options: OpenOptions = {},
): Promise<Database> {
  const request = factory.open(name, options.version ?? SCHEMA_VERSION)
  request.addEventListener('upgradeneeded', (event) => {
    upgradeSchema(request.result, request.transaction!, event.oldVersion, event.newVersion ?? SCHEMA_VERSION)
  })
  const opened = wrap(request) as Promise<Database>

  return new Promise<Database>((resolve, reject) => {
    let gaveUp = false
    let timer: ReturnType<typeof setTimeout> | undefined
    request.addEventListener('blocked', () => {
      timer ??= setTimeout(() => {
        gaveUp = true
        reject(new BlockedError(name, options.blockedTimeoutMs ?? DEFAULT_BLOCKED_TIMEOUT_MS))
      }, options.blockedTimeoutMs ?? DEFAULT_BLOCKED_TIMEOUT_MS)
    })
    opened.then(
      (db) => {
        clearTimeout(timer)
        if (gaveUp) db.close()
        else resolve(db)
      },
      (error: unknown) => {
        clearTimeout(timer)
        if (!gaveUp) reject(error)
      },
    )
  })
}

/** Another connection (usually another tab) kept the database open on an older version. */
export class BlockedError extends Error {
  override readonly name = 'BlockedError'

  constructor(database: string, waitedMs: number) {
    super(
      `IndexedDB database "${database}" is blocked: another tab or window keeps an older version open ` +
        `(waited ${waitedMs} ms). Close or reload the other tabs of this application.`,
    )
  }
}
