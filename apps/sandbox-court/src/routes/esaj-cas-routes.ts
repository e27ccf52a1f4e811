/**
 * e-SAJ's CAS login (like esaj.tjsp.jus.br/sajcas/login?service=…): CPF/CNPJ and password, then a
 * 6-digit code sent by e-mail to the local mailbox (esaj-code-routes.ts). Its users are e-SAJ's own.
 * Only e-SAJ's own service may receive the ticket, whatever `service` says (no open redirect).
 *
 * @example
 *   GET  /sajcas/login?service=%2Fesaj%2Fj_spring_cas_security_check   → #usernameForm, #passwordForm
 *   POST /sajcas/login username=…&password=…&service=…                  → 303 /sajcas/codigo (code in the mailbox)
 */
import { CAS_SESSION_COOKIE, ESAJ_SESSION_COOKIE } from '../http/cookies.js'
import type { RequestContext } from '../http/context.js'
import { flowSession } from '../http/flow-session.js'
import { readForm } from '../http/request-body.js'
import { redirect, sendHtml } from '../http/respond.js'
import { message, MESSAGES } from '../messages.js'
import { esajLoginPage } from '../pages/esaj-login-page.js'
import { maskEmail } from '../pages/mask-email.js'
import { userKey, type CourtUser } from '../state/users.js'
import type { Route } from './route.js'

/** e-SAJ's portal, the one service this CAS serves. */
export const ESAJ_SERVICE = '/esaj/j_spring_cas_security_check'
export const ESAJ_LOGIN_PATH = '/sajcas/login'

export const casSessionOf = (ctx: RequestContext) => flowSession(ctx, ctx.court.esaj.cas, CAS_SESSION_COOKIE)

/** A new code for the user, "sent" to their e-mail (the mailbox); older codes stop working. */
export function sendEmailCode(ctx: RequestContext, user: CourtUser): string {
  const email = user.email ?? ''
  const { code, validUntil } = ctx.court.esaj.codes.issue(userKey(user.login))
  ctx.court.mailbox.send({
    kind: 'access-code',
    to: email,
    recipientName: user.name,
    login: user.login,
    code,
    validUntil,
  })
  return maskEmail(email)
}

async function submitLogin(ctx: RequestContext): Promise<void> {
  const form = await readForm(ctx.req)
  const username = (form.get('username') ?? '').trim()
  const again = (text: string) =>
    sendHtml(
      ctx.res,
      200,
      esajLoginPage({ tab: 'cpf', service: ESAJ_SERVICE, username, message: message('erro', text) }),
    )
  const user = ctx.court.accounts.esaj.authenticate(username, form.get('password') ?? '')
  if (!user) return again(MESSAGES.invalidCredentials)
  if (user.locked) return again(MESSAGES.locked)
  const session = casSessionOf(ctx).startFresh({ user: userKey(user.login), service: ESAJ_SERVICE })
  session.flash = message('sucesso', MESSAGES.emailCodeSent(sendEmailCode(ctx, user)))
  redirect(ctx.res, '/sajcas/codigo')
}

export const esajCasRoutes: Route[] = [
  {
    method: 'GET',
    path: ESAJ_LOGIN_PATH,
    handle(ctx) {
      const tab = ctx.url.searchParams.get('aba') === 'certificado' ? 'certificado' : 'cpf'
      sendHtml(
        ctx.res,
        200,
        esajLoginPage({ tab, service: ESAJ_SERVICE, message: casSessionOf(ctx).takeFlash() }),
      )
    },
  },
  { method: 'POST', path: ESAJ_LOGIN_PATH, handle: submitLogin },
  {
    method: 'GET',
    path: '/sajcas/logout',
    handle(ctx) {
      casSessionOf(ctx).end()
      flowSession(ctx, ctx.court.apps.esaj, ESAJ_SESSION_COOKIE).end()
      redirect(ctx.res, `${ESAJ_LOGIN_PATH}?service=${encodeURIComponent(ESAJ_SERVICE)}`)
    },
  },
]
