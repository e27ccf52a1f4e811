/**
 * Keeping the pending draft in step with what the user entered: the credential input that creates it
 * (the only place the key and password leave the machine on creation) and the patch of what it lacks
 * since it was last written (only the fields that changed; the key and password only when entered
 * again). Pure: the machine passes what it holds and writes what these return.
 *
 * @example
 * draftPatch({ fields, draft, otp, secret, secretChanged: false, password: '', passwordChanged: false })
 * // {} when the draft already holds everything
 */
import type { OtpParams } from '@a2f/core'
import type { CredentialInput, CredentialPatch, CredentialSummary } from '@a2f/storage'
import type { SecretSource } from '../secret-input/entered-secret.js'

/** The key as the machine holds it, in its closure only. */
export interface HeldSecret {
  bytes: Uint8Array
  params: Partial<OtpParams>
  source: SecretSource
  warnings: string[]
}

/** The draft's non-secret fields as entered; null: left empty. */
export type DraftFields = Record<
  'systemId' | 'issuer' | 'account' | 'owner' | 'label' | 'personalEmail',
  string | null
>

/** The draft's fields from the values entered (trimmed; optional ones null when blank). */
export function draftFields(values: {
  systemId: string | null
  issuerName: string
  account: string
  owner: string
  label: string
  personalEmail: string
}): DraftFields {
  const optional = (text: string) => text.trim() || null
  return {
    systemId: values.systemId,
    issuer: values.issuerName,
    account: values.account.trim(),
    owner: optional(values.owner),
    label: optional(values.label),
    personalEmail: optional(values.personalEmail),
  }
}

/** The input that creates the pending draft: a copy of the key, the password when typed. */
export function draftInput(
  held: HeldSecret,
  fields: DraftFields,
  otp: Partial<OtpParams>,
  password: string,
): CredentialInput {
  const input: Record<string, unknown> = {
    otp,
    secret: held.bytes.slice(),
    status: 'pending',
    ...(password ? { password } : {}),
  }
  for (const [field, value] of Object.entries(fields)) if (value !== null) input[field] = value
  return input as unknown as CredentialInput
}

export interface DraftPatchFacts {
  fields: DraftFields
  /** The draft as last read or written; null: everything goes in the patch. */
  draft: CredentialSummary | null
  /** The code parameters wanted now (the court's, then the key's). */
  otp: Partial<OtpParams>
  secret: HeldSecret | null
  /** A key was entered since the draft was last written. */
  secretChanged: boolean
  password: string
  /** The password field was typed in since the draft was last written. */
  passwordChanged: boolean
}

/** What the draft lacks of what the user entered since it was written (everything, with no draft). */
export function draftPatch(facts: DraftPatchFacts): CredentialPatch {
  const { fields, secret, otp: wanted, password } = facts
  const patch: Record<string, unknown> = {}
  const draft = facts.draft as Record<string, unknown> | null
  for (const [field, value] of Object.entries(fields))
    if (!draft || (draft[field] ?? null) !== value) patch[field] = value
  if (secret && facts.secretChanged) {
    patch.secret = secret.bytes.slice()
    patch.otp = wanted
  } else if (secret) {
    const current = facts.draft?.otp
    if (
      !current ||
      (Object.keys(wanted) as (keyof OtpParams)[]).some((name) => wanted[name] !== current[name])
    )
      patch.otp = wanted
  }
  // The field comes back empty on every visit; only a change typed since the last write counts.
  if (facts.passwordChanged) {
    if (password !== '') patch.password = password
    else if (facts.draft?.hasPassword) patch.password = null
  }
  return patch
}
