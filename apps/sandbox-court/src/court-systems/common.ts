/**
 * What every sandbox entry shares: the court, where its facts come from (this package: they are
 * verified by its tests, not by a court) and how an address given by the host becomes this court's origin.
 *
 * @example
 *   sandboxOrigin('http://127.0.0.1:5199/eproc/')   // 'http://127.0.0.1:5199'
 *   sandboxFacts(['loginUrl', 'login.flow'])         // provenance entries
 */
import type { SandboxCourtSystem } from './shape.js'

/** The court started with the defaults (`node dist/cli.js`, port 5180). */
export const DEFAULT_ORIGIN = 'http://127.0.0.1:5180'

/** When these facts were last compared with the court's code (they change only with it). */
const CHECKED_AT = '2026-12-04'
const SOURCE = 'apps/sandbox-court'

export const SANDBOX_COURT = { acronym: 'SANDBOX', name: 'Tribunal Sandbox (local)' }

export const SANDBOX_TOTP = { algorithm: 'SHA1' as const, digits: 6, period: 30 }

/** Any address of the court (its origin, or a page such as the classic login URL) → its origin. */
export const sandboxOrigin = (base: string): string => new URL(base).origin

export const sandboxFacts = (fields: string[]): SandboxCourtSystem['provenance'] =>
  fields.map((field) => ({ field, source: SOURCE, checkedAt: CHECKED_AT, confidence: 'verified' as const }))

/** The provenance fields of a `login` description. */
export const LOGIN_FACTS = ['login.flow', 'login.url', 'login.selectors', 'login.extra']
