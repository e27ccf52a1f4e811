/**
 * Enrolment step 1 (`GET /eproc/2fa/cadastro`): what two-factor authentication is, the instructions,
 * "Prosseguir" and "Cancelar". When the user already had an authenticator, the warning of seed 003 step 3.
 *
 * @example
 *   enrolmentStartPage({ hadAuthenticator: true })
 */
import { markup } from '../html/html.js'
import { renderPage } from '../html/layout.js'
import { message, MESSAGES } from '../messages.js'
import { enrolmentInstructions } from './instructions.js'

export function enrolmentStartPage(options: { hadAuthenticator: boolean }): string {
  return renderPage({
    title: 'Autenticação em 2 fatores',
    heading: 'Autenticação em 2 fatores',
    message: options.hadAuthenticator ? message('aviso', MESSAGES.previousAuthenticator) : undefined,
    body: markup`<p>A autenticação em 2 fatores é um recurso para adicionar maior segurança no seu acesso ao sistema. Ao ativá-la, qualquer tentativa de login em dispositivos não liberados irá requerer também um código numérico gerado por um aplicativo.</p>
<p>Antes de prosseguir, leia as instruções.</p>
${enrolmentInstructions()}
<form method="post" action="/eproc/2fa/cadastro">
  <div class="botoes">
    <button id="btnProsseguir" name="acao" value="prosseguir" type="submit" class="botao">Prosseguir</button>
    <button id="btnCancelar" name="acao" value="cancelar" type="submit" class="botao secundario">Cancelar</button>
  </div>
</form>`,
  })
}
