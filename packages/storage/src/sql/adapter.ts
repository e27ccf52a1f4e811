import { storageError } from '../errors.js'
import { randomId } from '../crypto/webcrypto.js'
import type { AuditEntry, ChangeEvent, StorageAdapter } from '../store/adapter.js'
import { createChangeHub } from './changes.js'
import type { SqlClient, SqlQueryable } from './client.js'
import { adapterError, camelCase, inputError, isUniqueViolation, unavailableError } from './errors.js'
import { insertAuditRows, insertCredentialRows } from './insert-many.js'
import { migrate } from './migrate.js'
import { selectCredentials } from './row-reads.js'
import {
  AUDIT_COLUMNS,
  auditFromRecord,
  auditValues,
  CREDENTIAL_COLUMNS,
  credentialFromRecord,
  credentialValues,
  KEY_COLUMNS,
  keyFromRecord,
} from './rows.js'

export interface SqlAdapterOptions {
  /**
   * Apply missing migrations before the first operation (default true). Turn it off where the
   * application's database role may not run DDL, and run `migrate` at deployment instead.
   */
  migrate?: boolean
  /** Runs at the end of `close()`: ends a pool or database the adapter created. */
  onClose?: () => Promise<void>
}

export interface SqlStorageAdapter extends StorageAdapter {
  /** Applies missing migrations now (otherwise done before the first operation); the versions applied. */
  migrate(): Promise<number[]>
  close(): Promise<void>
}

// Column lists and placeholders, built once from constants: never from values.
const COLUMNS = CREDENTIAL_COLUMNS.join(', ')
const INSERT_CREDENTIAL = `insert into a2f_credentials (tenant, ${COLUMNS})
  values ($1, ${CREDENTIAL_COLUMNS.map((_, index) => `$${index + 2}`).join(', ')})
  on conflict (tenant, id) do nothing`
// $1 tenant, $2 id, then the other columns; the version expected comes last.
const UPDATE_CREDENTIAL = `update a2f_credentials set ${CREDENTIAL_COLUMNS.slice(1)
  .map((column, index) => `${column} = $${index + 3}`)
  .join(', ')}
  where tenant = $1 and id = $2 and version = $${CREDENTIAL_COLUMNS.length + 2}`
const SELECT_CREDENTIALS = `select ${COLUMNS} from a2f_credentials where tenant = $1`
/** The field of each parameter of INSERT_CREDENTIAL and UPDATE_CREDENTIAL (the same order), for errors. */
const CREDENTIAL_PARAMETERS = ['tenant', ...CREDENTIAL_COLUMNS.map(camelCase), 'expectedVersion']
const INSERT_AUDIT = `insert into a2f_audit (tenant, ${AUDIT_COLUMNS.join(', ')})
  values (${['tenant', ...AUDIT_COLUMNS].map((_, index) => `$${index + 1}`).join(', ')})`
const AUDIT_PARAMETERS = ['tenant', ...AUDIT_COLUMNS.map(camelCase)]
/**
 * One statement, so atomic without an explicit transaction: the upsert takes the claim row's lock for
 * the statement only (a concurrent claim waits for it, then sees the new last counter: READ COMMITTED
 * re-checks the conflicting row), and the audit row is written from what the upsert returned.
 * $1 tenant, $2 fingerprint, $3 counter wanted, $4 at, $5 credential id, $6 actor.
 */
const CLAIM_COUNTER = `with claim as (
    insert into a2f_code_claims as c (tenant, fingerprint, last_counter, claimed_at)
      values ($1, $2, $3, $4)
      on conflict (tenant, fingerprint) do update
        set last_counter = greatest(c.last_counter + 1, excluded.last_counter),
          claimed_at = excluded.claimed_at
      returning last_counter
  )
  insert into a2f_audit (tenant, credential_id, actor, action, at, counter)
    select $1, $5, $6, 'claim-code', $4, last_counter from claim
  returning counter`
const CLAIM_PARAMETERS = ['tenant', 'fingerprint', 'counter', 'at', 'credentialId', 'actor']

/**
 * A `StorageAdapter` over PostgreSQL SQL, shared by the `pg` and PGlite entries. Every statement is scoped
 * with `tenant = $1`; each write, its audit entry, its numbered changes in the log and their notices
 * commit in one transaction (the changes last: they take the tenant's counter row, whose lock is held
 * until COMMIT); updates and deletes are compare-and-swap on `version`.
 */
export function createSqlAdapter(
  client: SqlClient,
  name: string,
  options: SqlAdapterOptions = {},
): SqlStorageAdapter {
  const changes = createChangeHub(client, randomId())
  const readCredentials = selectCredentials(CREDENTIAL_COLUMNS, client.readsRowsAsOneValue === true)
  const readKeys = selectCredentials(KEY_COLUMNS, client.readsRowsAsOneValue === true)
  let migrated: Promise<unknown> | undefined = options.migrate === false ? Promise.resolve() : undefined

  /** Migrations run once, before the first operation; a failure (database down) is retried next time. */
  const ready = () => {
    migrated ??= migrate(client).catch((error: unknown) => {
      migrated = undefined
      throw error
    })
    return migrated
  }

  async function run<T>(operation: string, body: () => Promise<T>): Promise<T> {
    try {
      await ready()
    } catch (error) {
      // A migration that fails is our side, whatever its SQLSTATE: never the caller's input.
      throw unavailableError(error, operation, name)
    }
    try {
      return await body()
    } catch (error) {
      throw adapterError(error, operation, name)
    }
  }

  const insertAudit = (tx: SqlQueryable, tenant: string, entry: AuditEntry) =>
    tx.query(INSERT_AUDIT, [tenant, ...auditValues(entry)]).catch((error: unknown) => {
      throw inputError(error, AUDIT_PARAMETERS) ?? error
    })

  /** The credential statement's own errors: a value at fault is named by its field. */
  const credentialStatementError = (error: unknown) => inputError(error, CREDENTIAL_PARAMETERS) ?? error

  /** Why a compare-and-swap touched no row: the row is gone, or at another version. */
  async function casFailure(tx: SqlQueryable, tenant: string, id: string, expectedVersion: number) {
    const { rows } = await tx.query<{ version: number }>(
      'select version from a2f_credentials where tenant = $1 and id = $2',
      [tenant, id],
    )
    const current = rows[0]
    if (current === undefined) return storageError('NOT_FOUND', { id })
    return storageError('CONFLICT', { id, expectedVersion, actualVersion: current.version })
  }

  return {
    name,

    migrate: () => run('migrate', () => migrate(client)),

    list: (tenant, filter = {}) =>
      run('list', async () => {
        const rows = await readCredentials(client, tenant, filter)
        return rows.map(credentialFromRecord)
      }),

    // The columns of `StoredKey` alone: PGlite hands 10,000 rows of 9 columns back in about half the
    // time of all 21 (BENCHMARKS.md), and `codes()` needs no more.
    listKeys: (tenant, filter = {}) =>
      run('listKeys', async () => {
        const rows = await readKeys(client, tenant, filter)
        return rows.map(keyFromRecord)
      }),

    get: (tenant, id) =>
      run('get', async () => {
        const { rows } = await client.query(`${SELECT_CREDENTIALS} and id = $2`, [tenant, id])
        return rows[0] === undefined ? undefined : credentialFromRecord(rows[0])
      }),

    insert: (tenant, row, audit) =>
      run('insert', async () => {
        const events = await client.transaction(async (tx) => {
          const { rowCount } = await tx
            .query(INSERT_CREDENTIAL, [tenant, ...credentialValues(row)])
            .catch((error: unknown) => {
              // ON CONFLICT covers the primary key; a unique index added later would still land here.
              throw isUniqueViolation(error)
                ? storageError('ALREADY_EXISTS', { id: row.id })
                : credentialStatementError(error)
            })
          if (rowCount === 0) throw storageError('ALREADY_EXISTS', { id: row.id })
          await insertAudit(tx, tenant, audit)
          return changes.record(tx, tenant, [{ type: 'created', id: row.id, version: row.version }])
        })
        changes.emit(tenant, events)
      }),

    insertMany: (tenant, rows, audits, options) =>
      run('insertMany', async () => {
        // Thrown to roll the batch back when an id was taken and the caller wants all or nothing.
        const taken = Symbol('taken')
        let existing: string[] = []
        let events: ChangeEvent[] = []
        try {
          await client.transaction(async (tx) => {
            const inserted = await insertCredentialRows(tx, tenant, rows)
            existing = rows.filter((row) => !inserted.has(row.id)).map((row) => row.id)
            if (existing.length > 0 && options.existing === 'abort') throw taken
            await insertAuditRows(
              tx,
              tenant,
              audits.filter((_, index) => inserted.has(rows[index]!.id)),
            )
            events = await changes.record(
              tx,
              tenant,
              rows
                .filter((row) => inserted.has(row.id))
                .map((row) => ({ type: 'created', id: row.id, version: row.version }) as const),
            )
          })
        } catch (error) {
          if (error === taken) return { existing }
          throw error
        }
        changes.emit(tenant, events)
        return { existing }
      }),

    replace: (tenant, row, expectedVersion, audit) =>
      run('replace', async () => {
        const events = await client.transaction(async (tx) => {
          const [id, ...rest] = credentialValues(row)
          const { rowCount } = await tx
            .query(UPDATE_CREDENTIAL, [tenant, id, ...rest, expectedVersion])
            .catch((error: unknown) => {
              throw credentialStatementError(error)
            })
          if (rowCount === 0) throw await casFailure(tx, tenant, row.id, expectedVersion)
          await insertAudit(tx, tenant, audit)
          return changes.record(tx, tenant, [{ type: 'updated', id: row.id, version: row.version }])
        })
        changes.emit(tenant, events)
      }),

    delete: (tenant, id, expectedVersion, audit) =>
      run('delete', async () => {
        const events = await client.transaction(async (tx) => {
          const { rows } = await tx.query<{ version: number }>(
            `delete from a2f_credentials
              where tenant = $1 and id = $2 and ($3::integer is null or version = $3)
              returning version`,
            [tenant, id, expectedVersion ?? null],
          )
          const deleted = rows[0]
          if (deleted === undefined) {
            if (expectedVersion === undefined) throw storageError('NOT_FOUND', { id })
            throw await casFailure(tx, tenant, id, expectedVersion)
          }
          await insertAudit(tx, tenant, audit)
          return changes.record(tx, tenant, [{ type: 'removed', id, version: deleted.version }])
        })
        changes.emit(tenant, events)
      }),

    claimCounter: (tenant, fingerprint, counter, audit) =>
      run('claimCounter', async () => {
        const { rows } = await client
          .query<{ counter: unknown }>(CLAIM_COUNTER, [
            tenant,
            fingerprint,
            counter,
            audit.at,
            audit.credentialId,
            audit.actor ?? null,
          ])
          .catch((error: unknown) => {
            throw inputError(error, CLAIM_PARAMETERS) ?? error
          })
        // bigint: a string from `pg`, a number from PGlite.
        const claimed = Number(rows[0]?.counter)
        if (!Number.isSafeInteger(claimed)) throw new Error('the claim returned no counter')
        return claimed
      }),

    appendAudit: (tenant, entry) =>
      run('appendAudit', async () => {
        await insertAudit(client, tenant, entry)
      }),

    listAudit: (tenant, query = {}) =>
      run('listAudit', async () => {
        // Newest first to apply the limit (null: no limit), then turned around: oldest first.
        const limit = query.limit === undefined ? null : Math.max(0, Math.floor(query.limit))
        const { rows } = await client.query(
          `select credential_id, actor, action, fields, at, counter from a2f_audit
            where tenant = $1 and ($2::text is null or credential_id = $2)
            order by id desc limit $3`,
          [tenant, query.credentialId ?? null, limit],
        )
        return rows.map(auditFromRecord).reverse()
      }),

    getMeta: (tenant, key) =>
      run('getMeta', async () => {
        const { rows } = await client.query<{ value: unknown; version: number }>(
          'select value, version from a2f_meta where tenant = $1 and key = $2',
          [tenant, key],
        )
        const record = rows[0]
        return record === undefined ? undefined : { value: record.value, version: record.version }
      }),

    putMeta: (tenant, key, value, expectedVersion) =>
      run('putMeta', async () => {
        // Serialised here: `pg` would turn a top-level array into a PostgreSQL array literal.
        const json = JSON.stringify(value ?? null)
        const { rowCount } =
          expectedVersion === 0
            ? await client.query(
                `insert into a2f_meta (tenant, key, value, version) values ($1, $2, $3::jsonb, 1)
                  on conflict (tenant, key) do nothing`,
                [tenant, key, json],
              )
            : await client.query(
                `update a2f_meta set value = $3::jsonb, version = version + 1
                  where tenant = $1 and key = $2 and version = $4`,
                [tenant, key, json, expectedVersion],
              )
        if (rowCount > 0) return
        const { rows } = await client.query<{ version: number }>(
          'select version from a2f_meta where tenant = $1 and key = $2',
          [tenant, key],
        )
        const actualVersion = rows[0]?.version
        throw storageError('CONFLICT', {
          id: key,
          expectedVersion,
          ...(actualVersion === undefined ? {} : { actualVersion }),
        })
      }),

    subscribe: (tenant, listener, onInterrupted) => changes.subscribe(tenant, listener, onInterrupted),

    readChanges: (tenant, after, limit) => run('readChanges', () => changes.read(tenant, after, limit)),

    async close() {
      await changes.close()
      await options.onClose?.()
    },
  }
}
