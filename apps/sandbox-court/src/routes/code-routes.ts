/**
 * The code step of a login with 2FA active. Codes are checked with otpauth (one time step either side),
 * are single-use (a code of a time step already accepted is refused without counting as an attempt),
 * and the 5th consecutive wrong code locks the user for good.
 *
 * @example
 *   POST /eproc/2fa/codigo  txtAcessoCodigo=123456&chkNaoUsar2FA=1  → 303 /eproc/painel (+ device cookie)
 */
import { DEVICE_COOKIE, readCookie, setCookie } from '../http/cookies.js'
import type { RequestContext } from '../http/context.js'
import { readForm } from '../http/request-body.js'
import { redirect, sendHtml } from '../http/respond.js'
import { message, MESSAGES } from '../messages.js'
import { codePage } from '../pages/code-page.js'
import { loginPage } from '../pages/login-page.js'
import { DEVICE_COOKIE_MAX_AGE_SECONDS } from '../state/devices.js'
import { judgeTotpCode, wrongCodeText } from '../state/code-attempts.js'
import type { Route } from './route.js'

function pendingUser(ctx: RequestContext) {
  const key = ctx.session?.pendingLogin
  const user = key === undefined ? undefined : ctx.court.users.get(key)
  return key === undefined || !user ? undefined : { key, user }
}

async function submitCode(ctx: RequestContext): Promise<void> {
  const pending = pendingUser(ctx)
  if (!pending || !ctx.session) return redirect(ctx.res, '/eproc/')
  const { key, user } = pending
  const showLocked = () => {
    delete ctx.session?.pendingLogin
    sendHtml(ctx.res, 200, loginPage({ login: user.login, message: message('erro', MESSAGES.locked) }))
  }
  if (user.locked) return showLocked()
  const form = await readForm(ctx.req)
  const code = form.get('txtAcessoCodigo')
  const again = (text: string) =>
    sendHtml(ctx.res, 200, codePage({ login: user.login, message: message('erro', text) }))

  if (!user.activeSecret) {
    ctx.startFreshSession().loggedIn = key // 2FA was switched off meanwhile (user replaced): nothing to check
    return redirect(ctx.res, '/eproc/painel')
  }
  const verdict = judgeTotpCode(user, code, ctx.court.now())
  if (verdict.kind === 'format') return again(MESSAGES.accessCodeFormat)
  if (verdict.kind === 'locked') return showLocked()
  if (verdict.kind === 'wrong') return again(wrongCodeText(MESSAGES.invalidCodePrefix, verdict.remaining))
  if (verdict.kind === 'reused') return again(MESSAGES.codeAlreadyUsed)

  ctx.startFreshSession().loggedIn = key
  if (form.get('chkNaoUsar2FA') !== null) {
    const token = ctx.court.devices.release(readCookie(ctx.req, DEVICE_COOKIE), key)
    setCookie(ctx.res, DEVICE_COOKIE, token, { maxAgeSeconds: DEVICE_COOKIE_MAX_AGE_SECONDS })
  }
  redirect(ctx.res, '/eproc/painel')
}

export const codeRoutes: Route[] = [
  {
    method: 'GET',
    path: '/eproc/2fa/codigo',
    handle(ctx) {
      const pending = pendingUser(ctx)
      if (!pending) return redirect(ctx.res, '/eproc/')
      sendHtml(ctx.res, 200, codePage({ login: pending.user.login, message: ctx.takeFlash() }))
    },
  },
  { method: 'POST', path: '/eproc/2fa/codigo', handle: submitCode },
]
