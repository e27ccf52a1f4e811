/**
 * Checks the personal e-mail address that eproc asks for while registering an authenticator. eproc
 * sends the activation link there and refuses institutional suffixes such as "jus.br" and "gov.br"
 * (seed 001, e-Proc/JMU; seed 003, TRF2) — checking first spares the lawyer a failed round trip with
 * a 30-second code running out.
 *
 * @example
 * validatePersonalEmail('ana.souza@gmail.com')            // { ok: true }
 * validatePersonalEmail('ana@tjrs.jus.br')                // { ok: false, reason: 'INSTITUTIONAL_DOMAIN', suffix: 'jus.br' }
 * validatePersonalEmail('ana@@gmail')                     // { ok: false, reason: 'MALFORMED' }
 * validatePersonalEmail(email, { refusedSuffixes: system.twoFactor.enrollment?.refusedEmailSuffixes })
 */
import { invalidOption } from '../errors.js'

/** The suffixes eproc refuses, as its enrolment screen names them. */
export const DEFAULT_REFUSED_EMAIL_SUFFIXES: readonly string[] = /* @__PURE__ */ Object.freeze([
  'jus.br',
  'gov.br',
])

export interface PersonalEmailOptions {
  /** Domain suffixes to refuse, matched by whole labels and case-insensitively. Default ['jus.br', 'gov.br']. */
  refusedSuffixes?: readonly string[] | undefined
}

export type PersonalEmailResult =
  | { ok: true }
  | {
      ok: false
      /** 'MALFORMED': not an e-mail address; 'INSTITUTIONAL_DOMAIN': the domain ends in a refused suffix. */
      reason: 'MALFORMED' | 'INSTITUTIONAL_DOMAIN'
      /** The refused suffix, in lower case, when `reason` is 'INSTITUTIONAL_DOMAIN'. */
      suffix?: string
    }

/** RFC 5321 §4.5.3.1.3: a path holds at most 256 octets, 254 once the angle brackets are removed. */
const MAX_ADDRESS_LENGTH = 254
/** RFC 5321 §4.5.3.1.1. */
const MAX_LOCAL_PART_LENGTH = 64
/** RFC 1035 §2.3.4. */
const MAX_LABEL_LENGTH = 63

/** White space and control characters have no place in an address someone typed or pasted. */
const SPACE_OR_CONTROL = /[\s\p{Cc}]/u
/** Letters (internationalised domains too), digits and inner hyphens (RFC 1035 §2.3.1, RFC 5890). */
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?$/u

const MALFORMED: PersonalEmailResult = /* @__PURE__ */ Object.freeze({ ok: false, reason: 'MALFORMED' })
const OK: PersonalEmailResult = /* @__PURE__ */ Object.freeze({ ok: true })

/** Lower-case labels of a suffix, without the leading '.' or '@' people sometimes write. */
function suffixLabels(suffix: string): string[] {
  return suffix
    .trim()
    .toLowerCase()
    .replace(/^[.@]+/, '')
    .replace(/\.$/, '')
    .split('.')
}

function checkRefusedSuffixes(value: unknown): readonly string[] {
  if (value === undefined) return DEFAULT_REFUSED_EMAIL_SUFFIXES
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value as string[]
  return invalidOption('refusedSuffixes', 'an array of domain suffixes such as "jus.br"', value)
}

/**
 * Whether `email` can serve as the personal address: one '@', a non-empty local part, a domain of at
 * least two valid labels, no spaces, at most 254 characters (after trimming; a trailing dot on the
 * domain is ignored), and a domain that does not end in a refused suffix. Suffixes match whole labels:
 * 'x@tjrs.jus.br' is refused for 'jus.br', 'x@notjus.br' is not. When several refused suffixes
 * match, the longest is reported.
 */
export function validatePersonalEmail(
  email: string,
  options: PersonalEmailOptions = {},
): PersonalEmailResult {
  const refused = checkRefusedSuffixes(options?.refusedSuffixes)
  if (typeof email !== 'string') return MALFORMED
  const address = email.trim()
  if (address.length === 0 || address.length > MAX_ADDRESS_LENGTH || SPACE_OR_CONTROL.test(address))
    return MALFORMED

  const at = address.indexOf('@')
  if (at <= 0 || at !== address.lastIndexOf('@')) return MALFORMED
  const localPart = address.slice(0, at)
  if (localPart.length > MAX_LOCAL_PART_LENGTH) return MALFORMED

  // A trailing dot is the DNS root ('gmail.com.'): same domain.
  const domain = address
    .slice(at + 1)
    .replace(/\.$/, '')
    .toLowerCase()
  const labels = domain.split('.')
  if (labels.length < 2) return MALFORMED
  if (!labels.every((label) => label.length <= MAX_LABEL_LENGTH && LABEL.test(label))) return MALFORMED
  // An all-digit top-level label means an IP address, not a mailbox provider's domain.
  if (/^\d+$/.test(labels[labels.length - 1] as string)) return MALFORMED

  let match: string | undefined
  for (const suffix of refused) {
    const wanted = suffixLabels(suffix)
    if (wanted.some((label) => label === '')) continue
    const tail = labels.slice(-wanted.length)
    if (tail.length === wanted.length && tail.every((label, i) => label === wanted[i])) {
      const text = wanted.join('.')
      if (match === undefined || text.length > match.length) match = text
    }
  }
  return match === undefined ? OK : { ok: false, reason: 'INSTITUTIONAL_DOMAIN', suffix: match }
}
