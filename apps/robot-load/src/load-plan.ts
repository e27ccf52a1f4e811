/**
 * The 8 robots of the load run and the order they start in: 2 log in with `loginToCourt` in Chromium,
 * 6 over plain HTTP; 4 claim through the PostgreSQL store directly and 4 through @a2f/storage's HTTP
 * client; each system of the group gets 4. One authenticator serves one login per 30-s window, so the
 * robots queue for windows in the order they claim: they start `staggerMs` apart in this order (a
 * Chromium robot claims a second or so after its start, once it is on the code page), and after a login
 * a robot stays in its session (`sessionMs`, reading its notices) before its next turn, so that every
 * robot's first claim comes before anyone's second, and the first two windows go to the two systems.
 *
 * | start | robot                 | logs in with | claims through | system                 |
 * | ----- | --------------------- | ------------ | -------------- | ---------------------- |
 * | 0     | chromium-eproc-pg     | Chromium     | PostgreSQL     | sandbox-eproc          |
 * | 1     | http-keycloak-api     | HTTP         | storage HTTP   | sandbox-eproc-keycloak |
 * | 2     | http-eproc-pg         | HTTP         | PostgreSQL     | sandbox-eproc          |
 * | 3     | chromium-keycloak-api | Chromium     | storage HTTP   | sandbox-eproc-keycloak |
 * | 4     | http-eproc-api        | HTTP         | storage HTTP   | sandbox-eproc          |
 * | 5     | http-keycloak-pg      | HTTP         | PostgreSQL     | sandbox-eproc-keycloak |
 * | 6     | http-eproc-pg-2       | HTTP         | PostgreSQL     | sandbox-eproc          |
 * | 7     | http-keycloak-api-2   | HTTP         | storage HTTP   | sandbox-eproc-keycloak |
 */
import type { GROUP_SYSTEM_IDS } from './provision.js'
import type { ClaimPath, LoginMethod } from './records.js'

export interface PlannedRobot {
  robot: string
  login: LoginMethod
  claims: ClaimPath
  systemId: (typeof GROUP_SYSTEM_IDS)[number]
}

export const LOAD_PLAN: readonly PlannedRobot[] = [
  { robot: 'chromium-eproc-pg', login: 'chromium', claims: 'postgres', systemId: 'sandbox-eproc' },
  { robot: 'http-keycloak-api', login: 'http', claims: 'http', systemId: 'sandbox-eproc-keycloak' },
  { robot: 'http-eproc-pg', login: 'http', claims: 'postgres', systemId: 'sandbox-eproc' },
  { robot: 'chromium-keycloak-api', login: 'chromium', claims: 'http', systemId: 'sandbox-eproc-keycloak' },
  { robot: 'http-eproc-api', login: 'http', claims: 'http', systemId: 'sandbox-eproc' },
  { robot: 'http-keycloak-pg', login: 'http', claims: 'postgres', systemId: 'sandbox-eproc-keycloak' },
  { robot: 'http-eproc-pg-2', login: 'http', claims: 'postgres', systemId: 'sandbox-eproc' },
  { robot: 'http-keycloak-api-2', login: 'http', claims: 'http', systemId: 'sandbox-eproc-keycloak' },
]

/** Between two robots' starts. */
export const DEFAULT_STAGGER_MS = 1000

/** In its session after a login, before the next: longer than all the robots' starts together. */
export const DEFAULT_SESSION_MS = 10_000
