/**
 * The pages and rules of a Keycloak-style realm (realm-config.ts), for both the eproc realm and the
 * national PJe SSO: the authorization request of a client, the password, the code (or, for a user
 * without an authenticator, "Configurar autenticador móvel"), then a one-time `code` back to the
 * client's `redirect_uri`. Codes follow the court's one rule (state/code-attempts.ts): single-use,
 * 5 wrong in a row lock the user, with a warning before the last. Like Keycloak, each POST answers
 * with the next page itself (no redirect) until the login is done.
 *
 * @example
 *   GET  /realms/eproc/protocol/openid-connect/auth?client_id=eproc-sandbox&redirect_uri=/eproc-keycloak/retorno&state=…
 *   POST /realms/eproc/login-actions/authenticate  username=…&password=…   → code page (#otp)
 *   POST /realms/eproc/login-actions/authenticate  otp=123456&saveDevice=on → 303 /eproc-keycloak/retorno?state=…&code=…
 */
import { readCookie, realmDeviceCookie, realmSessionCookie, setCookie } from '../http/cookies.js'
import type { RequestContext } from '../http/context.js'
import { flowSession, type FlowSessionHandle } from '../http/flow-session.js'
import { readForm } from '../http/request-body.js'
import { redirect, sendHtml } from '../http/respond.js'
import { message, MESSAGES } from '../messages.js'
import { configureOtpPage } from '../pages/keycloak-configure-otp-page.js'
import { keycloakErrorPage } from '../pages/keycloak-error-page.js'
import { keycloakLoginPage, type KeycloakLoginOptions } from '../pages/keycloak-login-page.js'
import { keycloakOtpPage } from '../pages/keycloak-otp-page.js'
import { realmPaths, type RealmConfig } from '../realm-config.js'
import { judgeTotpCode, normalizeCode, wrongCodeText } from '../state/code-attempts.js'
import { DEVICE_COOKIE_MAX_AGE_SECONDS } from '../state/devices.js'
import type { PendingAuthentication, RealmSessionData } from '../state/realm-state.js'
import { userKey, type CourtUser } from '../state/users.js'
import { acceptedCounter, newTotpKey } from '../totp.js'
import type { Route } from './route.js'

type Session = FlowSessionHandle<RealmSessionData>

export function keycloakRealmRoutes(config: RealmConfig): Route[] {
  const paths = realmPaths(config)
  const stateOf = (ctx: RequestContext) => ctx.court.realms[config.realm]
  const usersOf = (ctx: RequestContext) => ctx.court.accounts[config.realm]
  const sessionOf = (ctx: RequestContext): Session =>
    flowSession(ctx, stateOf(ctx).sessions, realmSessionCookie(config.realm))
  const homeOf = (auth: PendingAuthentication | undefined) =>
    auth === undefined ? undefined : config.clients[auth.clientId]?.home

  const html = (ctx: RequestContext, page: string, status = 200) => sendHtml(ctx.res, status, page)
  const showLogin = (ctx: RequestContext, options?: KeycloakLoginOptions) =>
    html(ctx, keycloakLoginPage(config, options))
  const expired = (ctx: RequestContext, auth?: PendingAuthentication) => {
    const back = homeOf(auth)
    html(ctx, keycloakErrorPage(config, { text: MESSAGES.keycloakLoginExpired, ...(back ? { back } : {}) }))
  }

  /** The login under way, with its user when the password was right and the user still exists. */
  function pending(session: Session) {
    const current = session.current
    const auth = current?.data.auth
    if (!current || !auth) return undefined
    return { data: current.data, auth }
  }

  /** Back to the password step, forgetting the user (after a lock, or "Reiniciar login"). */
  function restart(data: RealmSessionData, auth: PendingAuthentication) {
    delete data.user
    delete auth.enrolKey
    auth.step = 'credentials'
  }

  /** The login is done: the realm's single sign-on starts and the client gets a one-time code. */
  function finish(ctx: RequestContext, session: Session, auth: PendingAuthentication, key: string) {
    session.startFresh({ user: key, signedIn: true }) // a new id once authenticated
    const code = stateOf(ctx).codes.issue({ user: key, clientId: auth.clientId })
    const query = new URLSearchParams(auth.state === undefined ? { code } : { state: auth.state, code })
    redirect(ctx.res, `${auth.redirectUri}?${query}`)
  }

  function startEnrolment(auth: PendingAuthentication) {
    auth.step = 'configure-otp'
    auth.enrolKey = newTotpKey()
  }

  /** `GET …/auth`: a client asks for a login. */
  function authorize(ctx: RequestContext) {
    const query = ctx.url.searchParams
    const clientId = query.get('client_id') ?? ''
    const redirectUri = query.get('redirect_uri') ?? ''
    const client = Object.hasOwn(config.clients, clientId) ? config.clients[clientId] : undefined
    // An exact redirect_uri, as Keycloak's "Valid redirect URIs": never an open redirect.
    if (!client || client.redirectUri !== redirectUri || query.get('response_type') !== 'code') {
      return html(ctx, keycloakErrorPage(config, { text: MESSAGES.keycloakInvalidClient }), 400)
    }
    const state = query.get('state')
    const auth: PendingAuthentication = {
      clientId,
      redirectUri,
      step: 'credentials',
      ...(state === null ? {} : { state }),
    }
    const session = sessionOf(ctx)
    const signedIn = session.current?.data.signedIn ? session.current.data.user : undefined
    const user = signedIn === undefined ? undefined : usersOf(ctx).get(signedIn)
    // Single sign-on: the realm already knows this browser's user.
    if (signedIn !== undefined && user && !user.locked) return finish(ctx, session, auth, signedIn)
    session.startFresh({ auth })
    showLogin(ctx)
  }

  async function submitPassword(ctx: RequestContext, session: Session, auth: PendingAuthentication) {
    const form = await readForm(ctx.req)
    const username = (form.get('username') ?? '').trim()
    const user = usersOf(ctx).authenticate(username, form.get('password') ?? '')
    if (!user) return showLogin(ctx, { username, fieldError: MESSAGES.invalidCredentials })
    if (user.locked) return showLogin(ctx, { username, alert: message('erro', MESSAGES.locked) })
    const key = userKey(user.login)
    const next = session.startFresh({ user: key, auth: { ...auth } }).data.auth as PendingAuthentication
    if (!user.activeSecret) {
      startEnrolment(next)
      return html(ctx, configureOtpPage(config, { login: user.login, key: next.enrolKey ?? '' }))
    }
    const device = readCookie(ctx.req, realmDeviceCookie(config.realm))
    if (config.saveDevice && stateOf(ctx).devices.isReleased(device, key))
      return finish(ctx, session, next, key)
    next.step = 'otp'
    html(ctx, keycloakOtpPage(config, { login: user.login }))
  }

  async function submitCode(
    ctx: RequestContext,
    session: Session,
    data: RealmSessionData,
    auth: PendingAuthentication,
    user: CourtUser,
  ) {
    const form = await readForm(ctx.req)
    const again = (text: string) =>
      html(ctx, keycloakOtpPage(config, { login: user.login, fieldError: text }))
    const locked = () => {
      restart(data, auth)
      showLogin(ctx, { username: user.login, alert: message('erro', MESSAGES.locked) })
    }
    if (user.locked) return locked()
    if (!user.activeSecret) {
      // The authenticator was removed meanwhile (user replaced): configure one, as Keycloak would.
      startEnrolment(auth)
      return html(ctx, configureOtpPage(config, { login: user.login, key: auth.enrolKey ?? '' }))
    }
    const verdict = judgeTotpCode(user, form.get('otp'), ctx.court.now())
    if (verdict.kind === 'format') return again(MESSAGES.keycloakCodeFormat)
    if (verdict.kind === 'reused') return again(MESSAGES.codeAlreadyUsed)
    if (verdict.kind === 'wrong') return again(wrongCodeText(MESSAGES.keycloakInvalidCode, verdict.remaining))
    if (verdict.kind === 'locked') return locked()
    const key = userKey(user.login)
    if (config.saveDevice && form.get('saveDevice') !== null) {
      const cookie = realmDeviceCookie(config.realm)
      const token = stateOf(ctx).devices.release(readCookie(ctx.req, cookie), key)
      setCookie(ctx.res, cookie, token, { maxAgeSeconds: DEVICE_COOKIE_MAX_AGE_SECONDS })
    }
    finish(ctx, session, auth, key)
  }

  async function submitEnrolment(
    ctx: RequestContext,
    session: Session,
    auth: PendingAuthentication,
    user: CourtUser,
  ) {
    const form = await readForm(ctx.req)
    const key = auth.enrolKey
    if (key === undefined || user.locked) return expired(ctx, auth)
    const code = normalizeCode(form.get('totp'))
    const counter = code === undefined ? null : acceptedCounter(key, code, ctx.court.now())
    if (counter === null) {
      const mode = form.get('mode') === 'manual' ? 'manual' : 'barcode'
      const page = configureOtpPage(config, {
        login: user.login,
        key,
        mode,
        fieldError: MESSAGES.keycloakEnrolmentWrongCode,
      })
      return html(ctx, page)
    }
    // The new key is the user's only one (the classic form's too, in the eproc realm), and the code just
    // typed counts as used: a login in this same window waits for the next code.
    user.activeSecret = key
    user.lastCounter = counter
    user.wrongAttempts = 0
    delete auth.enrolKey
    finish(ctx, session, auth, userKey(user.login))
  }

  /** `POST …/login-actions/authenticate`: the step the login is at. */
  async function authenticate(ctx: RequestContext) {
    const session = sessionOf(ctx)
    const current = pending(session)
    if (!current) return expired(ctx)
    const { data, auth } = current
    if (auth.step === 'credentials') return submitPassword(ctx, session, auth)
    const user = data.user === undefined ? undefined : usersOf(ctx).get(data.user)
    if (!user) {
      restart(data, auth)
      return showLogin(ctx, { alert: message('erro', MESSAGES.keycloakLoginExpired) })
    }
    if (auth.step === 'otp') return submitCode(ctx, session, data, auth, user)
    return submitEnrolment(ctx, session, auth, user)
  }

  /** `GET …/login-actions/authenticate`: the current step again (a reload, or `?mode=manual`). */
  function showStep(ctx: RequestContext) {
    const current = pending(sessionOf(ctx))
    if (!current) return expired(ctx)
    const { data, auth } = current
    const user = data.user === undefined ? undefined : usersOf(ctx).get(data.user)
    if (auth.step === 'credentials' || !user) return showLogin(ctx)
    if (auth.step === 'otp') return html(ctx, keycloakOtpPage(config, { login: user.login }))
    const mode = ctx.url.searchParams.get('mode') === 'manual' ? 'manual' : 'barcode'
    html(ctx, configureOtpPage(config, { login: user.login, key: auth.enrolKey ?? '', mode }))
  }

  const routes: Route[] = [
    { method: 'GET', path: paths.auth, handle: authorize },
    { method: 'POST', path: paths.authenticate, handle: authenticate },
    { method: 'GET', path: paths.authenticate, handle: showStep },
    {
      method: 'GET',
      path: paths.restart,
      handle(ctx) {
        const current = pending(sessionOf(ctx))
        if (!current) return expired(ctx)
        restart(current.data, current.auth)
        showLogin(ctx)
      },
    },
    {
      method: 'GET',
      path: paths.logout,
      handle(ctx) {
        sessionOf(ctx).end()
        const clientId = ctx.url.searchParams.get('client_id') ?? ''
        const client = Object.hasOwn(config.clients, clientId) ? config.clients[clientId] : undefined
        const back = ctx.url.searchParams.get('post_logout_redirect_uri')
        if (client && back === client.home) return redirect(ctx.res, client.home)
        html(ctx, keycloakErrorPage(config, { text: MESSAGES.keycloakLoggedOut }))
      },
    },
  ]
  if (config.certificateButton) {
    routes.push({
      method: 'GET',
      path: paths.certificate,
      handle(ctx) {
        const current = pending(sessionOf(ctx))
        if (!current) return expired(ctx)
        showLogin(ctx, { alert: message('aviso', MESSAGES.certificateUnavailable) })
      },
    })
  }
  return routes
}
