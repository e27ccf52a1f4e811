/**
 * "Configurar autenticador móvel", Keycloak's required action for a user without an authenticator:
 * the QR code `#kc-totp-secret-qr-code`, the key `#kc-totp-secret-key` (beside the QR code in the
 * eproc realm; in the PJe SSO only after "Não foi possível ler o código QR?" `#mode-manual`), then the
 * code `#totp`, an optional device name `#userLabel` and `#saveTOTPBtn` ("Enviar"). The key is in the
 * page, as Keycloak shows it, but never in a URL or a form field: the realm's session keeps it.
 *
 * @example
 *   configureOtpPage(PJE_REALM, { login: '11144477735', key, mode: 'manual' })
 */
import { markup, trustedHtml } from '../html/html.js'
import { renderPage } from '../html/layout.js'
import { message } from '../messages.js'
import { qrCodeSvg } from '../qr-code.js'
import { realmPaths, type RealmConfig } from '../realm-config.js'
import { formatKey, otpauthUri } from '../totp.js'
import { fieldError, keycloakAlert } from './keycloak-feedback.js'

export interface ConfigureOtpOptions {
  login: string
  key: string
  /** 'barcode' (the QR code) or 'manual' (the key), Keycloak's `mode`. */
  mode?: 'barcode' | 'manual'
  fieldError?: string
}

const REQUIRED = 'Você precisa configurar o autenticador móvel para ativar a sua conta.'

export function configureOtpPage(config: RealmConfig, options: ConfigureOtpOptions): string {
  const paths = realmPaths(config)
  const always = config.keyShown === 'always'
  const manual = !always && options.mode === 'manual'
  const qr = markup`<div id="kc-totp-secret-qr-code" class="qrcode" role="img" aria-label="Código QR">${trustedHtml(qrCodeSvg(otpauthUri(options.login, options.key, config.issuer)))}</div>`
  const key = markup`<span id="kc-totp-secret-key" class="chave">${formatKey(options.key)}</span>
<ul id="kc-totp-type" class="parametros">
  <li>Tipo: baseado em tempo (TOTP)</li>
  <li>Algoritmo: SHA1</li>
  <li>Dígitos: 6</li>
  <li>Intervalo: 30 segundos</li>
</ul>`
  const scan = manual
    ? markup`<li><p>Abra o aplicativo e digite a chave:</p>${key}<p><a id="mode-barcode" href="${paths.authenticate}">Ler o código QR</a></p></li>`
    : markup`<li><p>Abra o aplicativo e leia o código QR:</p>${qr}${
        always
          ? markup`<p>Ou digite a chave no aplicativo:</p>${key}`
          : markup`<p><a id="mode-manual" href="${paths.authenticate}?mode=manual">Não foi possível ler o código QR?</a></p>`
      }</li>`
  return renderPage({
    brand: config.brand,
    title: 'Configurar autenticador móvel',
    heading: 'Configurar autenticador móvel',
    wide: true,
    // One message per page (a robot reads `.kc-feedback-text`): the error replaces the notice.
    body: markup`${options.fieldError === undefined && keycloakAlert(message('aviso', REQUIRED))}
<p>Usuário: <strong id="kc-attempted-username">${options.login}</strong></p>
<ol id="kc-totp-settings">
  <li><p>Instale no celular um aplicativo autenticador: FreeOTP, Google Authenticator, Microsoft Authenticator ou outro compatível.</p></li>
  ${scan}
  <li><p>Digite o código de uso único gerado pelo aplicativo e clique em Enviar para concluir.</p></li>
</ol>
<form id="kc-totp-settings-form" method="post" action="${paths.authenticate}" autocomplete="off">
  <input type="hidden" name="mode" value="${manual ? 'manual' : 'barcode'}">
  <label for="totp">Código de uso único *</label>
  <input id="totp" name="totp" type="text" class="campo codigo" inputmode="numeric" autocomplete="one-time-code"${options.fieldError !== undefined ? markup` aria-invalid="true"` : ''}>
  ${fieldError('input-error-otp-code', options.fieldError)}
  <label for="userLabel">Nome do dispositivo</label>
  <input id="userLabel" name="userLabel" type="text" class="campo" autocomplete="off">
  <div class="botoes">
    <input id="saveTOTPBtn" type="submit" class="botao" value="Enviar">
  </div>
</form>`,
  })
}
