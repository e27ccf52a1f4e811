/**
 * What a route handler gets: the request, the response, the parsed URL, the court's state and the
 * browser's session (created on demand, with its cookie).
 *
 * @example
 *   const session = ctx.ensureSession()
 *   session.flash = message('sucesso', MESSAGES.activated)
 *   redirect(ctx.res, '/eproc/2fa/ativada')
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { PageMessage } from '../messages.js'
import type { CourtState } from '../state/court-state.js'
import type { Session } from '../state/sessions.js'
import { readCookie, SESSION_COOKIE, setCookie } from './cookies.js'

export interface RequestContext {
  req: IncomingMessage
  res: ServerResponse
  url: URL
  court: CourtState
  /** The browser's session, if it has a live one. */
  session: Session | undefined
  /** The session, created (and its cookie set) when the browser has none. */
  ensureSession(): Session
  /**
   * Ends the current session and starts an empty one with a new id: after a password or a code was
   * accepted, so an id known before login (session fixation) is worth nothing.
   */
  startFreshSession(): Session
  /** Ends the session and clears its cookie. */
  endSession(): void
  /** The one-shot message left for this page, removed from the session. */
  takeFlash(): PageMessage | undefined
}

export function createContext(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  court: CourtState,
): RequestContext {
  const ctx: RequestContext = {
    req,
    res,
    url,
    court,
    session: court.sessions.get(readCookie(req, SESSION_COOKIE)),
    ensureSession() {
      if (!ctx.session) {
        ctx.session = court.sessions.create()
        setCookie(res, SESSION_COOKIE, ctx.session.id)
      }
      return ctx.session
    },
    startFreshSession() {
      if (ctx.session) court.sessions.destroy(ctx.session.id)
      ctx.session = court.sessions.create()
      setCookie(res, SESSION_COOKIE, ctx.session.id)
      return ctx.session
    },
    endSession() {
      if (ctx.session) court.sessions.destroy(ctx.session.id)
      ctx.session = undefined
      setCookie(res, SESSION_COOKIE, '', { maxAgeSeconds: 0 })
    },
    takeFlash() {
      const flash = ctx.session?.flash
      if (ctx.session) delete ctx.session.flash
      return flash
    },
  }
  return ctx
}
