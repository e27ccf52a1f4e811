import type { SealedValue } from '../crypto/sealed-value.js'
import type { CredentialStatus, CredentialSummary } from '../model/credential.js'

/**
 * The contract between a credential store and a backend. Adapters keep rows; they never see a secret
 * unsealed (the store seals before it calls them). Every method takes the tenant, and an adapter must
 * scope every read and write to it: a row of another tenant does not exist for the caller.
 *
 * Writes are atomic together with their audit entry: either both are stored or neither is.
 */
export interface StorageAdapter {
  /** A short name for errors and benchmarks ('memory', 'indexeddb', 'postgres', 'pglite'). */
  readonly name: string
  /**
   * Stored rows of the tenant, in any order, as stored: the store validates each one and reports the
   * malformed ones instead of failing the whole list.
   */
  list(tenant: string, filter?: AdapterFilter): Promise<unknown[]>
  /**
   * What `store.codes()` needs of each row, for backends that can read less than whole rows (SQL: fewer
   * columns): the `StoredKey` fields of the tenant's rows, filtered as `list` does, in any order and as
   * stored (the store validates each one). Optional: without it `codes()` reads `list`, as it does for a
   * text query, which searches fields a `StoredKey` does not have.
   */
  listKeys?(tenant: string, filter?: AdapterFilter): Promise<unknown[]>
  get(tenant: string, id: string): Promise<unknown | undefined>
  /** Stores a new row. An existing id: `ALREADY_EXISTS`. */
  insert(tenant: string, row: StoredCredential, audit: AuditEntry): Promise<void>
  /**
   * Stores many new rows, each with its audit entry (`audits[i]` goes with `rows[i]`), in one
   * transaction: all of them or none, whatever fails. Rows whose id is stored already are `existing`:
   * with `existing: 'abort'` nothing is written when there is any; with 'skip' they (and their audit
   * entries) are left out and the others written. Returns the ids found stored, in input order. Ids
   * within one call are distinct (the store checks). Absent on adapters written before batches existed:
   * `createMany` then writes one row after another, not atomically.
   */
  insertMany?(
    tenant: string,
    rows: readonly StoredCredential[],
    audits: readonly AuditEntry[],
    options: { existing: 'abort' | 'skip' },
  ): Promise<{ existing: string[] }>
  /**
   * Replaces a row if its stored version is `expectedVersion` (compare-and-swap, atomically): otherwise
   * `ConflictError`; a missing row: `NOT_FOUND`.
   */
  replace(tenant: string, row: StoredCredential, expectedVersion: number, audit: AuditEntry): Promise<void>
  /** Deletes a row, checking its version when `expectedVersion` is given. Missing: `NOT_FOUND`. */
  delete(tenant: string, id: string, expectedVersion: number | undefined, audit: AuditEntry): Promise<void>
  /**
   * Claims a TOTP counter of the authenticator `fingerprint` (a keyed hash of its secret, never the
   * secret): stores max(last claimed + 1, `counter`) as its last claimed counter and returns it, atomically
   * with `audit` (written with that `counter`), so that concurrent callers, in this process or in others
   * on the same backend, never get the same counter. No lock outlives the call. Absent on adapters written
   * before claims existed: `claimCode` is then `UNAVAILABLE`.
   */
  claimCounter?(tenant: string, fingerprint: string, counter: number, audit: AuditEntry): Promise<number>
  /** Appends an audit entry that goes with no write (a secret revealed). */
  appendAudit(tenant: string, entry: AuditEntry): Promise<void>
  /** Audit entries, oldest first. */
  listAudit(tenant: string, query?: AuditQuery): Promise<AuditEntry[]>
  /** Small JSON documents beside the rows: the passphrase vault's parameters and wrapped key. */
  getMeta(tenant: string, key: string): Promise<MetaRecord | undefined>
  /**
   * Writes a meta document if its version is `expectedVersion` (0: it must not exist yet), storing it
   * with version `expectedVersion + 1`; otherwise `ConflictError` with `id` set to the key.
   */
  putMeta(tenant: string, key: string, value: unknown, expectedVersion: number): Promise<void>
  /**
   * Changes to the tenant's rows, including those made by other tabs or processes where possible.
   * Adapters with a change log (`readChanges`) give each event its `seq`; they may deliver an event
   * twice or out of order (the store orders and de-duplicates by `seq`), and call `onInterrupted` when
   * events may have been missed (a listening connection that came back): the store then reads the log.
   */
  subscribe?(tenant: string, listener: (event: ChangeEvent) => void, onInterrupted?: () => void): () => void
  /**
   * The tenant's change log: events with `seq > after`, oldest first, at most `limit` of them, and the
   * bounds of what the log holds. Every write gives its events the next numbers of the tenant, in the
   * write's transaction, so committed numbers have no holes and commit in order. Absent on adapters
   * without a log: subscribers then get events as they come, with no replay.
   */
  readChanges?(tenant: string, after: number, limit: number): Promise<ChangePage>
  /** Releases connections and channels. */
  close?(): Promise<void>
}

/** Equality filters an adapter may apply itself (the store applies them again, and the text filter). */
export interface AdapterFilter {
  systemId?: string
  owner?: string
  status?: CredentialStatus
  ids?: readonly string[]
}

/**
 * A credential as adapters store it: the summary's plain fields (without what is derived on reading:
 * `keyId` and `hasPassword`), plus the secret and password sealed.
 */
export type StoredCredential = Omit<CredentialSummary, 'keyId' | 'hasPassword'> & {
  secret: SealedValue
  password?: SealedValue
}

/** The part of a stored row that `codes()` reads: the sealed TOTP key, its parameters, and what it filters and sorts on. */
export type StoredKey = Pick<
  StoredCredential,
  'id' | 'otp' | 'secret' | 'status' | 'createdAt' | 'systemId' | 'owner'
>

export type AuditAction = 'create' | 'update' | 'validate' | 'remove' | 'reveal' | 'reseal' | 'claim-code'

/** Who did what to which credential, and when. Field names only: never a value. */
export interface AuditEntry {
  at: number
  actor?: string
  action: AuditAction
  credentialId: string
  /** The fields an update changed. */
  fields?: string[]
  /** 'claim-code': the TOTP counter claimed (the code itself is never kept). */
  counter?: number
}

export interface AuditQuery {
  credentialId?: string
  /** The newest `limit` entries (0: none). */
  limit?: number
}

export interface MetaRecord {
  value: unknown
  version: number
}

/** A change to a tenant's credentials. `remote` when it came from another tab or process. */
export interface ChangeEvent {
  type: 'created' | 'updated' | 'removed'
  id: string
  /** The version after the change (the last version for 'removed'). */
  version: number
  remote?: boolean
  /**
   * The change's number in its tenant: 1, 2, 3… in commit order, on backends with a change log
   * (memory, PostgreSQL, PGlite, and HTTP over them). Give the last one seen to `subscribe`'s `since`
   * to get what happened after it.
   */
  seq?: number
}

/** A page of a tenant's change log (`StorageAdapter.readChanges`). */
export interface ChangePage {
  events: ChangeEvent[]
  /** The newest number given in the tenant (0 before its first change). */
  latest: number
  /** The oldest number the log still holds (`latest + 1` when it holds none): older ones were pruned. */
  oldest: number
}
