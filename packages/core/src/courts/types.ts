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
  /** The system whose login URL's directory contains `url` (longest wins); undefined when none or unparseable. */
  matchUrl(url: string): CourtSystem | undefined
  /** The other systems of the same authenticator group; [] for unknown ids. */
  sharedWith(id: string): CourtSystem[]
  /** A new registry with `systems` added, or replacing those with the same id; this one is unchanged. */
  extend(systems: CourtSystem[]): CourtRegistry
}
