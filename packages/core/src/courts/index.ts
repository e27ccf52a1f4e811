/**
 * The court registry of @a2f/core: which court systems exist, how their second factor works, which
 * ones share an authenticator, which one a page belongs to — and the personal e-mail check of eproc
 * enrolment.
 *
 * @example
 * import { courtRegistry, validatePersonalEmail } from '@a2f/core'
 * const system = courtRegistry.matchUrl(location.href)
 * const others = system ? courtRegistry.sharedWith(system.id) : []
 */
export { courtRegistry } from './built-in-registry.js'
export { createCourtRegistry } from './court-registry.js'
export { DEFAULT_REFUSED_EMAIL_SUFFIXES, validatePersonalEmail } from './personal-email.js'
// The folding court search uses, for hosts and widgets that search the same way (lists, grids).
export { foldText } from './normalize-text.js'
export type { PersonalEmailOptions, PersonalEmailResult } from './personal-email.js'
export type {
  CnjCode,
  CourtDegree,
  CourtInfo,
  CourtLogin,
  CourtLoginExtra,
  CourtLoginFlow,
  CourtLoginSelectorName,
  CourtRegistry,
  CourtSearchQuery,
  CourtSystem,
  CourtSystemKind,
  CourtTwoFactor,
  Provenance,
  ProvenanceConfidence,
  TwoFactorEnrollment,
  TwoFactorMethod,
  TwoFactorStatus,
} from './types.js'
