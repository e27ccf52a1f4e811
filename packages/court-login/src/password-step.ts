/**
 * The first steps of every flow: open the login page, follow PJe's "Entrar com PDPJ" to the national
 * SSO when the page has it, then the user and password. Every element of a page is checked before
 * anything is typed on it, so a court that changed its page gets `court-changed` and not a password
 * in the wrong field.
 *
 * ```ts
 * const stop = await passwordStep(context) // undefined: the password was submitted
 * ```
 */
import { throwIfAborted } from './abort.js'
import { firstMissing, has, openPage, submitAndWait, typeInto } from './court-page.js'
import { courtChanged, type LoginContext } from './login-context.js'
import type { LoginOutcome } from './outcome.js'

export async function passwordStep(context: LoginContext): Promise<LoginOutcome | undefined> {
  const { page, selectors, timeoutMs } = context
  context.progress({ kind: 'opening', url: context.url })
  await openPage(page, context.url, timeoutMs)
  throwIfAborted(context.signal)

  if (context.flow === 'pje-sso' && !(await has(page, selectors.username))) {
    // The court's own login.seam: one button to the SSO. (`url` may be the SSO itself: no button.)
    if (await has(page, selectors.captcha)) return { kind: 'needs-captcha', step: 'sso' }
    const sso = selectors.sso ?? '#btnSsoPdpj'
    if (!(await has(page, sso))) return courtChanged(context, 'sso', sso)
    await submitAndWait(page, sso, 'the SSO button', timeoutMs)
    context.progress({ kind: 'sso-followed' })
    throwIfAborted(context.signal)
  }

  if (await has(page, selectors.captcha)) return { kind: 'needs-captcha', step: 'password' }
  const missing = await firstMissing(page, [selectors.username, selectors.password, selectors.submit])
  if (missing !== undefined) return courtChanged(context, 'password', missing)

  await typeInto(page, selectors.username, context.credential.login, 'the user field', timeoutMs)
  await typeInto(page, selectors.password, context.credential.password, 'the password field', timeoutMs)
  throwIfAborted(context.signal)
  await submitAndWait(page, selectors.submit, 'the password form', timeoutMs)
  context.progress({ kind: 'password-submitted' })
  return undefined
}
