/**
 * A new credential's row, in two steps, so that a batch can check every entry before it seals any:
 *
 * - `draftRow(input, context)`: checks the input (names, key, parameters, texts) and builds the row's
 *   plain fields, synchronously; a bad entry throws the error `create` throws for it.
 * - `sealDraft(draft, context)`: seals the key (and the court password) for this record.
 *
 * `create` runs both for one input; `createMany` drafts every input, reports the bad ones, then seals the
 * rest concurrently.
 *
 * @example
 * const draft = draftRow(input, context)
 * const row = await sealDraft(draft, context)
 */
import { seal, type SealContext } from '../crypto/sealed-value.js'
import type { SealingKeys } from '../crypto/sealing-keys.js'
import { randomId, utf8 } from '../crypto/webcrypto.js'
import type { CredentialInput } from '../model/credential.js'
import type { StoredCredential } from './adapter.js'
import * as check from './normalize-input.js'

/** What building a row needs from its store. */
export interface RowContext {
  keys: SealingKeys
  tenant: string
  actor: string | undefined
  /** The time written as `updatedAt` (and `createdAt`, `validatedAt` when not given). */
  time: number
}

/** A checked input: the row without its sealed values, and what is to be sealed. */
export interface RowDraft {
  row: Omit<StoredCredential, 'secret' | 'password'>
  secret: Uint8Array
  password: string | undefined
}

export function draftRow(input: CredentialInput, context: RowContext): RowDraft {
  const { actor, time } = context
  check.checkInput(input)
  const id = input.id === undefined ? randomId() : check.checkId(input.id)
  const { bytes, params } = check.readSecret(input.secret)
  const status = check.status(input.status ?? 'pending')
  const row: RowDraft['row'] = {
    id,
    issuer: check.requiredText('issuer', input.issuer, params.issuer),
    account: check.requiredText('account', input.account, params.account),
    otp: check.resolveOtp(bytes, params, input.otp),
    status,
    createdAt: check.time('createdAt', input.createdAt) ?? time,
    updatedAt: time,
    version: 1,
  }
  const optional = {
    systemId: check.optionalText('systemId', input.systemId),
    owner: check.optionalText('owner', input.owner),
    label: check.optionalText('label', input.label),
    personalEmail: check.personalEmail(input.personalEmail),
    notes: check.notes(input.notes),
    createdBy: check.optionalText('createdBy', input.createdBy) ?? actor,
    updatedBy: actor,
    validatedAt: status === 'validated' ? (check.time('validatedAt', input.validatedAt) ?? time) : undefined,
    validatedBy:
      status === 'validated' ? (check.optionalText('validatedBy', input.validatedBy) ?? actor) : undefined,
  }
  for (const [field, value] of Object.entries(optional)) {
    if (value !== undefined) (row as unknown as Record<string, unknown>)[field] = value
  }
  return { row, secret: bytes, password: check.password(input.password) }
}

export async function sealDraft(draft: RowDraft, context: RowContext): Promise<StoredCredential> {
  const sealContext = (field: 'secret' | 'password'): SealContext => ({
    tenant: context.tenant,
    recordId: draft.row.id,
    field,
  })
  const row: StoredCredential = {
    ...draft.row,
    secret: await seal(context.keys, draft.secret, sealContext('secret')),
  }
  if (draft.password !== undefined) {
    row.password = await seal(context.keys, utf8.encode(draft.password), sealContext('password'))
  }
  return row
}
