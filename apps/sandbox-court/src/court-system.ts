/**
 * The sandbox court as an entry of a2f's court registry, for the apps that talk to it (the demo adds it
 * with `courtRegistry.extend`, the robot finds its login page by it). Plain data, in the shape of
 * @a2f/core's `CourtSystem`, with no import from @a2f/*: the court stays an independent implementation.
 * Its own entry point (`@a2f/sandbox-court/court-system`) holds no Node API, so browsers can import it.
 *
 * @example
 * courtRegistry.extend([sandboxCourtSystem()]).get('sandbox-eproc')?.loginUrl // 'http://127.0.0.1:5180/eproc/'
 * sandboxCourtSystem('http://127.0.0.1:5199/eproc/') // a court started on another port
 */

export const SANDBOX_SYSTEM_ID = 'sandbox-eproc'

/** The login page of a court started with the defaults (`node dist/cli.js`, port 5180). */
export const DEFAULT_LOGIN_URL = 'http://127.0.0.1:5180/eproc/'

/** When these facts were last compared with the court's code (they change only with it). */
const CHECKED_AT = '2026-11-21'
const SOURCE = 'apps/sandbox-court'

export function sandboxCourtSystem(loginUrl: string = DEFAULT_LOGIN_URL) {
  const fact = (field: string) => ({
    field,
    source: SOURCE,
    checkedAt: CHECKED_AT,
    confidence: 'verified' as const,
  })
  return {
    id: SANDBOX_SYSTEM_ID,
    court: { acronym: 'SANDBOX', name: 'Tribunal Sandbox (local)' },
    system: 'eproc' as const,
    degree: '1g' as const,
    loginUrl,
    authenticatorGroup: 'sandbox',
    twoFactor: {
      status: 'mandatory' as const,
      method: 'totp' as const,
      totp: { algorithm: 'SHA1' as const, digits: 6, period: 30 },
      enrollment: { personalEmailRequired: true, refusedEmailSuffixes: ['jus.br', 'gov.br'] },
    },
    provenance: ['loginUrl', 'twoFactor.status', 'twoFactor.totp', 'twoFactor.enrollment'].map(fact),
  }
}
