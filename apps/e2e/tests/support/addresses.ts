/**
 * Where the servers of global-setup.ts listen (loopback only), and the court's pages.
 *
 * @example
 * await page.goto(COURT.login)
 */
/** The demo's build is made for a court on 5180 (its registry entry's default login URL). */
export const COURT_PORT = 5180
export const DEMO_PORT = 4173

export const DEMO_URL = `http://127.0.0.1:${DEMO_PORT}/`

const COURT_ORIGIN = `http://127.0.0.1:${COURT_PORT}`

export const COURT = {
  origin: COURT_ORIGIN,
  login: `${COURT_ORIGIN}/eproc/`,
  /** eproc behind the court's Keycloak realm (`sandbox-eproc-keycloak`): redirects to `/realms/eproc/…`. */
  keycloak: `${COURT_ORIGIN}/eproc-keycloak/`,
  mailbox: `${COURT_ORIGIN}/caixa-postal/`,
  users: `${COURT_ORIGIN}/__sandbox/users`,
} as const
