import type { OtpParams } from '@a2f/core'

/**
 * A lawyer's authenticator for one court account: what `@a2f/storage` keeps.
 * Times are milliseconds since the epoch, as everywhere in a2f.
 */
export type CredentialStatus = 'pending' | 'validated'

/** Everything about a credential except its secrets. Lists return these. */
export interface CredentialSummary {
  id: string
  /** The court system (`CourtSystem.id` of the registry), when it is a court credential. */
  systemId?: string
  /** Who issued the key, as an authenticator app shows it ('TRF4', 'TJRS'). */
  issuer: string
  /** The court login (CPF, OAB number or user name). */
  account: string
  /** The lawyer who owns the court account. */
  owner?: string
  label?: string
  otp: OtpParams
  /** Whether a court password is kept too (sealed like the key). */
  hasPassword: boolean
  /** 'pending' until a code was confirmed at the court. */
  status: CredentialStatus
  validatedAt?: number
  validatedBy?: string
  /** The personal e-mail registered at the court (eproc refuses institutional domains). */
  personalEmail?: string
  notes?: string
  /** Id of the key the secrets are sealed with (a vault or master key id): shows what a rotation left. */
  keyId: string
  createdAt: number
  createdBy?: string
  updatedAt: number
  updatedBy?: string
  /** Starts at 1 and grows by one with every change. `update` and `remove` take the version they expect. */
  version: number
}

/** A whole credential, secrets opened. Returned by `get` only. */
export interface Credential extends CredentialSummary {
  /** The TOTP key, raw bytes. */
  secret: Uint8Array
  /** The court password, when one is kept. */
  password?: string
}

/** What `create` takes. */
export interface CredentialInput {
  /** Defaults to a random UUID. */
  id?: string
  systemId?: string
  issuer: string
  account: string
  owner?: string
  label?: string
  /** Defaults to SHA1, 6 digits, 30 s; parameters of an otpauth URI given as `secret` fill the gaps. */
  otp?: Partial<OtpParams>
  /** Raw bytes, or text as users paste it (base32 in any grouping, or an otpauth:// URI). */
  secret: Uint8Array | string
  password?: string
  status?: CredentialStatus
  validatedAt?: number
  validatedBy?: string
  personalEmail?: string
  notes?: string
  /** When the credential was first created, for imports and restores that keep it; defaults to now. */
  createdAt?: number
  /** Who first created it, for imports and restores; defaults to the store's actor. */
  createdBy?: string
}

/**
 * What `update` takes: the fields to change. `null` clears an optional field. Setting `status` to
 * 'validated' stamps `validatedAt` (now) and `validatedBy` (the store's actor) unless given.
 */
export interface CredentialPatch {
  systemId?: string | null
  issuer?: string
  account?: string
  owner?: string | null
  label?: string | null
  otp?: Partial<OtpParams>
  /** A new key: the court issued another one (re-key). */
  secret?: Uint8Array | string
  password?: string | null
  status?: CredentialStatus
  validatedAt?: number | null
  validatedBy?: string | null
  personalEmail?: string | null
  notes?: string | null
}

/** Filters for `list`. All given filters must match. */
export interface CredentialQuery {
  /** Accent- and case-insensitive words matched against issuer, account, owner, label, notes, e-mail. */
  text?: string
  systemId?: string
  owner?: string
  status?: CredentialStatus
  ids?: readonly string[]
}

/** Options of `update` and `remove`. */
export interface WriteOptions {
  /** The version the caller read. A different stored version is a `ConflictError`. */
  expectedVersion: number
}
