/**
 * Browser sessions of one login flow (the Keycloak realms, the PJe and e-SAJ apps), each named by a
 * random id in that flow's own httpOnly cookie, the way each real system keeps its own cookie on its
 * own host. Each holds the flow's data and a one-shot message for the next page. The classic eproc keeps
 * its own store (sessions.ts).
 *
 * @example
 *   const sessions = createFlowSessionStore<{ user?: string }>()
 *   const session = sessions.create({ user: 'RS012345' })
 *   sessions.forgetUser('RS012345') // the user was replaced: every session that names them ends
 */
import type { PageMessage } from '../messages.js'
import { randomToken } from './random-token.js'

export interface FlowSession<T> {
  readonly id: string
  /** Shown once by the next page that renders. */
  flash?: PageMessage
  data: T
}

/** Every flow's data names the user (userKey) it is about, when there is one. */
export interface UserBound {
  user?: string
}

export function createFlowSessionStore<T extends UserBound>() {
  const sessions = new Map<string, FlowSession<T>>()
  return {
    get: (id: string | undefined): FlowSession<T> | undefined =>
      id === undefined ? undefined : sessions.get(id),
    create(data: T): FlowSession<T> {
      const session: FlowSession<T> = { id: randomToken(), data }
      sessions.set(session.id, session)
      return session
    },
    destroy(id: string): void {
      sessions.delete(id)
    },
    /** Ends every session about a user that was replaced. */
    forgetUser(key: string): void {
      for (const [id, session] of sessions) if (session.data.user === key) sessions.delete(id)
    },
    clear: () => sessions.clear(),
  }
}

export type FlowSessionStore<T extends UserBound> = ReturnType<typeof createFlowSessionStore<T>>
