import type { AuditEntry, AuditQuery, ChangeEvent } from '../store/adapter.js'
import type { UnreadableReason } from '../errors.js'
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
  /** Applies `patch` if the stored version is `expectedVersion`, else `ConflictError`. */
  update(id: string, patch: CredentialPatch, options: WriteOptions): Promise<CredentialSummary>
  /** Removes the credential; with `expectedVersion`, only if nobody changed it since (else `ConflictError`). */
  remove(id: string, options?: Partial<WriteOptions>): Promise<void>
  /** Current codes computed where the keys are: a browser can show codes without ever holding a key. */
  codes(query?: CredentialQuery & { timestamp?: number }): Promise<CodesResult>
  /** Opens every record to find those that cannot be read (corrupted, tampered, unknown key). */
  inspect(): Promise<IntegrityReport>
  /** Who did what, oldest first. */
  history(query?: AuditQuery): Promise<AuditEntry[]>
  /** Changes, including those from other tabs or processes where the backend can tell. */
  subscribe(listener: (event: ChangeEvent) => void): () => void
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
