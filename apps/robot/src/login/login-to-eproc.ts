/**
 * Logs into an eproc court unattended: user and password, then a two-factor code it can still submit.
 *
 * - Codes come from `codeFor` (see submission-codes.ts): never one with under 5 s left, never one the
 *   court has already seen. When the court answers "O código informado já foi utilizado", the robot
 *   waits for the next window and tries once more; a second "já foi utilizado" ends the run.
 * - A refused code ("Código inválido. Restam N tentativas.") is retried with a later window's code, at
 *   most `maxInvalidCodes` times in all (default 4, one less than eproc's lockout at 5).
 * - Any message mentioning "bloque…" — the warning that one more wrong code locks the user, or the lock
 *   itself — stops the robot at once: no further attempt, whatever the count.
 *
 * The password and the codes are typed and forgotten: they are never part of an outcome, a progress
 * event or an error.
 *
 * ```ts
 * const outcome = await loginToEproc({ page, url, login: 'RS012345', password, codeFor, sleep: clock.sleep })
 * if (outcome.kind === 'logged-in') console.log(outcome.name) // 'Dra. Conceição Araújo'
 * ```
 */
import type { Page } from 'playwright-core'
import { classifyMessage } from './eproc-messages.js'
import {
  openLoginPage,
  panelUserName,
  readEprocPage,
  SELECTORS,
  submitAndWait,
  typeInto,
} from './eproc-page.js'
import type { LoginOutcome, LoginProgress } from './login-outcome.js'
import type { CodeSource } from './submission-codes.js'

export interface LoginToEprocOptions {
  page: Page
  /** The court's login page (`…/eproc/`). */
  url: string
  /** The court login (user name, CPF or OAB number). */
  login: string
  password: string
  codeFor: CodeSource
  /** Waits for a code's window; inject one that moves a test clock. Default: real time. */
  sleep?: (ms: number) => Promise<void>
  /** Wrong codes this run may submit before giving up; default 4. A lockout warning stops it sooner. */
  maxInvalidCodes?: number
  /** For each page load and field; default 30 s. */
  timeoutMs?: number
  onProgress?: (event: LoginProgress) => void
}

export const DEFAULT_MAX_INVALID_CODES = 4

export async function loginToEproc(options: LoginToEprocOptions): Promise<LoginOutcome> {
  const { page, url, codeFor } = options
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  const maxInvalidCodes = options.maxInvalidCodes ?? DEFAULT_MAX_INVALID_CODES
  const timeoutMs = options.timeoutMs ?? 30_000
  const progress = options.onProgress ?? (() => undefined)

  progress({ kind: 'opening', url })
  await openLoginPage(page, url, timeoutMs)
  await typeInto(page, SELECTORS.user, options.login, 'o usuário', timeoutMs)
  await typeInto(page, SELECTORS.password, options.password, 'a senha', timeoutMs)
  await submitAndWait(page, SELECTORS.enter, 'ao botão Entrar', timeoutMs)
  progress({ kind: 'password-submitted' })

  let lastCounter: number | undefined
  let attempts = 0
  let invalidCodes = 0
  let waitedAfterReuse = false
  // Each turn reads the page the last action loaded; every path either submits a code or returns, and
  // submissions are bounded (maxInvalidCodes refused, one reused), so the loop ends.
  for (;;) {
    const state = await readEprocPage(page)
    const kind = classifyMessage(state.message)
    if (kind === 'lockout') return { kind: 'locked-out', message: state.message }
    if (state.panel) return { kind: 'logged-in', name: (await panelUserName(page)) ?? '' }
    if (kind === 'wrong-password') return { kind: 'wrong-password' }
    if (!state.codeField)
      return { kind: 'refused', message: state.message || 'Página inesperada do tribunal.' }

    let reason: 'window-ending' | 'code-used' | 'code-refused' = 'window-ending'
    if (attempts > 0) {
      if (kind === 'code-used' && !waitedAfterReuse) {
        waitedAfterReuse = true
        reason = 'code-used'
      } else if (kind === 'code-invalid' && ++invalidCodes < maxInvalidCodes) {
        reason = 'code-refused'
      } else {
        // A second "já foi utilizado", too many refused codes, or a message we do not know after a code.
        return { kind: 'refused', message: state.message || 'O tribunal não aceitou o código.' }
      }
    }

    const next = codeFor(lastCounter)
    if (next.waitMs > 0) {
      progress({ kind: 'waiting', ms: next.waitMs, reason })
      await sleep(next.waitMs)
    }
    await typeInto(page, SELECTORS.code, next.code, 'o código de acesso', timeoutMs)
    lastCounter = next.counter
    attempts += 1
    await submitAndWait(page, SELECTORS.validate, 'ao botão Validar', timeoutMs)
    progress({ kind: 'code-submitted', attempt: attempts })
  }
}
