/**
 * What a summary will look like after `update(id, patch)`, for optimistic updates: shown at once, replaced
 * by the store's answer, rolled back if the store refuses (a stale version, a vault locked meanwhile).
 * Mirrors @a2f/storage's rules: `null` clears, 'validated' stamps `validatedAt`, and the version grows by one.
 */
import type { CredentialPatch, CredentialSummary } from '@a2f/storage'

const CLEARABLE = [
  'systemId',
  'owner',
  'label',
  'validatedAt',
  'validatedBy',
  'personalEmail',
  'notes',
] as const

export function applySummaryPatch(
  summary: CredentialSummary,
  patch: CredentialPatch,
  now: number,
): CredentialSummary {
  const next: CredentialSummary = { ...summary, version: summary.version + 1, updatedAt: now }
  if (patch.issuer !== undefined) next.issuer = patch.issuer
  if (patch.account !== undefined) next.account = patch.account
  if (patch.otp !== undefined) next.otp = { ...summary.otp, ...patch.otp }
  if (patch.password !== undefined) next.hasPassword = patch.password !== null
  for (const field of CLEARABLE) {
    const value = patch[field]
    if (value === undefined) continue
    if (value === null) delete next[field]
    else (next as unknown as Record<string, unknown>)[field] = value
  }
  if (patch.status !== undefined) {
    next.status = patch.status
    if (patch.status === 'validated' && patch.validatedAt === undefined) next.validatedAt = now
    if (patch.status === 'pending') {
      delete next.validatedAt
      delete next.validatedBy
    }
  }
  return next
}
