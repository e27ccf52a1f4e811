/**
 * The look of each system the sandbox imitates: the name in the top bar and its colour. Every page
 * still says "Tribunal Sandbox (local)" and, in its footer, that this is not a real court.
 *
 * @example
 *   renderPage({ brand: BRANDS.pje, title: 'Login', body })
 */

export interface Brand {
  /** The big name in the bar and in the page title: 'eproc', 'PJe'. */
  logo: string
  /** Beside it, smaller. */
  orgao: string
  /** CSS modifier of the bar (styles.ts); none is eproc's blue. */
  variant?: 'sso' | 'pje' | 'esaj'
}

export const BRANDS = {
  eproc: { logo: 'eproc', orgao: 'Tribunal Sandbox (local)' },
  /** The court's own Keycloak in front of eproc (TJRS's keycloak-eks.tjrs.jus.br/realms/eproc). */
  eprocRealm: { logo: 'eproc', orgao: 'Tribunal Sandbox (local) · Login único', variant: 'sso' },
  /** The national PJe SSO (sso.cloud.pje.jus.br/auth/realms/pje). */
  pdpj: { logo: 'PDPJ-Br', orgao: 'Tribunal Sandbox (local) · Login único do PJe', variant: 'sso' },
  pje: { logo: 'PJe', orgao: 'Tribunal Sandbox (local) · 1º grau', variant: 'pje' },
  esaj: { logo: 'e-SAJ', orgao: 'Tribunal Sandbox (local)', variant: 'esaj' },
} as const satisfies Record<string, Brand>
