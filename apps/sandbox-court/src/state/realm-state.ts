/**
 * What one Keycloak-style realm remembers (the eproc realm, the national PJe SSO): its browser sessions
 * (the login under way and, once it is done, the single sign-on), the devices saved with "save device",
 * and the one-time codes that carry a finished login back to the system that asked for it.
 *
 * @example
 *   const realm = createRealmState(Date.now)
 *   realm.sessions.create({ auth: { clientId: 'eproc-sandbox', redirectUri: '/eproc-keycloak/retorno', step: 'credentials' } })
 */
import { createDeviceStore } from './devices.js'
import { createFlowSessionStore } from './flow-sessions.js'
import { createTicketStore } from './tickets.js'

/** A login under way: which client asked, where to send the code, and the step reached. */
export interface PendingAuthentication {
  clientId: string
  /** A path of this server, registered for the client. */
  redirectUri: string
  /** The client's `state`, returned untouched with the code. */
  state?: string
  step: 'credentials' | 'otp' | 'configure-otp'
  /** "Configurar autenticador móvel": the key being configured. Only here, never in a page's form. */
  enrolKey?: string
}

export interface RealmSessionData {
  /** userKey whose password was right (pending) or who is signed in (`signedIn`). */
  user?: string
  /** The realm's single sign-on: a new login of any client goes through without a password. */
  signedIn?: boolean
  auth?: PendingAuthentication
}

export function createRealmState(now: () => number) {
  const sessions = createFlowSessionStore<RealmSessionData>()
  const devices = createDeviceStore()
  const codes = createTicketStore<{ user: string; clientId: string }>(now)
  return {
    sessions,
    devices,
    codes,
    forgetUser(key: string): void {
      sessions.forgetUser(key)
      devices.forgetUser(key)
    },
    clear(): void {
      sessions.clear()
      devices.clear()
      codes.clear()
    },
  }
}

export type RealmState = ReturnType<typeof createRealmState>
