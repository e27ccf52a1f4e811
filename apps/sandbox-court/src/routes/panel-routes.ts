/**
 * The panel a successful login lands on.
 *
 * @example
 *   GET /eproc/painel → "Painel do advogado" / "Bem-vindo(a), Dra. Conceição Araújo."
 */
import { redirect, sendHtml } from '../http/respond.js'
import { panelPage } from '../pages/panel-page.js'
import type { Route } from './route.js'

export const panelRoutes: Route[] = [
  {
    method: 'GET',
    path: '/eproc/painel',
    handle(ctx) {
      const key = ctx.session?.loggedIn
      const user = key === undefined ? undefined : ctx.court.users.get(key)
      if (!user) return redirect(ctx.res, '/eproc/')
      sendHtml(
        ctx.res,
        200,
        panelPage({ name: user.name, login: user.login, twoFactorActive: user.activeSecret !== undefined }),
      )
    },
  },
]
