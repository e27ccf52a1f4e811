import type { AuditEntry, StoredCredential } from '../store/adapter.js'

/**
 * Where each `StoredCredential` field lives in `a2f_credentials`, in one list, so the INSERT, the UPDATE,
 * the SELECT and the mapping back cannot drift apart. Column names are constants written into the SQL;
 * values are always bound parameters.
 */
export const CREDENTIAL_COLUMNS = [
  'id',
  'system_id',
  'issuer',
  'account',
  'owner',
  'label',
  'algorithm',
  'digits',
  'period',
  'secret_sealed',
  'password_sealed',
  'status',
  'validated_at',
  'validated_by',
  'personal_email',
  'notes',
  'created_at',
  'created_by',
  'updated_at',
  'updated_by',
  'version',
] as const

type Column = (typeof CREDENTIAL_COLUMNS)[number]

/** The columns of a `StoredKey` (what `store.codes()` reads through `listKeys`). */
export const KEY_COLUMNS = [
  'id',
  'system_id',
  'owner',
  'algorithm',
  'digits',
  'period',
  'secret_sealed',
  'status',
  'created_at',
] as const satisfies readonly Column[]

/** The row's values in `CREDENTIAL_COLUMNS` order; an absent optional field is SQL null. */
/** The columns of an audit row after `tenant`, in the order of `auditValues`. */
export const AUDIT_COLUMNS = ['credential_id', 'actor', 'action', 'fields', 'at', 'counter'] as const

/** The entry's values in `AUDIT_COLUMNS` order; an absent optional field is SQL null. */
export function auditValues(entry: AuditEntry): unknown[] {
  return [
    entry.credentialId,
    entry.actor ?? null,
    entry.action,
    entry.fields ?? null,
    entry.at,
    entry.counter ?? null,
  ]
}

export function credentialValues(row: StoredCredential): unknown[] {
  const values: Record<Column, unknown> = {
    id: row.id,
    system_id: row.systemId,
    issuer: row.issuer,
    account: row.account,
    owner: row.owner,
    label: row.label,
    algorithm: row.otp.algorithm,
    digits: row.otp.digits,
    period: row.otp.period,
    secret_sealed: row.secret,
    password_sealed: row.password,
    status: row.status,
    validated_at: row.validatedAt,
    validated_by: row.validatedBy,
    personal_email: row.personalEmail,
    notes: row.notes,
    created_at: row.createdAt,
    created_by: row.createdBy,
    updated_at: row.updatedAt,
    updated_by: row.updatedBy,
    version: row.version,
  }
  return CREDENTIAL_COLUMNS.map((column) => values[column] ?? null)
}

/**
 * A selected `a2f_credentials` row in the shape adapters return. Not validated here: the store checks
 * every row it reads and reports a malformed one by id. Null optional columns are left out rather than
 * set to undefined, exactly as the row was written.
 */
export function credentialFromRecord(record: Record<string, unknown>): Record<string, unknown> {
  const row: Record<string, unknown> = {
    id: record.id,
    issuer: record.issuer,
    account: record.account,
    otp: { algorithm: record.algorithm, digits: record.digits, period: record.period },
    secret: record.secret_sealed,
    status: record.status,
    createdAt: millis(record.created_at),
    updatedAt: millis(record.updated_at),
    version: record.version,
  }
  const optional: [string, unknown][] = [
    ['systemId', record.system_id],
    ['owner', record.owner],
    ['label', record.label],
    ['password', record.password_sealed],
    ['validatedAt', millis(record.validated_at)],
    ['validatedBy', record.validated_by],
    ['personalEmail', record.personal_email],
    ['notes', record.notes],
    ['createdBy', record.created_by],
    ['updatedBy', record.updated_by],
  ]
  for (const [field, value] of optional) if (value !== null && value !== undefined) row[field] = value
  return row
}

/** A row selected with `KEY_COLUMNS` in the shape of a `StoredKey`; not validated here either. */
export function keyFromRecord(record: Record<string, unknown>): Record<string, unknown> {
  const row: Record<string, unknown> = {
    id: record.id,
    otp: { algorithm: record.algorithm, digits: record.digits, period: record.period },
    secret: record.secret_sealed,
    status: record.status,
    createdAt: millis(record.created_at),
  }
  if (record.system_id !== null && record.system_id !== undefined) row.systemId = record.system_id
  if (record.owner !== null && record.owner !== undefined) row.owner = record.owner
  return row
}

/** A selected `a2f_audit` row as an `AuditEntry`. */
export function auditFromRecord(record: Record<string, unknown>): AuditEntry {
  const entry: AuditEntry = {
    at: millis(record.at) as number,
    action: record.action as AuditEntry['action'],
    credentialId: record.credential_id as string,
  }
  if (typeof record.actor === 'string') entry.actor = record.actor
  if (Array.isArray(record.fields)) entry.fields = record.fields.map(String)
  const counter = millis(record.counter)
  if (typeof counter === 'number') entry.counter = counter
  return entry
}

/**
 * `bigint` milliseconds as a number. `pg` returns int8 as a string (it may exceed 2^53), PGlite as a
 * number; every value the store writes is a safe integer, so the conversion is exact. Anything else is
 * returned unchanged, for the store to reject as malformed.
 */
function millis(value: unknown): unknown {
  const number =
    typeof value === 'string' && /^-?\d+$/.test(value)
      ? Number(value)
      : typeof value === 'bigint'
        ? Number(value)
        : value
  return typeof number === 'number' && Number.isSafeInteger(number) ? number : value
}
