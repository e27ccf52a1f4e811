/**
 * @a2f/court-login: a robot's login into the courts' systems (eproc, eproc behind Keycloak, PJe through
 * the national SSO, e-SAJ), driven by the court registry of @a2f/core and Playwright.
 *
 * ```ts
 * import { loginToCourt, totpCodes } from '@a2f/court-login'
 * const outcome = await loginToCourt({ page, system, credential: { login, password }, codes: totpCodes(secret) })
 * ```
 */
export { loginToCourt } from './login-to-court.js'
export type { CourtCredential, EmailCodeRequest, LoginToCourtOptions } from './options.js'
export { DEFAULT_MAX_INVALID_CODES, DEFAULT_TIMEOUT_MS } from './options.js'
export type { LoginOutcome, LoginProgress, LoginStep, WaitReason } from './outcome.js'
export { MIN_REMAINING_MS, totpCodes } from './code-source.js'
export type { CodeClaimingStore, CodeSource, CodesOption, CodeToSubmit } from './code-source.js'
export { CourtLoginError } from './errors.js'
export type { CourtLoginErrorCode } from './errors.js'
export { classifyMessage } from './messages.js'
export type { MessageKind } from './messages.js'
export { DEFAULT_SELECTORS, drivenFlow, selectorsFor } from './flow-selectors.js'
export type { DrivenFlow, FlowSelectors } from './flow-selectors.js'
