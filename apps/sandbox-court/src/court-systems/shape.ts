/**
 * The shape of the sandbox's registry entries: @a2f/core's `CourtSystem` (with its 2026-12 `login`
 * description), written out here because the court imports nothing from @a2f/* — it stays an
 * independent implementation. Every entry is assignable to `CourtSystem`; the demo's and the robot's
 * type checks prove it where they pass entries to `courtRegistry.extend`.
 *
 * @example
 *   const entry: SandboxCourtSystem = sandboxPjeSystem()
 */

/** Steps a login adds to its flow's usual ones (core's `CourtLoginExtra`). */
export type SandboxLoginExtra = 'captcha' | 'profile-choice' | 'save-device' | 'certificate-option'

/** How a robot logs in (core's `CourtLogin`). */
export interface SandboxLogin {
  flow: 'eproc-form' | 'keycloak' | 'pje-sso' | 'esaj'
  /** Where a robot starts. */
  url: string
  /** The Keycloak realm, for 'keycloak' and 'pje-sso' (on the same host as `url`, so no `host`). */
  realm?: string
  /**
   * CSS selectors by step: core's names ('username', 'password', 'submit', 'code', 'codeSubmit',
   * 'saveDevice', 'certificate', 'sso') plus the sandbox's own: 'form', 'message' (where the court
   * says what went wrong), 'profile' (a "Seleção de perfil" button), 'enrolQr', 'enrolShowKey',
   * 'enrolKey', 'enrolCode', 'enrolSubmit' (the first-login enrolment of the Keycloak realms) and
   * 'resendCode' (e-SAJ).
   */
  selectors: Record<string, string>
  extra: SandboxLoginExtra[]
}

export interface SandboxCourtSystem {
  id: string
  court: { acronym: string; name: string }
  system: 'eproc' | 'pje' | 'esaj'
  degree: '1g'
  loginUrl: string
  authenticatorGroup: string
  twoFactor: {
    status: 'mandatory'
    method: 'totp' | 'email-code'
    totp?: { algorithm: 'SHA1'; digits: number; period: number }
    enrollment?: { personalEmailRequired?: boolean; refusedEmailSuffixes?: string[] }
    note?: string
  }
  login: SandboxLogin
  provenance: { field: string; source: string; checkedAt: string; confidence: 'verified' }[]
}
