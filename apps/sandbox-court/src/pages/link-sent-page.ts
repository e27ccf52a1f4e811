/**
 * Enrolment step 3 (`GET /eproc/2fa/enviado`): the activation link went to the personal e-mail; here
 * the e-mail is the local mailbox, one click away.
 *
 * @example
 *   linkSentPage('ana@gmail.com')
 */
import { markup } from '../html/html.js'
import { renderPage } from '../html/layout.js'
import { message, MESSAGES } from '../messages.js'

export function linkSentPage(email: string): string {
  return renderPage({
    title: 'Autenticação em 2 fatores',
    heading: 'Autenticação em 2 fatores',
    message: message('sucesso', MESSAGES.activationLinkSent(email)),
    body: markup`<p>No sandbox, os e-mails não saem deste computador: ficam na caixa postal local.</p>
<div class="botoes">
  <a id="lnkCaixaPostal" class="botao" href="/caixa-postal/">Abrir a caixa postal do sandbox</a>
  <a class="botao secundario" href="/eproc/">Voltar ao login</a>
</div>`,
  })
}
