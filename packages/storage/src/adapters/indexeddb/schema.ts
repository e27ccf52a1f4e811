import type { DBSchema, IDBPDatabase } from 'idb'
import type { AuditEntry, StoredCredential } from '../../store/adapter.js'

/**
 * The database layout. Every record carries its tenant, and every key and index starts with it, so that a
 * read can only ever reach the caller's tenant: there is no store-wide query anywhere in the adapter.
 *
 * Bump `SCHEMA_VERSION` and add a step to `upgradeSchema` for any change: other tabs still on the old
 * version get a `versionchange` event, close, and reopen (see connection.ts).
 */
export const SCHEMA_VERSION = 3

/** A credential as stored: the sealed row plus its tenant (removed again on the way out). */
export type CredentialRecord = StoredCredential & { tenant: string }
/** An audit entry as stored; its key is an auto-incremented number, so key order is insertion order. */
export type AuditRecord = AuditEntry & { tenant: string }
export interface MetaRow {
  tenant: string
  key: string
  value: unknown
  version: number
}

/** The last TOTP counter claimed for an authenticator (`claimCounter`), by its fingerprint. */
export interface ClaimRow {
  tenant: string
  fingerprint: string
  lastCounter: number
}

/** One change of the tenant's log (since version 3): ids and versions, never a value. */
export interface ChangeRow {
  tenant: string
  seq: number
  type: 'created' | 'updated' | 'removed'
  id: string
  version: number
  /** The writing adapter's random id: a replayed change is `remote` when it is not this adapter's. */
  origin: string
}

/** A tenant's change numbers: the last one given, and the oldest still in the log. */
export interface ChangeCounterRow {
  tenant: string
  lastSeq: number
  oldestSeq: number
}

export interface A2fDatabase extends DBSchema {
  credentials: {
    key: [tenant: string, id: string]
    value: CredentialRecord
    indexes: {
      tenant: string
      // Equality filters of `list`. A row without the field is simply absent from the index.
      tenant_systemId: [string, string]
      tenant_owner: [string, string]
      tenant_status: [string, string]
    }
  }
  audit: {
    key: number
    value: AuditRecord
    indexes: {
      tenant: string
      tenant_credential: [string, string]
    }
  }
  meta: {
    key: [tenant: string, key: string]
    value: MetaRow
  }
  /** Since version 2. */
  claims: {
    key: [tenant: string, fingerprint: string]
    value: ClaimRow
  }
  /** Since version 3. */
  changes: {
    key: [tenant: string, seq: number]
    value: ChangeRow
  }
  /** Since version 3. */
  changeCounters: {
    key: string
    value: ChangeCounterRow
  }
}

export type Database = IDBPDatabase<A2fDatabase>

/**
 * Creates what versions after `oldVersion` up to `newVersion` need. Runs inside the upgrade transaction.
 * (`newVersion` lets tests build a database as an older release left it.)
 */
export function upgradeSchema(db: Database, oldVersion: number, newVersion = SCHEMA_VERSION): void {
  if (oldVersion < 1 && newVersion >= 1) {
    const credentials = db.createObjectStore('credentials', { keyPath: ['tenant', 'id'] })
    credentials.createIndex('tenant', 'tenant')
    credentials.createIndex('tenant_systemId', ['tenant', 'systemId'])
    credentials.createIndex('tenant_owner', ['tenant', 'owner'])
    credentials.createIndex('tenant_status', ['tenant', 'status'])

    const audit = db.createObjectStore('audit', { autoIncrement: true })
    audit.createIndex('tenant', 'tenant')
    audit.createIndex('tenant_credential', ['tenant', 'credentialId'])

    db.createObjectStore('meta', { keyPath: ['tenant', 'key'] })
  }
  if (oldVersion < 2 && newVersion >= 2) {
    db.createObjectStore('claims', { keyPath: ['tenant', 'fingerprint'] })
  }
  if (oldVersion < 3 && newVersion >= 3) {
    db.createObjectStore('changes', { keyPath: ['tenant', 'seq'] })
    db.createObjectStore('changeCounters', { keyPath: 'tenant' })
  }
}
