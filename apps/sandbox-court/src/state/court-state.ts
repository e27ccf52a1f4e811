/**
 * Everything a running court remembers, in memory, and the two operations on all of it: replacing a
 * user (who starts afresh everywhere in their realm) and resetting to the initial users.
 *
 * Three user bases (`accounts`): 'eproc' is shared by the classic form and the Keycloak eproc realm (one
 * account, one authenticator, one count of wrong codes), 'pje' and 'esaj' are their own. The mailbox is
 * one for the whole court.
 *
 * @example
 *   const court = createCourtState(DEFAULT_USERS, Date.now)
 *   court.addUser({ login: 'T1', password: 'p', name: 'Dr. T', totpSecret: 'JBSWY3DPEHPK3PXP' })
 *   court.accounts.pje.get('11144477735')
 *   court.reset()
 */
import type { SandboxRealm, SandboxUserInput } from '../types.js'
import { createActivationStore } from './activations.js'
import { createDeviceStore } from './devices.js'
import { createEmailCodeStore } from './email-codes.js'
import { createFlowSessionStore } from './flow-sessions.js'
import { createMailbox } from './mailbox.js'
import { createRealmState } from './realm-state.js'
import { createSessionStore } from './sessions.js'
import { createTicketStore } from './tickets.js'
import { createUserStore, realmOf, userKey, validateUserInput, type UserStore } from './users.js'

/** A system's own session once the identity provider sent the user back (PJe, eproc behind Keycloak, e-SAJ). */
export interface AppSessionData {
  user?: string
  /** The `state` sent to the identity provider, checked when the user comes back. */
  state?: string
  /** eproc behind Keycloak: the profile chosen on "Seleção de perfil". */
  profile?: string
}

/** e-SAJ's CAS session between the password and the e-mailed code. */
export interface CasSessionData {
  /** userKey whose password was right and whose e-mailed code is awaited. */
  user?: string
  /** Where to send the service ticket once the code is right. */
  service: string
}

export function createCourtState(initialUsers: readonly SandboxUserInput[], now: () => number) {
  // Checked up front, so a bad initial user fails startSandboxCourt rather than a later reset().
  initialUsers.forEach(validateUserInput)
  const usersOf = (realm: SandboxRealm) => initialUsers.filter((user) => realmOf(user) === realm)
  const accounts: Record<SandboxRealm, UserStore> = {
    eproc: createUserStore(usersOf('eproc')),
    pje: createUserStore(usersOf('pje')),
    esaj: createUserStore(usersOf('esaj')),
  }
  // Classic eproc form.
  const sessions = createSessionStore()
  const activations = createActivationStore()
  const devices = createDeviceStore()
  const mailbox = createMailbox(now)
  // Keycloak-style identity providers and the systems behind them.
  const realms = { eproc: createRealmState(now), pje: createRealmState(now) }
  const apps = {
    eprocKeycloak: createFlowSessionStore<AppSessionData>(),
    pje: createFlowSessionStore<AppSessionData>(),
    esaj: createFlowSessionStore<AppSessionData>(),
  }
  const esaj = {
    cas: createFlowSessionStore<CasSessionData>(),
    tickets: createTicketStore<{ user: string; service: string }>(now, 'ST-'),
    codes: createEmailCodeStore(now),
  }

  return {
    now,
    accounts,
    /** The eproc user base (classic form and Keycloak realm). */
    users: accounts.eproc,
    sessions,
    activations,
    devices,
    mailbox,
    realms,
    apps,
    esaj,
    addUser(input: SandboxUserInput): void {
      const realm = realmOf(input)
      accounts[realm].put(input)
      const key = userKey(input.login)
      if (realm === 'eproc') {
        sessions.forgetUser(key)
        activations.forgetUser(key)
        devices.forgetUser(key)
        realms.eproc.forgetUser(key)
        apps.eprocKeycloak.forgetUser(key)
      } else if (realm === 'pje') {
        realms.pje.forgetUser(key)
        apps.pje.forgetUser(key)
      } else {
        esaj.cas.forgetUser(key)
        esaj.codes.forgetUser(key)
        apps.esaj.forgetUser(key)
      }
    },
    reset(): void {
      Object.values(accounts).forEach((users) => users.reset())
      sessions.clear()
      activations.clear()
      devices.clear()
      mailbox.clear()
      Object.values(realms).forEach((realm) => realm.clear())
      Object.values(apps).forEach((app) => app.clear())
      esaj.cas.clear()
      esaj.tickets.clear()
      esaj.codes.clear()
    },
  }
}

export type CourtState = ReturnType<typeof createCourtState>
