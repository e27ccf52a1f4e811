/**
 * Finds the route for a request and runs it: HEAD is served as GET (Node drops the body), a known path
 * with another method gets 405, anything else 404. Errors become a plain page (or JSON under /api and
 * /__sandbox); the log names the path only, never the query string, a form field or a key.
 *
 * @example
 *   const handler = createRequestHandler(court)
 *   createServer(handler)
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { createContext } from './http/context.js'
import { BodyError } from './http/request-body.js'
import { sendHtml, sendJson } from './http/respond.js'
import { message, MESSAGES } from './messages.js'
import { noticePage } from './pages/notice-page.js'
import { activationRoutes } from './routes/activation-routes.js'
import { clockRoutes } from './routes/clock-routes.js'
import { codeRoutes } from './routes/code-routes.js'
import { enrolmentRoutes } from './routes/enrolment-routes.js'
import { eprocKeycloakRoutes } from './routes/eproc-keycloak-routes.js'
import { esajCasRoutes } from './routes/esaj-cas-routes.js'
import { esajCodeRoutes } from './routes/esaj-code-routes.js'
import { esajPortalRoutes } from './routes/esaj-portal-routes.js'
import { keycloakRealmRoutes } from './routes/keycloak-realm-routes.js'
import { loginRoutes } from './routes/login-routes.js'
import { mailboxRoutes } from './routes/mailbox-routes.js'
import { panelRoutes } from './routes/panel-routes.js'
import { pjeRoutes } from './routes/pje-routes.js'
import type { Route } from './routes/route.js'
import { sandboxRoutes } from './routes/sandbox-routes.js'
import { EPROC_REALM, PJE_REALM } from './realm-config.js'
import type { CourtState } from './state/court-state.js'

const ROUTES: Route[] = [
  // Classic eproc form.
  ...loginRoutes,
  ...enrolmentRoutes,
  ...activationRoutes,
  ...codeRoutes,
  ...panelRoutes,
  // eproc behind a Keycloak realm; PJe with the national SSO; e-SAJ with a code by e-mail.
  ...keycloakRealmRoutes(EPROC_REALM),
  ...eprocKeycloakRoutes,
  ...keycloakRealmRoutes(PJE_REALM),
  ...pjeRoutes,
  ...esajCasRoutes,
  ...esajCodeRoutes,
  ...esajPortalRoutes,
  ...mailboxRoutes,
  ...clockRoutes,
  ...sandboxRoutes,
  // Browsers ask for it on every page; an empty answer keeps their consoles free of 404s.
  { method: 'GET', path: '/favicon.ico', handle: (ctx) => void ctx.res.writeHead(204).end() },
]

function matchPath(route: Route, pathname: string): string[] | undefined {
  if (typeof route.path === 'string') return route.path === pathname ? [] : undefined
  const match = route.path.exec(pathname)
  return match ? match.slice(1).map((group) => group ?? '') : undefined
}

const wantsJson = (pathname: string) => pathname.startsWith('/api/') || pathname.startsWith('/__sandbox/')

function fail(res: ServerResponse, pathname: string, status: number, text: string): void {
  if (res.headersSent) {
    res.destroy()
    return
  }
  if (wantsJson(pathname)) return sendJson(res, status, { erro: text })
  sendHtml(res, status, noticePage({ title: 'eproc', message: message('erro', text), back: '/eproc/' }))
}

export function createRequestHandler(court: CourtState) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    // Every answer carries the court's clock, which tests move with `now`.
    res.setHeader('Date', new Date(court.now()).toUTCString())
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const method = req.method === 'HEAD' ? 'GET' : req.method
    try {
      const candidates = ROUTES.map((route) => ({ route, params: matchPath(route, url.pathname) })).filter(
        (candidate) => candidate.params !== undefined,
      )
      if (candidates.length === 0) return fail(res, url.pathname, 404, MESSAGES.notFound)
      const found = candidates.find((candidate) => candidate.route.method === method)
      if (!found) {
        res.setHeader('Allow', [...new Set(candidates.map((candidate) => candidate.route.method))].join(', '))
        return fail(res, url.pathname, 405, 'Método não permitido.')
      }
      await found.route.handle(createContext(req, res, url, court), found.params ?? [])
    } catch (error) {
      if (error instanceof BodyError) return fail(res, url.pathname, error.status, error.message)
      const reason = error instanceof Error ? `${error.name}: ${error.message}` : 'erro desconhecido'
      console.error(`sandbox-court: erro interno em ${req.method} ${url.pathname}: ${reason}`)
      fail(res, url.pathname, 500, MESSAGES.internalError)
    }
  }
}
