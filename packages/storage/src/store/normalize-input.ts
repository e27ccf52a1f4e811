import {
  DEFAULT_OTP_PARAMS,
  createTotp,
  MINIMUM_SECRET_BITS,
  parseSecret,
  validatePersonalEmail,
  A2FError,
  type OtpParams,
} from '@a2f/core'
import type { CredentialInput, CredentialPatch, CredentialStatus } from '../model/credential.js'
import { ID_PATTERN } from './ids.js'
import {
  checkText,
  invalid,
  MAX_EMAIL_LENGTH,
  MAX_LINE_LENGTH,
  MAX_NOTES_LENGTH,
  MAX_PASSWORD_LENGTH,
} from './text-rule.js'

/**
 * Checks what callers give `create` and `update` before anything is sealed or stored. Key problems are
 * the core's `A2FError`s (SECRET_INVALID_CHARACTER with the index, …) so that one translation table
 * serves the key field everywhere; everything else is `INVALID_INPUT` naming the field. Which characters
 * text may hold and how long it may be: `text-rule.ts`.
 */

export { ID_PATTERN, isPossibleId } from './ids.js'

/**
 * The largest OTP period the store keeps: PostgreSQL's `integer` column (2^31 − 1 seconds, 68 years).
 * The core accepts any whole number of seconds; a larger one would be refused by SQL backends only.
 */
export const MAX_STORED_PERIOD = 2_147_483_647

export interface ReadSecret {
  bytes: Uint8Array
  params: Partial<OtpParams> & { issuer?: string; account?: string }
}

/** Bytes or pasted text (base32 in any grouping, or an otpauth:// URI) → key bytes and URI parameters. */
export function readSecret(secret: Uint8Array | string): ReadSecret {
  if (typeof secret === 'string') {
    const parsed = parseSecret(secret)
    return { bytes: parsed.bytes, params: parsed.params ?? {} }
  }
  if (!(secret instanceof Uint8Array)) invalid('secret', 'bytes or base32 text')
  // Bytes are already the key: only its length is checked, against the same minimum as typed keys
  // (core's MINIMUM_SECRET_BITS), with the same error codes; no round trip through base32 text.
  if (secret.length === 0) throw new A2FError('SECRET_EMPTY', 'Empty key.', {})
  const bits = secret.length * 8
  if (bits < MINIMUM_SECRET_BITS) {
    throw new A2FError(
      'SECRET_TOO_SHORT',
      `Key too short: ${bits} bits, at least ${MINIMUM_SECRET_BITS} needed.`,
      {
        bits,
        minimumBits: MINIMUM_SECRET_BITS,
      },
    )
  }
  // A copy: the store keeps its own bytes, whatever the caller later does with theirs.
  return { bytes: secret.slice(), params: {} }
}

/** OTP parameters: defaults, then the URI's, then the caller's; checked by the core. */
export function resolveOtp(secret: Uint8Array, ...layers: (Partial<OtpParams> | undefined)[]): OtpParams {
  const merged: OtpParams = { ...DEFAULT_OTP_PARAMS }
  for (const layer of layers) {
    if (layer?.algorithm !== undefined) merged.algorithm = layer.algorithm
    if (layer?.digits !== undefined) merged.digits = layer.digits
    if (layer?.period !== undefined) merged.period = layer.period
  }
  const checked = createTotp(secret, merged) // throws OPTION_INVALID naming the parameter
  if (checked.period > MAX_STORED_PERIOD) {
    const expected = `whole seconds, 1 to ${MAX_STORED_PERIOD}`
    throw new A2FError('OPTION_INVALID', `Invalid period: expected ${expected}, got ${checked.period}.`, {
      option: 'period',
      expected,
      received: String(checked.period),
    })
  }
  return { algorithm: checked.algorithm, digits: checked.digits, period: checked.period }
}

export function checkId(id: unknown): string {
  if (typeof id !== 'string' || !ID_PATTERN.test(id))
    invalid('id', '1 to 128 letters, digits, . _ : or -, not only dots')
  return id
}

export function requiredText(field: string, value: unknown, fallback?: string): string {
  const text = typeof value === 'string' ? value.trim() : value === undefined ? '' : invalid(field, 'text')
  const chosen = text === '' ? (fallback?.trim() ?? '') : text
  if (chosen === '') invalid(field, 'required')
  return checkText(field, chosen, 'line', MAX_LINE_LENGTH)
}

/** An optional text field: undefined keeps, null or '' clears (returns undefined), text is trimmed. */
export function optionalText(field: string, value: unknown, max = MAX_LINE_LENGTH): string | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string') invalid(field, 'text')
  const text = field === 'notes' ? value : value.trim()
  if (text === '') return undefined
  return checkText(field, text, field === 'notes' ? 'lines' : 'line', max)
}

export function notes(value: unknown): string | undefined {
  return optionalText('notes', value, MAX_NOTES_LENGTH)
}

export function password(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined
  if (typeof value !== 'string') invalid('password', 'text')
  return checkText('password', value, 'sealed', MAX_PASSWORD_LENGTH)
}

/** Text the store takes from its options (the tenant, the actor): one line, not empty, at most 200. */
export function lineText(field: string, value: unknown): string {
  if (typeof value !== 'string' || value === '') invalid(field, 'non-empty text')
  return checkText(field, value, 'line', MAX_LINE_LENGTH)
}

export function personalEmail(value: unknown): string | undefined {
  const email = optionalText('personalEmail', value, MAX_EMAIL_LENGTH)
  if (email !== undefined && !validatePersonalEmail(email).ok)
    invalid('personalEmail', 'not an e-mail address')
  return email
}

export function status(value: unknown): CredentialStatus {
  if (value !== 'pending' && value !== 'validated') invalid('status', "'pending' or 'validated'")
  return value
}

export function time(field: string, value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined
  if (!Number.isSafeInteger(value) || (value as number) < 0) invalid(field, 'milliseconds since the epoch')
  return value as number
}

export function checkInput(input: CredentialInput): CredentialInput {
  if (input === null || typeof input !== 'object') invalid('input', 'an object')
  return input
}

export function checkPatch(patch: CredentialPatch): CredentialPatch {
  if (patch === null || typeof patch !== 'object') invalid('patch', 'an object')
  const known = new Set<string>(PATCH_FIELDS)
  for (const field of Object.keys(patch)) if (!known.has(field)) invalid(field, 'not a credential field')
  return patch
}

export const PATCH_FIELDS = [
  'systemId',
  'issuer',
  'account',
  'owner',
  'label',
  'otp',
  'secret',
  'password',
  'status',
  'validatedAt',
  'validatedBy',
  'personalEmail',
  'notes',
] as const
