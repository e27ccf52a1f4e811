import { decodeBase32, encodeBase32 } from '@a2f/core'
import { storageError } from '../errors.js'
import type { Credential, CredentialInput, CredentialPatch } from '../model/credential.js'
import type { BackupCredential } from './backup-format.js'

/**
 * A credential opened from the store → its backup entry (the key as base32, no `keyId`), fields in the
 * documented order so that a decrypted backup reads the same every time.
 */
export function toBackupCredential(credential: Credential): BackupCredential {
  const c = credential
  const entry = {
    id: c.id,
    systemId: c.systemId,
    issuer: c.issuer,
    account: c.account,
    owner: c.owner,
    label: c.label,
    otp: { algorithm: c.otp.algorithm, digits: c.otp.digits, period: c.otp.period },
    secret: encodeBase32(c.secret),
    password: c.password,
    status: c.status,
    validatedAt: c.validatedAt,
    validatedBy: c.validatedBy,
    personalEmail: c.personalEmail,
    notes: c.notes,
    createdAt: c.createdAt,
    createdBy: c.createdBy,
    updatedAt: c.updatedAt,
    updatedBy: c.updatedBy,
    version: c.version,
  }
  // Absent optional fields are left out rather than written as null.
  for (const [field, value] of Object.entries(entry)) {
    if (value === undefined) delete (entry as Record<string, unknown>)[field]
  }
  return entry as BackupCredential
}

/**
 * A backup entry → what `create` takes. The store checks every field as for any other input; here only
 * what `create` would take differently: the key must be base32 text (decoded strictly, so a key field
 * holding an otpauth URI cannot bring parameters of its own), `otp` an object. The entry keeps when and
 * by whom it was first created; `updatedAt`/`updatedBy` become the import, and `version` starts at 1.
 */
export function toCredentialInput(entry: BackupCredential, keepId: boolean): CredentialInput {
  const input: CredentialInput = {
    issuer: entry.issuer,
    account: entry.account,
    otp: otpOf(entry),
    secret: secretOf(entry),
    status: entry.status,
  }
  if (keepId) input.id = entry.id
  for (const field of OPTIONAL_FIELDS) {
    const value = entry[field]
    if (value !== undefined && value !== null) (input as unknown as Record<string, unknown>)[field] = value
  }
  return input
}

/**
 * A backup entry → the patch that makes an existing credential equal to it (`onExisting: 'replace'`):
 * optional fields absent from the entry are cleared. A validated entry keeps its validation stamp.
 */
export function toCredentialPatch(entry: BackupCredential): CredentialPatch {
  const patch: CredentialPatch = {
    issuer: entry.issuer,
    account: entry.account,
    otp: otpOf(entry),
    secret: secretOf(entry),
    status: entry.status,
  }
  for (const field of CLEARABLE_FIELDS) {
    ;(patch as Record<string, unknown>)[field] = entry[field] ?? null
  }
  if (entry.status === 'validated') {
    if (entry.validatedAt !== undefined) patch.validatedAt = entry.validatedAt
    if (entry.validatedBy !== undefined) patch.validatedBy = entry.validatedBy
  } else {
    patch.validatedAt = null
    patch.validatedBy = null
  }
  return patch
}

const OPTIONAL_FIELDS = [
  'systemId',
  'owner',
  'label',
  'password',
  'validatedAt',
  'validatedBy',
  'personalEmail',
  'notes',
  'createdAt',
  'createdBy',
] as const

const CLEARABLE_FIELDS = ['systemId', 'owner', 'label', 'password', 'personalEmail', 'notes'] as const

function secretOf(entry: BackupCredential): Uint8Array {
  if (typeof entry.secret !== 'string') {
    throw storageError('INVALID_INPUT', { field: 'secret', reason: 'base32 text' })
  }
  return decodeBase32(entry.secret)
}

function otpOf(entry: BackupCredential): BackupCredential['otp'] {
  const otp = entry.otp as unknown
  if (otp === null || typeof otp !== 'object') {
    throw storageError('INVALID_INPUT', { field: 'otp', reason: 'an object with algorithm, digits, period' })
  }
  return entry.otp
}
