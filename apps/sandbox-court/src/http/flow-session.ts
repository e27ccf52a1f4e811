/**
 * A flow's session as a route handler uses it: read from the flow's own cookie, created on demand,
 * replaced by a fresh id once a password or code was accepted (so an id known before login is worth
 * nothing: session fixation), ended with its cookie cleared.
 *
 * @example
 *   const session = flowSession(ctx, ctx.court.apps.pje, PJE_SESSION_COOKIE)
 *   session.startFresh({ user: key })
 *   session.current?.data.user
 */
import type { PageMessage } from '../messages.js'
import type { FlowSession, FlowSessionStore, UserBound } from '../state/flow-sessions.js'
import { readCookie, setCookie } from './cookies.js'
import type { RequestContext } from './context.js'

export interface FlowSessionHandle<T> {
  /** The browser's live session of this flow, if any. */
  readonly current: FlowSession<T> | undefined
  /** The session, created with `data` (and its cookie set) when the browser has none. */
  ensure(data: () => T): FlowSession<T>
  /** Ends the current session and starts one with a new id holding `data`. */
  startFresh(data: T): FlowSession<T>
  /** Ends the session and clears its cookie. */
  end(): void
  /** The one-shot message left for this page, removed from the session. */
  takeFlash(): PageMessage | undefined
}

export function flowSession<T extends UserBound>(
  ctx: RequestContext,
  store: FlowSessionStore<T>,
  cookie: string,
): FlowSessionHandle<T> {
  let current = store.get(readCookie(ctx.req, cookie))
  const start = (data: T) => {
    current = store.create(data)
    setCookie(ctx.res, cookie, current.id)
    return current
  }
  return {
    get current() {
      return current
    },
    ensure: (data) => current ?? start(data()),
    startFresh(data) {
      if (current) store.destroy(current.id)
      return start(data)
    },
    end() {
      if (current) store.destroy(current.id)
      current = undefined
      setCookie(ctx.res, cookie, '', { maxAgeSeconds: 0 })
    },
    takeFlash() {
      const flash = current?.flash
      if (current) delete current.flash
      return flash
    },
  }
}
