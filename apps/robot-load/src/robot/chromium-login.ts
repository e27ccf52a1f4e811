/**
 * One login in Chromium through @a2f/court-login's `loginToCourt`, as the 2 heavier robots do it: a
 * fresh browser context (a new device, no cookies), the flow from the registry entry, codes from the
 * store (`codes: { store, id }`). The store is wrapped to see which counter each submitted code had
 * (never the code) and to stop a login whose claimed window opens after the run.
 *
 * ```ts
 * const outcome = await chromiumLogin({ browser, system, login, password, claim, onSubmitted })
 * ```
 */
import { loginToCourt } from '@a2f/court-login'
import type { Browser } from 'playwright-core'
import type { HttpLoginOptions, HttpLoginOutcome } from './http-login.js'

export interface ChromiumLoginOptions extends Omit<HttpLoginOptions, 'claim'> {
  browser: Browser
  claim(): Promise<{ code: string; counter: number; validUntil: number; waitMs: number } | undefined>
}

/** Thrown by the wrapped store when the claimed window opens after the run: the robot stops there. */
class Released extends Error {}

const USED = /j[aá] foi utilizado/i

export async function chromiumLogin(
  options: ChromiumLoginOptions,
): Promise<HttpLoginOutcome & { alreadyUsed: boolean }> {
  const context = await options.browser.newContext({ locale: 'pt-BR' })
  let last: { counter: number; waitMs: number } | undefined
  let released = false
  let alreadyUsed = false
  try {
    const page = await context.newPage()
    const outcome = await loginToCourt({
      page,
      system: options.system,
      credential: { login: options.login, password: options.password },
      codes: {
        id: 'claimed-by-the-robot',
        store: {
          async claimCode() {
            const claimed = await options.claim()
            if (claimed === undefined) {
              released = true
              throw new Released('the claimed window opens after the run')
            }
            last = { counter: claimed.counter, waitMs: claimed.waitMs }
            return claimed
          },
        },
      },
      sleep: options.sleep,
      onProgress(event) {
        if (event.kind === 'code-submitted' && last !== undefined) options.onSubmitted(last.counter)
        if (event.kind === 'waiting' && event.reason === 'code-used') alreadyUsed = true
      },
    })
    const base = { ...(last ?? {}), alreadyUsed }
    if (outcome.kind === 'logged-in') return { ...base, result: 'logged-in' }
    const detail = 'message' in outcome ? `${outcome.kind}: ${outcome.message}` : outcome.kind
    if ('message' in outcome && USED.test(outcome.message))
      return { ...base, alreadyUsed: true, result: 'already-used', detail }
    return { ...base, result: 'refused', detail }
  } catch (error) {
    if (released) return { result: 'released', alreadyUsed }
    throw error
  } finally {
    await context.close().catch(() => undefined)
  }
}
