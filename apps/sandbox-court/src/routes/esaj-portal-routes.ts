/**
 * e-SAJ's portal behind the CAS login: the service address takes the one-time ticket and opens the
 * portal's own session; the portal (`/esaj/portal.do`) is the panel, or a redirect to the login.
 *
 * @example
 *   GET /esaj/j_spring_cas_security_check?ticket=ST-… → 303 /esaj/portal.do
 *   GET /esaj/portal.do (no session)                  → 303 /sajcas/login?service=…
 */
import { ESAJ_SESSION_COOKIE } from '../http/cookies.js'
import type { RequestContext } from '../http/context.js'
import { flowSession } from '../http/flow-session.js'
import { redirect, sendHtml } from '../http/respond.js'
import { BRANDS } from '../html/brands.js'
import { message, MESSAGES } from '../messages.js'
import { esajLoginPage } from '../pages/esaj-login-page.js'
import { panelPage } from '../pages/panel-page.js'
import type { Route } from './route.js'
import { ESAJ_LOGIN_PATH, ESAJ_SERVICE } from './esaj-cas-routes.js'

const PORTAL = '/esaj/portal.do'
const sessionOf = (ctx: RequestContext) => flowSession(ctx, ctx.court.apps.esaj, ESAJ_SESSION_COOKIE)
const toLogin = (ctx: RequestContext) =>
  redirect(ctx.res, `${ESAJ_LOGIN_PATH}?service=${encodeURIComponent(ESAJ_SERVICE)}`)

export const esajPortalRoutes: Route[] = [
  { method: 'GET', path: '/esaj', handle: (ctx) => redirect(ctx.res, PORTAL) },
  { method: 'GET', path: '/esaj/', handle: (ctx) => redirect(ctx.res, PORTAL) },
  {
    method: 'GET',
    path: ESAJ_SERVICE,
    handle(ctx) {
      const ticket = ctx.court.esaj.tickets.redeem(ctx.url.searchParams.get('ticket') ?? '')
      if (!ticket || ticket.service !== ESAJ_SERVICE || !ctx.court.accounts.esaj.get(ticket.user)) {
        const page = esajLoginPage({
          tab: 'cpf',
          service: ESAJ_SERVICE,
          message: message('erro', MESSAGES.authenticationFailed),
        })
        return sendHtml(ctx.res, 400, page)
      }
      sessionOf(ctx).startFresh({ user: ticket.user })
      redirect(ctx.res, PORTAL)
    },
  },
  {
    method: 'GET',
    path: PORTAL,
    handle(ctx) {
      const key = sessionOf(ctx).current?.data.user
      const user = key === undefined ? undefined : ctx.court.accounts.esaj.get(key)
      if (!user) return toLogin(ctx)
      const page = panelPage({
        name: user.name,
        login: user.login,
        twoFactorActive: true,
        twoFactorText: 'código por e-mail a cada login',
        brand: BRANDS.esaj,
        logoutHref: '/sajcas/logout',
      })
      sendHtml(ctx.res, 200, page)
    },
  },
]
