/**
 * The PJe court with the national SSO hop (like pje.trt3.jus.br/primeirograu/login.seam →
 * sso.cloud.pje.jus.br/auth/realms/pje → authenticateSSO.seam): `login.seam` shows `#btnSsoPdpj`; the
 * SSO realm (`/auth/realms/pje`, its own user base) asks CPF, password and code; `authenticateSSO.seam`
 * takes the one-time code back and opens the lawyer's panel.
 *
 * @example
 *   GET /pje/primeirograu/login.seam                          → #btnSsoPdpj
 *   GET /pje/primeirograu/authenticateSSO.seam?state=…&code=… → 303 /pje/primeirograu/Painel/painel_usuario/advogado.seam
 */
import { PJE_SESSION_COOKIE } from '../http/cookies.js'
import type { RequestContext } from '../http/context.js'
import { flowSession } from '../http/flow-session.js'
import { redirect, sendHtml } from '../http/respond.js'
import { BRANDS } from '../html/brands.js'
import { message, MESSAGES } from '../messages.js'
import { panelPage } from '../pages/panel-page.js'
import { pjeLoginPage } from '../pages/pje-login-page.js'
import { logoutPath, PJE_CLIENT_ID, PJE_REALM, realmPaths } from '../realm-config.js'
import { randomToken } from '../state/random-token.js'
import type { Route } from './route.js'

const BASE = '/pje/primeirograu'
export const PJE_LOGIN_PATH = `${BASE}/login.seam`
const PANEL = `${BASE}/Painel/painel_usuario/advogado.seam`

const sessionOf = (ctx: RequestContext) => flowSession(ctx, ctx.court.apps.pje, PJE_SESSION_COOKIE)

function signedIn(ctx: RequestContext) {
  const key = sessionOf(ctx).current?.data.user
  return key === undefined ? undefined : ctx.court.accounts.pje.get(key)
}

function showLogin(ctx: RequestContext, failed = false) {
  const state = randomToken()
  sessionOf(ctx).startFresh({ state })
  const client = PJE_REALM.clients[PJE_CLIENT_ID]
  const page = pjeLoginPage({
    authorizePath: realmPaths(PJE_REALM).auth,
    query: {
      client_id: PJE_CLIENT_ID,
      redirect_uri: client?.redirectUri ?? '',
      response_type: 'code',
      scope: 'openid',
      state,
    },
    message: failed ? message('erro', MESSAGES.authenticationFailed) : undefined,
  })
  sendHtml(ctx.res, failed ? 400 : 200, page)
}

export const pjeRoutes: Route[] = [
  { method: 'GET', path: '/pje', handle: (ctx) => redirect(ctx.res, PJE_LOGIN_PATH) },
  { method: 'GET', path: '/pje/', handle: (ctx) => redirect(ctx.res, PJE_LOGIN_PATH) },
  {
    method: 'GET',
    path: PJE_LOGIN_PATH,
    handle(ctx) {
      if (signedIn(ctx)) return redirect(ctx.res, PANEL)
      showLogin(ctx)
    },
  },
  {
    method: 'GET',
    path: `${BASE}/authenticateSSO.seam`,
    handle(ctx) {
      const session = sessionOf(ctx)
      const state = ctx.url.searchParams.get('state')
      if (!session.current?.data.state || session.current.data.state !== state) return showLogin(ctx, true)
      const ticket = ctx.court.realms.pje.codes.redeem(ctx.url.searchParams.get('code') ?? '')
      if (!ticket || ticket.clientId !== PJE_CLIENT_ID || !ctx.court.accounts.pje.get(ticket.user)) {
        return showLogin(ctx, true)
      }
      session.startFresh({ user: ticket.user })
      redirect(ctx.res, PANEL)
    },
  },
  {
    method: 'GET',
    path: PANEL,
    handle(ctx) {
      const user = signedIn(ctx)
      if (!user) return redirect(ctx.res, PJE_LOGIN_PATH)
      const page = panelPage({
        name: user.name,
        login: user.login,
        twoFactorActive: user.activeSecret !== undefined,
        brand: BRANDS.pje,
        logoutHref: `${BASE}/logout.seam`,
      })
      sendHtml(ctx.res, 200, page)
    },
  },
  {
    method: 'GET',
    path: `${BASE}/logout.seam`,
    handle(ctx) {
      sessionOf(ctx).end()
      redirect(ctx.res, logoutPath(PJE_REALM, PJE_CLIENT_ID))
    },
  },
]
