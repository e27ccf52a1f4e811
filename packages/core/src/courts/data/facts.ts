/**
 * Building blocks shared by the built-in court data: provenance entries and the eproc defaults that
 * every eproc instance repeats (TOTP parameters, the personal e-mail asked for at enrolment).
 *
 * `checkedAt` is the date a fact was last compared with its source. Facts taken from
 * research/courts.md or from public code looked up on 2026-11-21 carry that date; facts compared with
 * research/courts-2026-12.md (corrected, confirmed or new, and every `login` fact) carry 2026-12-04,
 * the day that file was written; facts that only the Oystr wiki page (seed 003, OCR'd, published
 * 2024-08) supports carry '2024-08', because that is when the page last described the courts.
 *
 * courts-2026-12.md names web sources by host (and page id) and public source files as `code N`, the
 * index number of a stored public file; the sources here cite them the same way.
 *
 * @example
 * fact('loginUrl', 'verified', 'research/courts.md: TRF4 row')
 * eprocTotpFacts('research/courts.md: TRF4 help page gives 6 digits / 30 s')
 */
import type { OtpParams } from '../../otp/params.js'
import type {
  CourtLogin,
  CourtSystem,
  Provenance,
  ProvenanceConfidence,
  TwoFactorEnrollment,
} from '../types.js'

/** The day the data was compared with research/courts.md and with the public code cited. */
export const CHECKED = '2026-11-21'

/** The day research/courts-2026-12.md was written and the data compared with it. */
export const CHECKED_2026 = '2026-12-04'

/** The Oystr wiki page of seed 003 is dated 2024-08 (its image URLs are under /gallery/2024-08/). */
export const SEED_003_DATE = '2024-08'

export function fact(
  field: string,
  confidence: ProvenanceConfidence,
  source: string,
  checkedAt: string = CHECKED,
): Provenance {
  return { field, source, checkedAt, confidence }
}

/** The research's description of eproc's second factor, cited by every eproc instance. */
export const RESEARCH_TOTP_METHOD =
  'research/courts.md: eproc 2FA is a 6-digit code from an authenticator app (QR code + 32-character key)'

/** eproc codes: 6 digits every 30 s with HMAC-SHA1 (RFC 6238 defaults). */
export function eprocTotp(): OtpParams {
  return { algorithm: 'SHA1', digits: 6, period: 30 }
}

const SHA1_INFERRED =
  'research/courts.md: SHA1 inferred — robots succeed with the RFC 6238 defaults; no court page names the algorithm'

/**
 * Provenance of the eproc TOTP parameters. `helpPage` names the court help page that states 6 digits
 * and 30 s for this court; without it, the parameters are inferred from the other eproc courts.
 */
export function eprocTotpFacts(helpPage?: string): Provenance[] {
  const digitsAndPeriod =
    helpPage === undefined
      ? (field: string) =>
          fact(
            field,
            'inferred',
            'same eproc software as TJTO, TRF6, TJRS and TRF4, whose help pages give 6 digits / 30 s (research/courts.md)',
          )
      : (field: string) => fact(field, 'verified', helpPage)
  return [
    fact('twoFactor.totp.algorithm', 'inferred', SHA1_INFERRED),
    digitsAndPeriod('twoFactor.totp.digits'),
    digitsAndPeriod('twoFactor.totp.period'),
  ]
}

/** eproc asks for a personal e-mail address and refuses institutional suffixes (seeds 001 and 003). */
export function eprocEnrollment(): TwoFactorEnrollment {
  return { personalEmailRequired: true, refusedEmailSuffixes: ['jus.br', 'gov.br'] }
}

/** Enrolment provenance for an eproc instance with no screen of its own in the sources. */
export const EPROC_ENROLLMENT_INFERRED = /* @__PURE__ */ fact(
  'twoFactor.enrollment',
  'inferred',
  'eproc enrolment screen of e-Proc/JMU (seed 001) and TRF2 (seed 003): personal e-mail required, "jus.br" and "gov.br" refused; assumed the same here',
)

/** The rule of research/courts.md for groups: degrees of one court share one authenticator until known otherwise. */
export function sameCourtGroup(court: string): Provenance {
  return fact(
    'authenticatorGroup',
    'inferred',
    `research/courts.md: groups are treated like the TRF4 one (seed 003) until known otherwise — the degrees of ${court} share one authenticator`,
  )
}

/** A fact compared with research/courts-2026-12.md. */
export function fact2026(field: string, confidence: ProvenanceConfidence, source: string): Provenance {
  return fact(field, confidence, source, CHECKED_2026)
}

/** Where a login fact comes from, when it differs from the login's main source. */
type LoginSources = Partial<Record<keyof CourtLogin, readonly [ProvenanceConfidence, string]>>

/**
 * Sets `system.login` and adds one provenance entry per field of it ('login.flow', 'login.url'…), from
 * `source` unless `per` names another for that field. Returns the system, to wrap entries in place.
 */
export function withLogin(
  system: CourtSystem,
  login: CourtLogin,
  confidence: ProvenanceConfidence,
  source: string,
  per: LoginSources = {},
): CourtSystem {
  system.login = login
  for (const key of Object.keys(login) as (keyof CourtLogin)[]) {
    const [keyConfidence, keySource] = per[key] ?? [confidence, source]
    system.provenance.push(fact2026(`login.${key}`, keyConfidence, keySource))
  }
  return system
}

/**
 * The classic eproc form (courts-2026-12.md §3.1), with the "do not ask again" box beside the code.
 * `captcha` when the court puts a challenge in the way (its selector when a source shows it).
 */
export function eprocFormLogin(url: string, captcha?: { selector?: string }): CourtLogin {
  const selectors: Record<string, string> = {
    username: '#txtUsuario',
    password: '#pwdSenha',
    submit: '#sbmEntrar',
    code: '#txtAcessoCodigo',
    codeSubmit: '#btnValidar',
  }
  if (captcha === undefined) return { flow: 'eproc-form', url, selectors, extra: ['save-device'] }
  if (captcha.selector !== undefined) selectors['captcha'] = captcha.selector
  return { flow: 'eproc-form', url, selectors, extra: ['captcha', 'save-device'] }
}

/** Source of the classic eproc form's selectors and its "Não usar o 2FA neste dispositivo" box. */
export const EPROC_FORM_SOURCE = 'courts-2026-12.md §3.1 (code 68881439461; code 54489661087)'

/** eproc behind the court's own Keycloak (courts-2026-12.md §3.2); `selectors` only those a source shows. */
export function keycloakLogin(
  url: string,
  host: string,
  selectors?: Record<string, string>,
  extra?: CourtLogin['extra'],
): CourtLogin {
  const login: CourtLogin = { flow: 'keycloak', url, host, realm: 'eproc' }
  if (selectors !== undefined) login.selectors = selectors
  if (extra !== undefined) login.extra = extra
  return login
}

/** Replaces the provenance entry of `entry.field` (or adds it): for facts a newer source corrects. */
export function setFact(system: CourtSystem, entry: Provenance): void {
  const index = system.provenance.findIndex((other) => other.field === entry.field)
  if (index === -1) system.provenance.push(entry)
  else system.provenance[index] = entry
}

/** A system first recorded from courts-2026-12.md: every fact of it was compared on that day. */
export function added(system: CourtSystem): CourtSystem {
  // Copies, not edits: entries such as EPROC_ENROLLMENT_INFERRED are shared with other systems.
  system.provenance = system.provenance.map((entry) =>
    entry.checkedAt === CHECKED ? { ...entry, checkedAt: CHECKED_2026 } : entry,
  )
  return system
}
