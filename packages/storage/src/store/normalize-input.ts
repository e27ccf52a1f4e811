import {
  DEFAULT_OTP_PARAMS,
  createTotp,
  encodeBase32,
  parseSecret,
  validatePersonalEmail,
  type OtpParams,
} from '@a2f/core'
import { storageError } from '../errors.js'
import type { CredentialInput, CredentialPatch, CredentialStatus } from '../model/credential.js'

/**
 * Checks what callers give `create` and `update` before anything is sealed or stored. Key problems are
 * the core's `A2FError`s (SECRET_INVALID_CHARACTER with the index, …) so that one translation table
 * serves the key field everywhere; everything else is `INVALID_INPUT` naming the field.
 */

/**
 * Ids appear in URL paths of the HTTP handler and in sealed values' associated data: plain characters
 * only, and never only dots ('.' and '..' are path segments that URLs resolve away).
 */
export const ID_PATTERN = /^(?!\.+$)[A-Za-z0-9._:-]{1,128}$/

const MAX_TEXT = 200
const MAX_NOTES = 10_000
const MAX_PASSWORD = 1_000

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
  // The same checks as typed keys (at least 80 bits), through the same code.
  return { bytes: parseSecret(encodeBase32(secret)).bytes, params: {} }
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
  if (chosen.length > MAX_TEXT) invalid(field, `at most ${MAX_TEXT} characters`)
  return chosen
}

/** An optional text field: undefined keeps, null or '' clears (returns undefined), text is trimmed. */
export function optionalText(field: string, value: unknown, max = MAX_TEXT): string | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string') invalid(field, 'text')
  const text = field === 'notes' ? value : value.trim()
  if (text.length > max) invalid(field, `at most ${max} characters`)
  return text === '' ? undefined : text
}

export function notes(value: unknown): string | undefined {
  return optionalText('notes', value, MAX_NOTES)
}

export function password(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined
  if (typeof value !== 'string') invalid('password', 'text')
  if (value.length > MAX_PASSWORD) invalid('password', `at most ${MAX_PASSWORD} characters`)
  return value
}

export function personalEmail(value: unknown): string | undefined {
  const email = optionalText('personalEmail', value, 254)
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

function invalid(field: string, reason: string): never {
  throw storageError('INVALID_INPUT', { field, reason })
}
