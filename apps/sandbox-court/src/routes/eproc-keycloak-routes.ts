/**
 * The eproc behind the Keycloak eproc realm (like eproc1g.tjrs.jus.br/eproc/, which sends every login to
 * keycloak-eks.tjrs.jus.br/realms/eproc): its entry sends the browser to the realm; the realm sends it
 * back to `/eproc-keycloak/retorno` with a one-time code; then "Seleção de perfil", then the panel.
 * Its users are the classic eproc's (one account, one authenticator).
 *
 * @example
 *   GET /eproc-keycloak/                   → 303 /realms/eproc/protocol/openid-connect/auth?client_id=eproc-sandbox&…
 *   GET /eproc-keycloak/retorno?state&code → 303 /eproc-keycloak/perfil
 *   POST /eproc-keycloak/perfil perfil=advogado → 303 /eproc-keycloak/painel
 */
import { EPROC_KEYCLOAK_SESSION_COOKIE } from '../http/cookies.js'
import type { RequestContext } from '../http/context.js'
import { flowSession } from '../http/flow-session.js'
import { readForm } from '../http/request-body.js'
import { redirect, sendHtml } from '../http/respond.js'
import { message, MESSAGES } from '../messages.js'
import { noticePage } from '../pages/notice-page.js'
import { panelPage } from '../pages/panel-page.js'
import { profilePage } from '../pages/profile-page.js'
import { authorizationPath, EPROC_CLIENT_ID, EPROC_REALM, logoutPath } from '../realm-config.js'
import { profilesOf } from '../state/profiles.js'
import { randomToken } from '../state/random-token.js'
import type { Route } from './route.js'

const HOME = '/eproc-keycloak/'

const sessionOf = (ctx: RequestContext) =>
  flowSession(ctx, ctx.court.apps.eprocKeycloak, EPROC_KEYCLOAK_SESSION_COOKIE)

/** The signed-in user of this browser, if the session names one that still exists. */
function signedIn(ctx: RequestContext) {
  const session = sessionOf(ctx)
  const key = session.current?.data.user
  const user = key === undefined ? undefined : ctx.court.users.get(key)
  return user && session.current ? { session: session.current, user } : undefined
}

function failed(ctx: RequestContext) {
  const notice = noticePage({
    title: 'eproc',
    message: message('erro', MESSAGES.authenticationFailed),
    back: HOME,
  })
  sendHtml(ctx.res, 400, notice)
}

export const eprocKeycloakRoutes: Route[] = [
  { method: 'GET', path: '/eproc-keycloak', handle: (ctx) => redirect(ctx.res, HOME) },
  {
    method: 'GET',
    path: HOME,
    handle(ctx) {
      const current = signedIn(ctx)
      if (current)
        return redirect(
          ctx.res,
          current.session.data.profile ? '/eproc-keycloak/painel' : '/eproc-keycloak/perfil',
        )
      const state = randomToken()
      sessionOf(ctx).startFresh({ state })
      redirect(ctx.res, authorizationPath(EPROC_REALM, EPROC_CLIENT_ID, state))
    },
  },
  {
    method: 'GET',
    path: '/eproc-keycloak/retorno',
    handle(ctx) {
      const session = sessionOf(ctx)
      const state = ctx.url.searchParams.get('state')
      // The state ties the answer to the login this browser started (no login planted by another site).
      if (!session.current?.data.state || session.current.data.state !== state) return failed(ctx)
      const ticket = ctx.court.realms.eproc.codes.redeem(ctx.url.searchParams.get('code') ?? '')
      if (!ticket || ticket.clientId !== EPROC_CLIENT_ID || !ctx.court.users.get(ticket.user))
        return failed(ctx)
      session.startFresh({ user: ticket.user })
      redirect(ctx.res, '/eproc-keycloak/perfil')
    },
  },
  {
    method: 'GET',
    path: '/eproc-keycloak/perfil',
    handle(ctx) {
      const current = signedIn(ctx)
      if (!current) return redirect(ctx.res, HOME)
      sendHtml(
        ctx.res,
        200,
        profilePage({ name: current.user.name, profiles: profilesOf(current.user.login) }),
      )
    },
  },
  {
    method: 'POST',
    path: '/eproc-keycloak/perfil',
    async handle(ctx) {
      const current = signedIn(ctx)
      if (!current) return redirect(ctx.res, HOME)
      const form = await readForm(ctx.req)
      const profiles = profilesOf(current.user.login)
      const chosen = profiles.find((profile) => profile.id === form.get('perfil'))
      if (!chosen) {
        const page = profilePage({
          name: current.user.name,
          profiles,
          message: message('erro', MESSAGES.invalidProfile),
        })
        return sendHtml(ctx.res, 200, page)
      }
      current.session.data.profile = chosen.descricao
      redirect(ctx.res, '/eproc-keycloak/painel')
    },
  },
  {
    method: 'GET',
    path: '/eproc-keycloak/painel',
    handle(ctx) {
      const current = signedIn(ctx)
      const profile = current?.session.data.profile
      if (!current || profile === undefined) return redirect(ctx.res, HOME)
      const { user } = current
      const page = panelPage({
        name: user.name,
        login: user.login,
        twoFactorActive: user.activeSecret !== undefined,
        profile,
        logoutHref: '/eproc-keycloak/sair',
      })
      sendHtml(ctx.res, 200, page)
    },
  },
  {
    method: 'GET',
    path: '/eproc-keycloak/sair',
    handle(ctx) {
      sessionOf(ctx).end()
      // Ends the realm's single sign-on too, or the next login would not ask for the password.
      redirect(ctx.res, logoutPath(EPROC_REALM, EPROC_CLIENT_ID))
    },
  },
]
