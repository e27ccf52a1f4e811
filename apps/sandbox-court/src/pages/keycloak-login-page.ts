/**
 * A Keycloak realm's login page (`GET …/protocol/openid-connect/auth`): form `#kc-form-login` with
 * `#username`, `#password` and `#kc-login` ("Entrar"), and, where the realm has it, the certificate
 * button `#kc-login-certificate` beside it (TRF4's eproc-sso).
 *
 * @example
 *   keycloakLoginPage(EPROC_REALM, { username: 'RS012345', fieldError: MESSAGES.invalidCredentials })
 */
import { markup } from '../html/html.js'
import { renderPage } from '../html/layout.js'
import type { PageMessage } from '../messages.js'
import { realmPaths, type RealmConfig } from '../realm-config.js'
import { fieldError, keycloakAlert } from './keycloak-feedback.js'

export interface KeycloakLoginOptions {
  /** What was typed in `#username` (kept after an error; the password never is). */
  username?: string
  /** Wrong user or password, under the fields (`#input-error`). */
  fieldError?: string
  /** Anything else (locked user, certificate not available), in the alert box. */
  alert?: PageMessage | undefined
}

export function keycloakLoginPage(config: RealmConfig, options: KeycloakLoginOptions = {}): string {
  const paths = realmPaths(config)
  return renderPage({
    brand: config.brand,
    title: `Entrar em ${config.displayName}`,
    heading: 'Entre na sua conta',
    body: markup`${keycloakAlert(options.alert)}
<div id="kc-form">
<form id="kc-form-login" method="post" action="${paths.authenticate}">
  <label for="username">${config.usernameLabel}</label>
  <input id="username" name="username" type="text" class="campo" autocomplete="username" spellcheck="false" autofocus value="${options.username ?? ''}"${options.fieldError !== undefined ? markup` aria-invalid="true"` : ''}>
  <label for="password">Senha</label>
  <input id="password" name="password" type="password" class="campo" autocomplete="current-password"${options.fieldError !== undefined ? markup` aria-invalid="true"` : ''}>
  ${fieldError('input-error', options.fieldError)}
  <div class="botoes">
    <input id="kc-login" name="login" type="submit" class="botao" value="Entrar">
    ${config.certificateButton && markup`<a id="kc-login-certificate" class="botao secundario" href="${paths.certificate}">Certificado Digital</a>`}
  </div>
</form>
</div>`,
  })
}
