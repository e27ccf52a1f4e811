import type { OtpParams } from '@a2f/core'
import type { CredentialPatch } from '../model/credential.js'
import type { AuditAction, StoredCredential } from './adapter.js'
import * as check from './normalize-input.js'

/** The plain (unsealed) part of a patched row; the store seals a new secret or password itself. */
export interface PatchedFields {
  row: Omit<StoredCredential, 'secret' | 'password'>
  /** Key bytes when the patch re-keys the credential. */
  newSecret?: Uint8Array
  /** undefined: keep; null: remove; text: seal this. */
  newPassword?: string | null
  action: AuditAction
}

/** A 20-byte zero key, only to let the core check OTP parameters when the key does not change. */
const PARAMETER_CHECK_KEY = new Uint8Array(20)

export function applyPatch(
  current: StoredCredential,
  patch: CredentialPatch,
  context: { now: number; actor: string | undefined },
): PatchedFields {
  const { secret: _secret, password: _password, ...plain } = current
  const row: Omit<StoredCredential, 'secret' | 'password'> = { ...plain }
  let newSecret: Uint8Array | undefined
  let otp: OtpParams = current.otp

  if (patch.secret !== undefined) {
    const read = check.readSecret(patch.secret)
    newSecret = read.bytes
    otp = check.resolveOtp(read.bytes, current.otp, read.params, patch.otp)
  } else if (patch.otp !== undefined) {
    otp = check.resolveOtp(PARAMETER_CHECK_KEY, current.otp, patch.otp)
  }
  row.otp = otp

  if (patch.issuer !== undefined) row.issuer = check.requiredText('issuer', patch.issuer)
  if (patch.account !== undefined) row.account = check.requiredText('account', patch.account)
  setOptional(row, 'systemId', patch.systemId, () => check.optionalText('systemId', patch.systemId))
  setOptional(row, 'owner', patch.owner, () => check.optionalText('owner', patch.owner))
  setOptional(row, 'label', patch.label, () => check.optionalText('label', patch.label))
  setOptional(row, 'notes', patch.notes, () => check.notes(patch.notes))
  setOptional(row, 'personalEmail', patch.personalEmail, () => check.personalEmail(patch.personalEmail))

  let action: AuditAction = 'update'
  if (patch.status !== undefined) {
    const next = check.status(patch.status)
    if (next === 'validated' && current.status !== 'validated') {
      action = 'validate'
      row.validatedAt = context.now
      if (context.actor !== undefined) row.validatedBy = context.actor
    }
    if (next === 'pending') {
      delete row.validatedAt
      delete row.validatedBy
    }
    row.status = next
  }
  setOptional(row, 'validatedAt', patch.validatedAt, () => check.time('validatedAt', patch.validatedAt))
  setOptional(row, 'validatedBy', patch.validatedBy, () =>
    check.optionalText('validatedBy', patch.validatedBy),
  )

  row.version = current.version + 1
  row.updatedAt = context.now
  if (context.actor === undefined) delete row.updatedBy
  else row.updatedBy = context.actor

  const result: PatchedFields = { row, action }
  if (newSecret !== undefined) result.newSecret = newSecret
  if (patch.password !== undefined) result.newPassword = check.password(patch.password) ?? null
  return result
}

/** undefined in the patch keeps the field; null clears it; a value is checked and set (or cleared if empty). */
function setOptional<K extends keyof StoredCredential>(
  row: Partial<StoredCredential>,
  field: K,
  patchValue: unknown,
  read: () => StoredCredential[K] | undefined,
): void {
  if (patchValue === undefined) return
  const value = read()
  if (value === undefined) delete row[field]
  else row[field] = value
}
