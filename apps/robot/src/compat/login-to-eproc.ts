/**
 * `loginToEproc`, the robot's library function since issue 5 (injectable page and clock), kept as a
 * thin wrapper over @a2f/court-login's `loginToCourt` with the classic eproc form at `url`. New code
 * calls `loginToCourt` with a registry system instead: it knows every flow (Keycloak, PJe, e-SAJ) and
 * claims codes from a store so two robots never submit the same one.
 *
 * Differences from the issue-5 function, all in the outcome's favour: `wrong-password` carries the
 * court's message, `logged-in` may lack `name` when the court shows none, and a page that is not an
 * eproc login is the outcome `court-changed` (with the missing selector) instead of a thrown error.
 *
 * ```ts
 * const outcome = await loginToEproc({ page, url, login: 'RS012345', password, codeFor, sleep: clock.sleep })
 * if (outcome.kind === 'logged-in') console.log(outcome.name) // 'Dra. Conceição Araújo'
 * ```
 */
import { loginToCourt, type CodeSource, type LoginOutcome, type LoginProgress } from '@a2f/court-login'
import type { Page } from 'playwright-core'

export interface LoginToEprocOptions {
  page: Page
  /** The court's login page (`…/eproc/`). */
  url: string
  /** The court login (user name, CPF or OAB number). */
  login: string
  password: string
  /** The codes to submit: `submissionCodes(secret, otp, now)`, or any `CodeSource`. */
  codeFor: CodeSource
  /** Waits for a code's window; inject one that moves a test clock. Default: real time. */
  sleep?: (ms: number) => Promise<void>
  /** Wrong codes this run may submit before giving up; default 4. A lockout warning stops it sooner. */
  maxInvalidCodes?: number
  /** For each page load and field; default 30 s. */
  timeoutMs?: number
  onProgress?: (event: LoginProgress) => void
}

export function loginToEproc(options: LoginToEprocOptions): Promise<LoginOutcome> {
  const { page, url, login, password, codeFor, ...rest } = options
  return loginToCourt({
    page,
    system: { id: 'eproc', login: { flow: 'eproc-form', url } },
    credential: { login, password },
    codes: codeFor,
    ...rest,
  })
}
