import type { AuditEntry, AuditQuery, ChangeEvent } from '../store/adapter.js'
import type { UnreadableReason } from '../errors.js'
import type { CreateManyOptions, CreateManyReport } from './create-many.js'
import type {
  Credential,
  CredentialInput,
  CredentialPatch,
  CredentialQuery,
  CredentialSummary,
  WriteOptions,
} from './credential.js'

/**
 * What every store offers, whatever keeps the data: `createCredentialStore` over an adapter (memory,
 * IndexedDB, PostgreSQL, PGlite) and `createHttpStore` talking to a server. Every method is scoped to the
 * store's tenant.
 */
export interface CredentialStore {
  readonly tenant: string
  /** Summaries (no secrets) matching the query, oldest first. Unreadable rows are left out: see `inspect`. */
  list(query?: CredentialQuery): Promise<CredentialSummary[]>
  /** One summary, no secret opened (for edit forms). `NOT_FOUND`. */
  getSummary(id: string): Promise<CredentialSummary>
  /** The whole credential with its secrets opened; audited as 'reveal'. `NOT_FOUND`, `UNREADABLE_RECORD`. */
  get(id: string): Promise<Credential>
  create(input: CredentialInput): Promise<CredentialSummary>
  /**
   * Creates up to `MAX_CREATE_MANY` credentials as one write: every entry is checked first, keys are
   * sealed per record, concurrently, and the rows with their audit entries are stored in one transaction
   * (PostgreSQL and PGlite: multi-row statements; IndexedDB: one transaction), all or nothing. The report
   * says what happened to each entry; by default an invalid entry or a taken id writes nothing (see
   * `CreateManyOptions`). A backend failure throws (`UNAVAILABLE`) and writes nothing.
   */
  createMany(inputs: readonly CredentialInput[], options?: CreateManyOptions): Promise<CreateManyReport>
  /** Applies `patch` if the stored version is `expectedVersion`, else `ConflictError`. */
  update(id: string, patch: CredentialPatch, options: WriteOptions): Promise<CredentialSummary>
  /** Removes the credential; with `expectedVersion`, only if nobody changed it since (else `ConflictError`). */
  remove(id: string, options?: Partial<WriteOptions>): Promise<void>
  /**
   * Current codes computed where the keys are: a browser can show codes without ever holding a key.
   * Opens each TOTP key once per key ring (later calls use the prepared keys) and never the court
   * password: a record whose password no longer opens still has codes, and `inspect` reports it.
   */
  codes(query?: CredentialQuery & { timestamp?: number }): Promise<CodesResult>
  /**
   * A code of `id`'s authenticator that no other caller has claimed or will claim: every store sharing
   * the backend (other processes, other machines on the same database, HTTP clients of one server) gets
   * a counter above the last one claimed. Claims are kept per authenticator, i.e. per secret, so
   * credentials that share a key (the 4th Region's TRF4, JFRS, JFSC and JFPR) share one sequence.
   * Sleep `waitMs` before submitting the code. Audited as 'claim-code' with the counter, never the code.
   * `NOT_FOUND`, `UNREADABLE_RECORD`, `INVALID_INPUT` (field 'minRemainingMs').
   */
  claimCode(id: string, options?: ClaimCodeOptions): Promise<ClaimedCode>
  /** Opens every record to find those that cannot be read (corrupted, tampered, unknown key). */
  inspect(): Promise<IntegrityReport>
  /** Who did what, oldest first. */
  history(query?: AuditQuery): Promise<AuditEntry[]>
  /**
   * Changes, including those from other tabs or processes where the backend can tell. On backends with
   * a change log (memory, PostgreSQL, PGlite, HTTP over them) each event has its `seq`, and a
   * subscriber gets every change once, in order, even across a lost connection: the store replays what
   * it missed. `since` (the last `seq` seen) replays what came after it first. When that is no longer
   * possible (the log was pruned past it, or it is ahead of the log), the listener gets one
   * `{ type: 'reset' }`: list again, then go on from its `seq`.
   */
  subscribe(listener: (event: StoreEvent) => void, options?: SubscribeOptions): () => void
}

export interface ClaimCodeOptions {
  /**
   * A code with less time than this left in its window is not handed out: the next window's is, with
   * `waitMs` until it becomes current. From 0 to less than the period. Default 5000 ms.
   */
  minRemainingMs?: number
}

/** A claimed code: the shape of `codeForSubmission` in @a2f/core. */
export interface ClaimedCode {
  code: string
  /** The TOTP counter (time step) claimed: no other caller gets it for this authenticator. */
  counter: number
  /** When the code stops being current, in ms since the epoch. */
  validUntil: number
  /** How long to wait before submitting (0: submit now), measured by the store's clock when it answered. */
  waitMs: number
}

/** A code computed by the store. */
export interface CredentialCode {
  id: string
  code: string
  /** The TOTP counter (time step) of `code`. */
  counter: number
  validFrom: number
  validUntil: number
  /** The code of the next time step, to show near expiry. */
  nextCode: string
}

export interface UnreadableRecord {
  id: string
  reason: UnreadableReason
}

export interface CodesResult {
  codes: CredentialCode[]
  unreadable: UnreadableRecord[]
}

export interface IntegrityReport {
  /** How many records were opened successfully. */
  readable: number
  unreadable: UnreadableRecord[]
}

export interface SubscribeOptions {
  /** The last `seq` this subscriber saw (after a restart, or a reconnection it handles itself). */
  since?: number | undefined
}

/**
 * The subscriber fell too far behind to be told what changed: what it shows may be stale. List again;
 * changes after `seq` follow.
 */
export interface ResetEvent {
  type: 'reset'
  /** The newest change number when the reset was sent. */
  seq: number
}

/** What `subscribe` delivers. */
export type StoreEvent = ChangeEvent | ResetEvent
