/**
 * A Keycloak realm's error page (login expired, unknown client) and its "Você saiu" page, with
 * `#backToApplication` to the system when the realm knows which one.
 *
 * @example
 *   keycloakErrorPage(PJE_REALM, { text: MESSAGES.keycloakLoginExpired, back: '/pje/primeirograu/login.seam' })
 */
import { markup } from '../html/html.js'
import { renderPage } from '../html/layout.js'
import type { RealmConfig } from '../realm-config.js'

export function keycloakErrorPage(config: RealmConfig, options: { text: string; back?: string }): string {
  return renderPage({
    brand: config.brand,
    title: 'Erro',
    heading: 'Não foi possível continuar',
    body: markup`<div id="kc-error-message"><p class="instruction kc-feedback-text">${options.text}</p></div>
${options.back !== undefined && markup`<div class="links"><a id="backToApplication" href="${options.back}">« Voltar ao sistema</a></div>`}`,
  })
}
