import { sealedKeyId } from '../crypto/sealed-value.js'
import type { CredentialSummary } from '../model/credential.js'
import type { StoredCredential, StoredKey } from './adapter.js'

/**
 * Rows come back from IndexedDB, SQL or the wire: check their shape before trusting them, so that one
 * corrupted row is reported by id instead of breaking the list or opening as garbage.
 */
export function readStoredRow(row: unknown): StoredCredential | undefined {
  if (readStoredKey(row) === undefined) return undefined
  const r = row as Record<string, unknown>
  const ok =
    isText(r.issuer) &&
    typeof r.account === 'string' &&
    (r.password === undefined || sealedKeyId(r.password) !== undefined) &&
    isTime(r.updatedAt) &&
    Number.isSafeInteger(r.version) &&
    (r.version as number) >= 1 &&
    optional(r.label, isString) &&
    optional(r.validatedAt, isTime) &&
    optional(r.validatedBy, isString) &&
    optional(r.personalEmail, isString) &&
    optional(r.notes, isString) &&
    optional(r.createdBy, isString) &&
    optional(r.updatedBy, isString)
  return ok ? (row as StoredCredential) : undefined
}

/** The checks of `readStoredRow` on the fields of a `StoredKey` (what `adapter.listKeys` returns). */
export function readStoredKey(row: unknown): StoredKey | undefined {
  if (row === null || typeof row !== 'object') return undefined
  const r = row as Record<string, unknown>
  const otp = r.otp as Record<string, unknown> | undefined
  const ok =
    isText(r.id) &&
    typeof r.secret === 'string' &&
    sealedKeyId(r.secret) !== undefined &&
    (r.status === 'pending' || r.status === 'validated') &&
    otp !== null &&
    typeof otp === 'object' &&
    (otp.algorithm === 'SHA1' || otp.algorithm === 'SHA256' || otp.algorithm === 'SHA512') &&
    Number.isSafeInteger(otp.digits) &&
    Number.isSafeInteger(otp.period) &&
    isTime(r.createdAt) &&
    optional(r.systemId, isText) &&
    optional(r.owner, isString)
  return ok ? (row as StoredKey) : undefined
}

/** The id of a row, even a malformed one, when it has one. */
export function rowId(row: unknown): string | undefined {
  const id = (row as { id?: unknown } | null)?.id
  return typeof id === 'string' ? id : undefined
}

/** A stored row without its sealed values. */
export function toSummary(row: StoredCredential): CredentialSummary {
  const { secret, password, otp, ...rest } = row
  return {
    ...rest,
    otp: { algorithm: otp.algorithm, digits: otp.digits, period: otp.period },
    hasPassword: password !== undefined,
    keyId: sealedKeyId(secret)!,
  }
}

const isString = (value: unknown): value is string => typeof value === 'string'
const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0
const isTime = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0
const optional = (value: unknown, check: (value: unknown) => boolean) => value === undefined || check(value)
