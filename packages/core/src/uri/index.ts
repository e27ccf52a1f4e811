/**
 * `otpauth://` key URIs (Google's Key Uri Format): `parseOtpauthUri`, `readOtpauthUri` (with warnings)
 * and `buildOtpauthUri`.
 *
 * @example
 * import { parseOtpauthUri, buildOtpauthUri } from './uri/index.js'
 * const record = parseOtpauthUri('otpauth://totp/ACME:alice?secret=JBSWY3DPEHPK3PXP&issuer=ACME')
 * buildOtpauthUri(record)
 */
export { buildOtpauthUri, parseOtpauthUri, readOtpauthUri } from './otpauth-uri.js'
export type { OtpauthRecord, OtpauthUriReading, OtpauthUriWarning } from './otpauth-uri.js'
