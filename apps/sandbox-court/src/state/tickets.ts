/**
 * One-time tickets that carry a login from an identity provider back to the system that asked for it:
 * the OpenID Connect `code` of the Keycloak realms (`…/retorno?code=…`, `authenticateSSO.seam?code=…`)
 * and the CAS service ticket of e-SAJ (`j_spring_cas_security_check?ticket=ST-…`). A ticket works once
 * and only for a minute, like Keycloak's and CAS's.
 *
 * @example
 *   const tickets = createTicketStore<{ user: string }>(Date.now, 'ST-')
 *   const ticket = tickets.issue({ user: 'RS012345' })
 *   tickets.redeem(ticket)   // { user: 'RS012345' }, then undefined forever
 */
import { randomToken } from './random-token.js'

/** How long a ticket works: Keycloak's default "Client login timeout" (1 min). */
export const TICKET_TTL_MS = 60_000

export function createTicketStore<T>(now: () => number, prefix = '') {
  const tickets = new Map<string, { payload: T; expiresAt: number }>()
  const dropExpired = () => {
    const at = now()
    for (const [token, ticket] of tickets) if (ticket.expiresAt <= at) tickets.delete(token)
  }
  return {
    issue(payload: T): string {
      dropExpired() // keeps the map as small as the tickets of the last minute
      const token = `${prefix}${randomToken()}`
      tickets.set(token, { payload, expiresAt: now() + TICKET_TTL_MS })
      return token
    },
    /** The payload once, while the ticket is fresh; undefined for unknown, used or expired tickets. */
    redeem(token: string): T | undefined {
      const ticket = tickets.get(token)
      tickets.delete(token)
      return ticket && ticket.expiresAt > now() ? ticket.payload : undefined
    },
    clear: () => tickets.clear(),
  }
}

export type TicketStore<T> = ReturnType<typeof createTicketStore<T>>
