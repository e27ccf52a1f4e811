/**
 * How the Keycloak pages say what happened, as Keycloak's own theme does: a message about the page in
 * an alert box, an error about a field right under it (`#input-error`, `#input-error-otp-code`). Both
 * carry the class `kc-feedback-text`, the one selector a robot needs to read any of them.
 *
 * @example
 *   markup`${keycloakAlert(message('erro', MESSAGES.locked))}`
 *   markup`${fieldError('input-error', MESSAGES.invalidCredentials)}`
 */
import { markup, type SafeHtml } from '../html/html.js'
import type { PageMessage } from '../messages.js'

const ALERT_CLASS = { erro: 'alert-error', aviso: 'alert-warning', sucesso: 'alert-success' } as const

export function keycloakAlert(message: PageMessage | undefined): SafeHtml {
  if (!message) return markup``
  return markup`<div class="${ALERT_CLASS[message.kind]}" role="alert"><span class="kc-feedback-text">${message.text}</span></div>`
}

export function fieldError(id: string, text: string | undefined): SafeHtml {
  if (text === undefined) return markup``
  return markup`<span id="${id}" class="erro-campo kc-feedback-text" aria-live="polite">${text}</span>`
}
