/**
 * The shape of the court registry: one `CourtSystem` per system instance (court + system + degree),
 * because a court is not one system — TJRJ runs PJe, eproc and DCP at once, and TJSP moves from e-SAJ
 * to eproc by competence. Every fact carries a `provenance` entry saying where it comes from, when it
 * was last compared with that source and how sure we are, because 2FA rules change within months.
 *
 * The built-in data is frozen at run time; the types stay mutable so that host applications can build
 * their own systems (a local sandbox court, a court we do not know yet) and pass them to `extend`.
 *
 * @example
 * const sandbox: CourtSystem = {
 *   id: 'sandbox-eproc',
 *   court: { acronym: 'SANDBOX', name: 'Tribunal de Testes' },
 *   system: 'eproc',
 *   degree: '1g',
 *   loginUrl: 'http://localhost:5174/eproc/',
 *   authenticatorGroup: 'sandbox-eproc',
 *   twoFactor: { status: 'mandatory', method: 'totp', totp: { algorithm: 'SHA1', digits: 6, period: 30 } },
 *   provenance: [{ field: 'loginUrl', source: 'apps/sandbox-court', checkedAt: '2026-11-21', confidence: 'verified' }],
 * }
 * const registry = courtRegistry.extend([sandbox])
 */
import type { OtpParams } from '../otp/params.js'

/** Whether a system asks for a second factor. 'unknown' when no source confirms it. */
export type TwoFactorStatus = 'mandatory' | 'optional' | 'unavailable' | 'unknown'

/**
 * How the second factor is given. Only 'totp' can live in an authenticator (and so in a2f):
 * 'email-code' arrives by e-mail at every login; 'govbr' is a gov.br account used instead of a code.
 */
export type TwoFactorMethod = 'totp' | 'email-code' | 'govbr'

/** The software the court runs. */
export type CourtSystemKind = 'eproc' | 'pje' | 'esaj' | 'projudi' | 'other'

/** 1st degree, 2nd degree, a national or appeals panel ('turma'), or one login for all degrees ('unico'). */
export type CourtDegree = '1g' | '2g' | 'turma' | 'unico'

/**
 * How sure a fact is (research/courts.md):
 * - 'verified': a court page, court news, bar-association news or a vendor help page states it;
 * - 'code-only': seen only in public automation code (robots, scrapers) or registries in code;
 * - 'seed-only': only in the OCR'd Oystr wiki page of 2024-08 (seed 003);
 * - 'inferred': deduced from the pattern of other instances; no source states it.
 */
export type ProvenanceConfidence = 'verified' | 'code-only' | 'seed-only' | 'inferred'

/** Where one fact of a `CourtSystem` comes from. */
export interface Provenance {
  /** Dotted path of the fact in the `CourtSystem`: 'loginUrl', 'twoFactor.status', 'twoFactor.totp.digits'… */
  field: string
  /** The concrete source: a document, a page, or a repository and path. */
  source: string
  /** When the fact was last compared with its source: 'YYYY-MM-DD' or 'YYYY-MM'. */
  checkedAt: string
  confidence: ProvenanceConfidence
}

/** The CNJ "J.TR" code of the court (Resolution CNJ 65/2008): the segment J and the tribunal TR. */
export interface CnjCode {
  /** 4 federal, 5 labour, 6 electoral, 7 military of the Union, 8 state, 9 state military. */
  segment: number
  /** Two digits, as in process numbers: '21' for TJRS in 8.21. */
  tribunal: string
}

export interface CourtInfo {
  /** 'TJRS', 'TRF4', 'JFPR'. */
  acronym: string
  /** Full Portuguese name with accents: 'Tribunal de Justiça do Estado do Rio Grande do Sul'. */
  name: string
  /** Two-letter state code when the court is a state's (or a federal section of one state). */
  uf?: string
  cnj?: CnjCode
}

/** What the court asks for while registering an authenticator. */
export interface TwoFactorEnrollment {
  /** eproc asks for a personal e-mail address and sends an activation link to it. */
  personalEmailRequired?: boolean
  /** Domain suffixes the court refuses for that address ('jus.br', 'gov.br'); see `validatePersonalEmail`. */
  refusedEmailSuffixes?: string[]
  /** Page where the authenticator is registered, when it is not reached from the login page. */
  url?: string
}

export interface CourtTwoFactor {
  status: TwoFactorStatus
  method: TwoFactorMethod
  /** Since when the status holds: 'YYYY-MM-DD' (or 'YYYY-MM' / 'YYYY' when only that is known). */
  since?: string
  /** Code parameters when `method` is 'totp'. */
  totp?: OtpParams
  /** Other ways the court accepts instead of `method` (PJe: a gov.br account). */
  alternatives?: TwoFactorMethod[]
  enrollment?: TwoFactorEnrollment
  /** Facts worth telling the user that do not fit a field (phase-in calendars, exceptions). */
  note?: string
}

/**
 * How a robot logs into a system, as far as sources show it. The flow names the page sequence; the
 * driver for a flow (@a2f/court-login) knows its usual steps and selectors, while `selectors` lists
 * only what sources show for this system, so a missing selector stays unknown rather than guessed:
 * - 'eproc-form': the classic eproc form (`#txtUsuario`, `#pwdSenha`, `#sbmEntrar`, then
 *   `#txtAcessoCodigo`, `#btnValidar`);
 * - 'keycloak': eproc behind the court's own Keycloak (`#username`, `#password`, `#kc-login`, then
 *   `#otp`, `#kc-login`);
 * - 'pje-sso': the court's PJe `login.seam` → `#btnSsoPdpj` → the national Keycloak at
 *   sso.cloud.pje.jus.br → `#otp` (`url` may also be the SSO itself, where there is no button);
 * - 'esaj': e-SAJ's `/sajcas/login` (`#usernameForm`, `#passwordForm`), then a code sent by e-mail;
 * - 'email-code': another form whose second factor is a code sent by e-mail (STF).
 * Any other string is a host application's own flow; `createCourtRegistry` refuses it unless it is
 * prefixed 'x-' (so a typo such as 'keycloack' is caught).
 */
export type CourtLoginFlow = 'eproc-form' | 'keycloak' | 'pje-sso' | 'esaj' | 'email-code' | (string & {})

/**
 * What a login may add to the flow's usual steps:
 * - 'captcha': a challenge (InfraCaptcha, Cloudflare) a robot cannot pass — it must stop and ask;
 * - 'profile-choice': a "Seleção de perfil" screen after the code (TJRS);
 * - 'save-device': a "remember this device" box beside the code (`#saveDevice`, eproc's "Não usar o 2FA
 *   neste dispositivo e navegador");
 * - 'certificate-option': a digital-certificate button beside the password (`#kc-login-certificate`,
 *   `#linkAbaCertificado`) — a robot with a password ignores it.
 */
export type CourtLoginExtra = 'captcha' | 'profile-choice' | 'save-device' | 'certificate-option'

/**
 * Names of `CourtLogin.selectors` the built-in data uses (host data may add others):
 * 'username', 'password', 'submit' (the password form's button), 'code', 'codeSubmit', 'saveDevice',
 * 'certificate' (the certificate button or tab), 'sso' (PJe's button to the national SSO), 'captcha'.
 */
export type CourtLoginSelectorName =
  | 'username'
  | 'password'
  | 'submit'
  | 'code'
  | 'codeSubmit'
  | 'saveDevice'
  | 'certificate'
  | 'sso'
  | 'captcha'

/**
 * How a robot logs in (added 2026-12). Each field has its own provenance ('login.flow',
 * 'login.selectors'…): 'inferred' when only the court's other systems or the software suggest it.
 *
 * @example
 * courtRegistry.get('trf4-eproc')?.login
 * // { flow: 'keycloak', url: 'https://eproc.trf4.jus.br/eproc2trf4/', host: 'eproc-sso.trf4.jus.br',
 * //   realm: 'eproc', selectors: { submit: '#kc-login', certificate: '#kc-login-certificate' },
 * //   extra: ['certificate-option'] }
 */
export interface CourtLogin {
  flow: CourtLoginFlow
  /** Where a robot starts: absolute https (http on localhost). Usually the system's `loginUrl`. */
  url: string
  /** Host of the page that asks for the password (the Keycloak host), when it is not `url`'s. */
  host?: string
  /** Keycloak realm ('eproc' at TJRS, 'pje' at the national SSO). */
  realm?: string
  /** CSS selectors by step name (see `CourtLoginSelectorName`); only those a source shows. */
  selectors?: Record<string, string>
  /** Steps beyond the flow's usual ones, when a source shows them. */
  extra?: CourtLoginExtra[]
}

export interface CourtSystem {
  /** Stable id: court, system and degree, e.g. 'tjrs-eproc-1g'. */
  id: string
  court: CourtInfo
  system: CourtSystemKind
  degree: CourtDegree
  /**
   * Absolute https URL of the login page (http only on localhost, for sandbox courts). Every page
   * under its directory belongs to the system (`matchUrl`).
   */
  loginUrl: string
  /**
   * Systems with the same group accept the same authenticator: one key registered once serves all
   * of them (TRF4 and the federal sections of RS, SC and PR). Host applications may override it.
   */
  authenticatorGroup: string
  twoFactor: CourtTwoFactor
  /**
   * How a robot logs in. Unknown stays unknown: the built-in data gives it where a source shows the
   * login (or that of the same installation: a court's other degree, the same region) and omits it
   * where none does or the sources contradict the obvious guess (TNU, whose host now redirects to an
   * unknown SSO; TJRJ, reported behind the Jus.br SSO; the new eproc courts; electoral PJe; Projudi).
   */
  login?: CourtLogin
  /** At least one entry; the built-in data has one per fact. */
  provenance: Provenance[]
}

/** Structured search: every field given must match. */
export interface CourtSearchQuery {
  /** Free text, accent- and case-insensitive; every word must prefix a word of the system. */
  text?: string
  /** Court acronym or full name: 'TRF4', 'tjrs', 'Justiça Federal do Paraná'. */
  court?: string
  /** State code or name: 'PR', 'Paraná'. */
  uf?: string
  /** System kind: 'eproc', 'PJe', 'e-SAJ', 'projudi'. */
  system?: string
  twoFactor?: TwoFactorStatus
}

export interface CourtRegistry {
  /** Every system, in registry order (frozen). */
  all(): readonly CourtSystem[]
  get(id: string): CourtSystem | undefined
  /**
   * Systems matching the query, best first: acronym matches, then name matches, then the rest; ties
   * keep registry order. An empty query returns all systems.
   */
  search(query: string | CourtSearchQuery): CourtSystem[]
  /**
   * The system a page belongs to; undefined when none or unparseable. First the system whose login
   * URL's directory contains `url` (longest wins); then one whose Keycloak realm serves the page
   * (`login.host`, or `login.url`'s host, + `login.realm`) — of several, the one its `redirect_uri`
   * returns to; then a court's own PJe host (pje.trt4.jus.br, pje1g.trf1.jus.br…) as 'pje-pdpj', or
   * an electoral one (pje.tre-rs.jus.br) as 'pje-eleitoral', when the registry has that id.
   */
  matchUrl(url: string): CourtSystem | undefined
  /** The other systems of the same authenticator group; [] for unknown ids. */
  sharedWith(id: string): CourtSystem[]
  /** A new registry with `systems` added, or replacing those with the same id; this one is unchanged. */
  extend(systems: CourtSystem[]): CourtRegistry
}
