/**
 * The personal e-mail asked at enrolment (seed 001): it must look like an e-mail and must not be
 * institutional — "jus.br" and "gov.br" are refused, with any subdomain and in any case.
 *
 * @example
 *   checkPersonalEmail('ana@gmail.com')            // { ok: true, email: 'ana@gmail.com' }
 *   checkPersonalEmail('ana@sub.TJRS.JUS.BR')      // { ok: false, reason: 'institutional' }
 *   checkPersonalEmail('ana@')                     // { ok: false, reason: 'malformed' }
 */

export const REFUSED_EMAIL_SUFFIXES = ['jus.br', 'gov.br'] as const

export type EmailCheck = { ok: true; email: string } | { ok: false; reason: 'malformed' | 'institutional' }

// Deliberately simple: one @, a local part and a dotted domain of letters, digits and hyphens.
const EMAIL_PATTERN = /^[^\s@<>"]+@([a-z0-9-]+\.)+[a-z0-9-]{2,}\.?$/i

export function checkPersonalEmail(input: string): EmailCheck {
  const email = input.trim()
  if (email.length > 254 || !EMAIL_PATTERN.test(email)) return { ok: false, reason: 'malformed' }
  const domain = email
    .slice(email.lastIndexOf('@') + 1)
    .toLowerCase()
    .replace(/\.$/, '')
  const institutional = REFUSED_EMAIL_SUFFIXES.some(
    (suffix) => domain === suffix || domain.endsWith(`.${suffix}`),
  )
  return institutional ? { ok: false, reason: 'institutional' } : { ok: true, email }
}
