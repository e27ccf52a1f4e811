/**
 * The demo's pages, addressed by the URL's hash so that a reload (or a bookmark) comes back to the same
 * page after unlocking: `#/credenciais`, `#/credenciais/nova` (the wizard), `#/autenticadores`,
 * `#/tribunais`, `#/configuracoes`. Anything else is the credentials page.
 *
 * @example
 * routeFromHash('#/tribunais')        // 'courts'
 * hrefOf('new-credential')            // '#/credenciais/nova'
 */
export type Route = 'credentials' | 'new-credential' | 'authenticators' | 'courts' | 'settings'

const HASHES: Record<Route, string> = {
  credentials: '#/credenciais',
  'new-credential': '#/credenciais/nova',
  authenticators: '#/autenticadores',
  courts: '#/tribunais',
  settings: '#/configuracoes',
}

export function hrefOf(route: Route): string {
  return HASHES[route]
}

export function routeFromHash(hash: string): Route {
  const found = (Object.keys(HASHES) as Route[]).find((route) => HASHES[route] === hash)
  return found ?? 'credentials'
}

/** The entries of the main navigation, in order ('new-credential' belongs to "Credenciais 2FA"). */
export const NAVIGATION: readonly { route: Route; label: string }[] = [
  { route: 'credentials', label: 'Credenciais 2FA' },
  { route: 'authenticators', label: 'Meus autenticadores' },
  { route: 'courts', label: 'Tribunais' },
  { route: 'settings', label: 'Configurações' },
]

/** The navigation entry a route belongs to. */
export function sectionOf(route: Route): Route {
  return route === 'new-credential' ? 'credentials' : route
}
