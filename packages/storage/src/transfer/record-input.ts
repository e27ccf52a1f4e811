import type { OtpauthRecord } from '@a2f/core'
import type { Credential, CredentialInput } from '../model/credential.js'

/**
 * What importers of other apps' formats take as defaults for the credentials they create: an issuer for
 * keys that have none, an owner, a systemId… The key, its parameters and the id always come from the
 * entry itself.
 */
export type ImportDefaults = Partial<Omit<CredentialInput, 'id' | 'secret' | 'otp'>>

/** Options shared by the otpauth, Google and Aegis importers. */
export interface TransferImportOptions {
  defaults?: ImportDefaults
}

/**
 * A TOTP key read from another app → what `create` takes. The entry's names win over the defaults; an
 * empty issuer or account falls back to the default (the store requires both, and says so per entry).
 */
export function recordInput(
  record: Pick<OtpauthRecord, 'secret' | 'account' | 'issuer' | 'algorithm' | 'digits' | 'period'>,
  defaults: ImportDefaults = {},
  extra: { notes?: string } = {},
): CredentialInput {
  const input: CredentialInput = {
    ...defaults,
    issuer: nonEmpty(record.issuer) ?? defaults.issuer ?? '',
    account: nonEmpty(record.account) ?? defaults.account ?? '',
    otp: { algorithm: record.algorithm, digits: record.digits, period: record.period },
    secret: record.secret,
  }
  const notes = nonEmpty(extra.notes)
  if (notes !== undefined) input.notes = notes
  return input
}

/** A stored credential → the record the core's URI and export writers take. */
export function credentialRecord(credential: Credential): OtpauthRecord {
  return {
    type: 'totp',
    secret: credential.secret,
    issuer: credential.issuer,
    account: credential.account,
    algorithm: credential.otp.algorithm,
    digits: credential.otp.digits,
    period: credential.otp.period,
  }
}

function nonEmpty(text: string | undefined): string | undefined {
  return text === undefined || text.trim() === '' ? undefined : text
}
