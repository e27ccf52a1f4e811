/**
 * e-SAJ's second step: the code e-mailed at this login, valid for 5 minutes and once. Wrong codes count
 * like every code of the court (5 in a row lock the user, with a warning before the last); a code
 * already used, replaced by a newer one or expired is refused without counting. "Reenviar código"
 * sends a new one. A right code sends a one-time service ticket to e-SAJ's portal.
 *
 * @example
 *   POST /sajcas/codigo codigo=123456&acao=validar → 303 /esaj/j_spring_cas_security_check?ticket=ST-…
 *   POST /sajcas/codigo acao=reenviar              → a new code in the mailbox
 */
import type { RequestContext } from '../http/context.js'
import { readForm } from '../http/request-body.js'
import { redirect, sendHtml } from '../http/respond.js'
import { message, MESSAGES, type PageMessage } from '../messages.js'
import { esajCodePage } from '../pages/esaj-code-page.js'
import { esajLoginPage } from '../pages/esaj-login-page.js'
import { maskEmail } from '../pages/mask-email.js'
import { countWrongCode, normalizeCode, wrongCodeText } from '../state/code-attempts.js'
import type { Route } from './route.js'
import { casSessionOf, ESAJ_LOGIN_PATH, ESAJ_SERVICE, sendEmailCode } from './esaj-cas-routes.js'

function pending(ctx: RequestContext) {
  const session = casSessionOf(ctx)
  const key = session.current?.data.user
  const user = key === undefined ? undefined : ctx.court.accounts.esaj.get(key)
  return key === undefined || !user || !session.current
    ? undefined
    : { session, current: session.current, key, user }
}

const NOT_COUNTED = {
  used: MESSAGES.emailCodeUsed,
  expired: MESSAGES.emailCodeExpired,
  replaced: MESSAGES.emailCodeReplaced,
} as const

async function submitCode(ctx: RequestContext): Promise<void> {
  const found = pending(ctx)
  if (!found) return redirect(ctx.res, ESAJ_LOGIN_PATH)
  const { session, current, key, user } = found
  const show = (pageMessage: PageMessage) =>
    sendHtml(ctx.res, 200, esajCodePage({ maskedEmail: maskEmail(user.email ?? ''), message: pageMessage }))
  const locked = () => {
    session.end()
    sendHtml(
      ctx.res,
      200,
      esajLoginPage({
        tab: 'cpf',
        service: ESAJ_SERVICE,
        username: user.login,
        message: message('erro', MESSAGES.locked),
      }),
    )
  }
  if (user.locked) return locked()
  const form = await readForm(ctx.req)
  if (form.get('acao') === 'reenviar')
    return show(message('sucesso', MESSAGES.emailCodeResent(sendEmailCode(ctx, user))))

  const code = normalizeCode(form.get('codigo'))
  if (code === undefined) return show(message('erro', MESSAGES.emailCodeFormat))
  const check = ctx.court.esaj.codes.check(key, code)
  if (check === 'wrong') {
    const verdict = countWrongCode(user)
    if (verdict.kind === 'locked') return locked()
    return show(message('erro', wrongCodeText(MESSAGES.invalidCodePrefix, verdict.remaining)))
  }
  if (check !== 'accepted') return show(message('erro', NOT_COUNTED[check]))

  user.wrongAttempts = 0
  const ticket = ctx.court.esaj.tickets.issue({ user: key, service: current.data.service })
  session.end() // the code step is over; e-SAJ's portal keeps its own session
  redirect(ctx.res, `${current.data.service}?ticket=${encodeURIComponent(ticket)}`)
}

export const esajCodeRoutes: Route[] = [
  {
    method: 'GET',
    path: '/sajcas/codigo',
    handle(ctx) {
      const found = pending(ctx)
      if (!found) return redirect(ctx.res, ESAJ_LOGIN_PATH)
      const page = esajCodePage({
        maskedEmail: maskEmail(found.user.email ?? ''),
        message: found.session.takeFlash(),
      })
      sendHtml(ctx.res, 200, page)
    },
  },
  { method: 'POST', path: '/sajcas/codigo', handle: submitCode },
]
