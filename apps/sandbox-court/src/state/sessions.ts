/**
 * Browser sessions, kept on the server and named by a random id in an httpOnly cookie. A session holds
 * where the browser is in a journey: the login waiting for its code, the logged-in user, the enrolment in
 * progress (with its pending key: never in a URL or a hidden field) and a one-shot message for the next page.
 *
 * @example
 *   const session = sessions.create()
 *   session.pendingLogin = 'RS012345'
 *   sessions.destroy(session.id)
 */
import type { PageMessage } from '../messages.js'
import { randomToken } from './random-token.js'

export interface Enrolment {
  /** userKey of the user enrolling. */
  user: string
  /** The key shown on the key page, created by "Prosseguir". */
  key?: string
  /** The e-mail the activation link went to. */
  sentTo?: string
}

export interface Session {
  readonly id: string
  /** Shown once by the next page that renders. */
  flash?: PageMessage
  /** userKey whose password was right and whose code is awaited. */
  pendingLogin?: string
  /** userKey of the logged-in user. */
  loggedIn?: string
  enrolment?: Enrolment
}

export function createSessionStore() {
  const sessions = new Map<string, Session>()
  return {
    get: (id: string | undefined): Session | undefined => (id === undefined ? undefined : sessions.get(id)),
    create(): Session {
      const session: Session = { id: randomToken() }
      sessions.set(session.id, session)
      return session
    },
    destroy(id: string): void {
      sessions.delete(id)
    },
    /** Drops what sessions hold about a user that was replaced. */
    forgetUser(key: string): void {
      for (const session of sessions.values()) {
        if (session.pendingLogin === key) delete session.pendingLogin
        if (session.loggedIn === key) delete session.loggedIn
        if (session.enrolment?.user === key) delete session.enrolment
      }
    },
    clear: () => sessions.clear(),
  }
}

export type SessionStore = ReturnType<typeof createSessionStore>
