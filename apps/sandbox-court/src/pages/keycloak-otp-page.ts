/**
 * A Keycloak realm's code page, after the password of a user with an authenticator: `#otp` ("Código
 * de uso único"), `#saveDevice` where the realm has it (TJRS), and `#kc-login` again ("Entrar"), in
 * form `#kc-otp-login-form`. Errors go under the field, in `#input-error-otp-code`.
 *
 * @example
 *   keycloakOtpPage(EPROC_REALM, { login: 'RS012345', fieldError: 'Código autenticador inválido. Restam 4 tentativas.' })
 */
import { markup } from '../html/html.js'
import { renderPage } from '../html/layout.js'
import { realmPaths, type RealmConfig } from '../realm-config.js'
import { fieldError } from './keycloak-feedback.js'

export function keycloakOtpPage(
  config: RealmConfig,
  options: { login: string; fieldError?: string },
): string {
  const paths = realmPaths(config)
  return renderPage({
    brand: config.brand,
    title: `Entrar em ${config.displayName}`,
    heading: 'Autenticação em dois fatores',
    body: markup`<p>Usuário: <strong id="kc-attempted-username">${options.login}</strong></p>
<form id="kc-otp-login-form" method="post" action="${paths.authenticate}" autocomplete="off">
  <label for="otp">Código de uso único</label>
  <input id="otp" name="otp" type="text" class="campo codigo" inputmode="numeric" autocomplete="one-time-code" autofocus${options.fieldError !== undefined ? markup` aria-invalid="true"` : ''}>
  ${fieldError('input-error-otp-code', options.fieldError)}
  ${config.saveDevice && markup`<label class="opcao" for="saveDevice"><input id="saveDevice" name="saveDevice" type="checkbox" value="on"> Salvar este dispositivo: não pedir o código neste navegador</label>`}
  <div class="botoes">
    <input id="kc-login" name="login" type="submit" class="botao" value="Entrar">
  </div>
</form>
<div class="links"><a id="reset-login" href="${paths.restart}">Reiniciar login</a></div>`,
  })
}
