/**
 * e-SAJ's second step (`GET /sajcas/codigo`): the code sent by e-mail at this login. The code field's
 * selector is the sandbox's own (no public source shows the real one): `#codigoForm` (name `codigo`),
 * with `#btnValidarCodigo` and `#btnReenviarCodigo` (a new code; the older ones stop working).
 *
 * @example
 *   esajCodePage({ maskedEmail: 'p***@example.com', message: message('erro', MESSAGES.emailCodeExpired) })
 */
import { BRANDS } from '../html/brands.js'
import { markup } from '../html/html.js'
import { renderPage } from '../html/layout.js'
import type { PageMessage } from '../messages.js'

export function esajCodePage(options: { maskedEmail: string; message?: PageMessage | undefined }): string {
  return renderPage({
    brand: BRANDS.esaj,
    title: 'Código de acesso',
    heading: 'Confirme o seu acesso',
    message: options.message,
    body: markup`<p>Informe o código de 6 dígitos enviado para <strong id="spnEmailMascarado">${options.maskedEmail}</strong>. Ele vale por 5 minutos e uma única vez.</p>
<form id="formCodigo" method="post" action="/sajcas/codigo" autocomplete="off">
  <label for="codigoForm">Código de acesso</label>
  <input id="codigoForm" name="codigo" type="text" class="campo codigo" inputmode="numeric" autocomplete="one-time-code" autofocus>
  <div class="botoes">
    <button id="btnValidarCodigo" type="submit" name="acao" value="validar" class="botao">Validar</button>
    <button id="btnReenviarCodigo" type="submit" name="acao" value="reenviar" class="link">Reenviar código</button>
  </div>
</form>
<div class="links">
  <a id="lnkCaixaPostal" href="/caixa-postal/">Abrir a caixa postal do sandbox</a>
  <a href="/sajcas/logout">Voltar ao login</a>
</div>`,
  })
}
