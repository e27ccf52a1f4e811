/**
 * The two Keycloak-style realms of the sandbox and the systems (clients) that send users to them:
 * - 'eproc', like TJRS's keycloak-eks.tjrs.jus.br/realms/eproc: in front of the eproc at
 *   /eproc-keycloak/, with "save device", the certificate button and, after the code, eproc's
 *   "Seleção de perfil";
 * - 'pje', like the national sso.cloud.pje.jus.br/auth/realms/pje: in front of the PJe court at
 *   /pje/primeirograu/, whose first access shows the QR code and hides the key behind
 *   "Não foi possível ler o código QR?".
 * Both run the same pages and rules (routes/keycloak-realm-routes.ts); only these settings differ.
 *
 * @example
 *   authorizationPath(EPROC_REALM, EPROC_CLIENT_ID, 'xyz')
 *   // '/realms/eproc/protocol/openid-connect/auth?client_id=eproc-sandbox&redirect_uri=%2Feproc-keycloak%2Fretorno&…'
 */
import { BRANDS, type Brand } from './html/brands.js'
import { TOTP_ISSUER } from './totp.js'

export interface RealmClient {
  /** The only `redirect_uri` accepted (a path of this server): where the code goes. */
  redirectUri: string
  /** The system's entry, where "Voltar ao sistema" and the logout lead. */
  home: string
}

export interface RealmConfig {
  /** Key of the realm's state and user base (`court.realms`, `court.accounts`). */
  realm: 'eproc' | 'pje'
  /** '/realms/eproc' (Keycloak ≥ 17) or '/auth/realms/pje' (older Keycloak, as the PJe SSO). */
  basePath: string
  brand: Brand
  /** "Entrar em …" in the page title. */
  displayName: string
  /** The label of `#username`: eproc logs in by user name, the PJe SSO by CPF. */
  usernameLabel: string
  /** The issuer in the QR code's otpauth URI. */
  issuer: string
  clients: Readonly<Record<string, RealmClient>>
  /** `#saveDevice` on the code page: the code is not asked again in this browser. */
  saveDevice: boolean
  /** `#kc-login-certificate` beside `#kc-login` (not available in the sandbox). */
  certificateButton: boolean
  /** "Configurar autenticador móvel": the key beside the QR code, or only after `#mode-manual`. */
  keyShown: 'always' | 'on-request'
}

export const EPROC_CLIENT_ID = 'eproc-sandbox'
export const PJE_CLIENT_ID = 'pje-sandbox-1g'

export const EPROC_REALM: RealmConfig = {
  realm: 'eproc',
  basePath: '/realms/eproc',
  brand: BRANDS.eprocRealm,
  displayName: 'eproc',
  usernameLabel: 'Usuário',
  // The same account as the classic form: the same authenticator entry.
  issuer: TOTP_ISSUER,
  clients: { [EPROC_CLIENT_ID]: { redirectUri: '/eproc-keycloak/retorno', home: '/eproc-keycloak/' } },
  saveDevice: true,
  certificateButton: true,
  keyShown: 'always',
}

export const PJE_REALM: RealmConfig = {
  realm: 'pje',
  basePath: '/auth/realms/pje',
  brand: BRANDS.pdpj,
  displayName: 'PDPJ',
  usernameLabel: 'CPF',
  issuer: 'PDPJ Sandbox',
  clients: {
    [PJE_CLIENT_ID]: {
      redirectUri: '/pje/primeirograu/authenticateSSO.seam',
      home: '/pje/primeirograu/login.seam',
    },
  },
  saveDevice: false,
  certificateButton: false,
  keyShown: 'on-request',
}

/** The realm's endpoints, as Keycloak names them. */
export const realmPaths = (config: RealmConfig) => ({
  auth: `${config.basePath}/protocol/openid-connect/auth`,
  logout: `${config.basePath}/protocol/openid-connect/logout`,
  authenticate: `${config.basePath}/login-actions/authenticate`,
  restart: `${config.basePath}/login-actions/restart`,
  certificate: `${config.basePath}/login-actions/certificate`,
})

/** Where a client sends the browser to log in (the OpenID Connect authorization request). */
export function authorizationPath(config: RealmConfig, clientId: string, state: string): string {
  const client = config.clients[clientId]
  if (!client) throw new RangeError(`Unknown client ${clientId} of realm ${config.realm}`)
  const query = new URLSearchParams({
    client_id: clientId,
    redirect_uri: client.redirectUri,
    response_type: 'code',
    scope: 'openid',
    state,
  })
  return `${realmPaths(config).auth}?${query}`
}

/** Where a client sends the browser to end the realm's session too, and come back home. */
export function logoutPath(config: RealmConfig, clientId: string): string {
  const client = config.clients[clientId]
  if (!client) throw new RangeError(`Unknown client ${clientId} of realm ${config.realm}`)
  const query = new URLSearchParams({ client_id: clientId, post_logout_redirect_uri: client.home })
  return `${realmPaths(config).logout}?${query}`
}
