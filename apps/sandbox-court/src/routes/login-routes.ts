/**
 * The login form: "Entrar" (to the code page, or straight to the panel when 2FA is not active or the
 * device was released) and "Autenticação em dois fatores" (to the enrolment). Also "Sair" and the links
 * the sandbox does not implement.
 *
 * @example
 *   POST /eproc/  txtUsuario=RS012345&pwdSenha=…&acao=entrar  → 303 /eproc/2fa/codigo
 */
import { DEVICE_COOKIE, readCookie } from '../http/cookies.js'
import type { RequestContext } from '../http/context.js'
import { readForm } from '../http/request-body.js'
import { redirect, sendHtml } from '../http/respond.js'
import { message, MESSAGES } from '../messages.js'
import { loginPage } from '../pages/login-page.js'
import { noticePage } from '../pages/notice-page.js'
import { userKey } from '../state/users.js'
import type { Route } from './route.js'

async function submitLogin(ctx: RequestContext): Promise<void> {
  const form = await readForm(ctx.req)
  const login = (form.get('txtUsuario') ?? '').trim()
  const user = ctx.court.users.authenticate(login, form.get('pwdSenha') ?? '')
  if (!user) {
    sendHtml(ctx.res, 200, loginPage({ login, message: message('erro', MESSAGES.invalidCredentials) }))
    return
  }
  if (user.locked) {
    sendHtml(ctx.res, 200, loginPage({ login, message: message('erro', MESSAGES.locked) }))
    return
  }
  const key = userKey(user.login)
  const session = ctx.startFreshSession()
  if (form.get('acao') === '2fa') {
    session.enrolment = { user: key }
    redirect(ctx.res, '/eproc/2fa/cadastro')
    return
  }
  if (!user.activeSecret || ctx.court.devices.isReleased(readCookie(ctx.req, DEVICE_COOKIE), key)) {
    session.loggedIn = key
    redirect(ctx.res, '/eproc/painel')
    return
  }
  session.pendingLogin = key
  redirect(ctx.res, '/eproc/2fa/codigo')
}

export const loginRoutes: Route[] = [
  { method: 'GET', path: '/', handle: (ctx) => redirect(ctx.res, '/eproc/') },
  { method: 'GET', path: '/eproc', handle: (ctx) => redirect(ctx.res, '/eproc/') },
  {
    method: 'GET',
    path: '/eproc/',
    handle: (ctx) => sendHtml(ctx.res, 200, loginPage({ message: ctx.takeFlash() })),
  },
  { method: 'POST', path: '/eproc/', handle: submitLogin },
  {
    method: 'GET',
    path: '/eproc/sair',
    handle(ctx) {
      ctx.endSession()
      redirect(ctx.res, '/eproc/')
    },
  },
  {
    method: 'GET',
    path: '/eproc/indisponivel',
    handle(ctx) {
      const back = ctx.session?.pendingLogin ? '/eproc/2fa/codigo' : '/eproc/'
      sendHtml(
        ctx.res,
        200,
        noticePage({ title: 'Indisponível', message: message('aviso', MESSAGES.unavailable), back }),
      )
    },
  },
]
