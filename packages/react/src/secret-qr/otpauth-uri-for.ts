/**
 * What a paper backup of a key shows, computed from the key: the `otpauth://` URI the QR code carries
 * (Google's Key Uri Format, as courts' own QR codes), the key in groups of four, and its parameters.
 * Pure functions, so the widget computes them during render from a prop or a ref and nothing about the
 * key lands in React state.
 *
 * @example
 * otpauthUriFor({ secret: 'MMZD IMRU GZRG CNRQ GA2G MMRW MVQW IZBW', issuer: 'TRF4', account: 'RS054321' })
 * // 'otpauth://totp/TRF4:RS054321?secret=MMZDIMRUGZRGCNRQGA2GMMRWMVQWIZBW&issuer=TRF4&algorithm=SHA1&digits=6&period=30'
 */
import {
  buildOtpauthUri,
  DEFAULT_OTP_PARAMS,
  encodeBase32,
  formatSecret,
  parseSecret,
  type OtpParams,
} from '@a2f/core'

export interface KeyBackupInput {
  /** Raw bytes, or a key as text (base32 in any grouping, or an otpauth:// URI whose parameters come along). */
  secret: Uint8Array | string
  issuer: string
  account: string
  /** Overrides the parameters the key carries (defaults SHA1, 6 digits, 30 s). */
  otp?: Partial<OtpParams> | undefined
}

export interface KeyBackup {
  uri: string
  /** The key in groups of four: 'MMZD IMRU GZRG CNRQ …'. */
  grouped: string
  params: OtpParams
}

/** Throws the `A2FError` of @a2f/core when the key cannot be read or is shorter than 80 bits. */
export function describeKeyBackup(input: KeyBackupInput): KeyBackup {
  const parsed = typeof input.secret === 'string' ? parseSecret(input.secret) : undefined
  const bytes = parsed?.bytes ?? (input.secret as Uint8Array)
  // The defaults, then what a pasted URI carries, then the overrides.
  const params: OtpParams = {
    ...DEFAULT_OTP_PARAMS,
    ...givenParams(parsed?.params),
    ...givenParams(input.otp),
  }
  const uri = buildOtpauthUri({
    type: 'totp',
    secret: bytes,
    issuer: input.issuer,
    account: input.account,
    ...params,
  })
  return { uri, grouped: formatSecret(encodeBase32(bytes)), params }
}

/** The `otpauth://totp/…` URI of a key, as its QR code carries it. */
export function otpauthUriFor(input: KeyBackupInput): string {
  return describeKeyBackup(input).uri
}

/** The key parameters set in `otp` (a URI's params also name the issuer and account: left out). */
function givenParams(otp: Partial<OtpParams> | undefined): Partial<OtpParams> {
  return Object.fromEntries(
    (['algorithm', 'digits', 'period'] as const).flatMap((name) =>
      otp?.[name] === undefined ? [] : [[name, otp[name]]],
    ),
  )
}
