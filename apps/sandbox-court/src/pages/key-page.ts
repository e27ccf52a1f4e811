/**
 * Enrolment step 2 (`GET /eproc/2fa/chave`): the QR code and the key in groups of 4 (click to copy), then
 * the 6-digit code and a personal e-mail. The key is in the page, as eproc shows it, but never in a URL
 * or a form field: the server keeps it in the enrolment session.
 *
 * @example
 *   keyPage({ login: 'RS012345', key, email: 'ana@gmail.com', message: message('erro', MESSAGES.invalidEmail) })
 */
import { markup, trustedHtml } from '../html/html.js'
import { renderPage } from '../html/layout.js'
import type { PageMessage } from '../messages.js'
import { qrCodeSvg } from '../qr-code.js'
import { formatKey, otpauthUri } from '../totp.js'
import { enrolmentInstructions } from './instructions.js'

export interface KeyPageOptions {
  login: string
  key: string
  /** The e-mail typed before an error (the code is not kept). */
  email?: string
  message?: PageMessage | undefined
}

export function keyPage(options: KeyPageOptions): string {
  return renderPage({
    title: 'Autenticação em 2 fatores',
    heading: 'Autenticação em 2 fatores',
    message: options.message,
    wide: true,
    copyKeyScript: true,
    body: markup`<div id="divQrCode2fa" class="qrcode" role="img" aria-label="QR Code">${trustedHtml(qrCodeSvg(otpauthUri(options.login, options.key)))}</div>
<span id="spnChave2fa" class="chave" title="Clique para copiar a chave">${formatKey(options.key)}</span>
<span id="spnChaveCopiada" class="copiada" aria-live="polite"></span>
<p>Antes de continuar, leia o código QR acima com o aplicativo de autenticação instalado em seu smartphone. Caso esteja acessando esta página pelo smartphone, clique no código alfanumérico para copiá-lo.</p>
${enrolmentInstructions()}
<hr class="separador">
<form method="post" action="/eproc/2fa/chave" autocomplete="off">
  <label for="txtCodigo2fa">Informe o código de 6 dígitos gerado pelo aplicativo de autenticação em 2 fatores:</label>
  <input id="txtCodigo2fa" name="txtCodigo2fa" type="text" class="campo codigo" inputmode="numeric" autocomplete="one-time-code">
  <label for="txtEmailPessoal">E-mail pessoal*:</label>
  <input id="txtEmailPessoal" name="txtEmailPessoal" type="text" class="campo" inputmode="email" autocomplete="email" spellcheck="false" value="${options.email ?? ''}" aria-describedby="spnNotaEmail">
  <p id="spnNotaEmail" class="nota">* Não são aceitos sufixos institucionais, como "jus.br" e "gov.br".</p>
  <div class="botoes">
    <button id="btnEnviar" name="acao" value="enviar" type="submit" class="botao">Enviar</button>
    <button id="btnCancelar" name="acao" value="cancelar" type="submit" class="botao secundario">Cancelar</button>
  </div>
</form>`,
  })
}
