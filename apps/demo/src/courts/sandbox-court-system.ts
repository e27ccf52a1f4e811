/**
 * The local sandbox court (apps/sandbox-court) as one more entry of the court registry, added through
 * `extend`: the demo finds it like any real court (search "sandbox" in the wizard or in "Tribunais").
 * Its address comes from `VITE_SANDBOX_COURT_URL` at build time, else the sandbox's default port.
 *
 * @example
 * demoRegistry.get('sandbox-eproc')?.loginUrl // 'http://127.0.0.1:5180/eproc/'
 * demoRegistry.search('sandbox')[0]?.id      // 'sandbox-eproc'
 */
import { courtRegistry } from '@a2f/core'
import { sandboxCourtSystem as sandboxEntry } from '@a2f/sandbox-court/court-system'

export { SANDBOX_SYSTEM_ID } from '@a2f/sandbox-court/court-system'

const loginUrl: string | undefined = import.meta.env.VITE_SANDBOX_COURT_URL

/** The sandbox court's entry, as the court package describes itself, at the address this build uses. */
export const sandboxCourtSystem = sandboxEntry(loginUrl)

/** The built-in registry plus the sandbox court: what every widget of the demo uses. */
export const demoRegistry = courtRegistry.extend([sandboxCourtSystem])

/** The sandbox court's clock endpoint (`GET /api/hora`, CORS, its `Date` header is the court's time). */
export const sandboxClockUrl = new URL('/api/hora', sandboxCourtSystem.loginUrl).href
