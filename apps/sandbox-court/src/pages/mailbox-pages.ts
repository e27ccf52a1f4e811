/**
 * The local mailbox (`/caixa-postal/`): the messages sent, newest first, and each message with its
 * activation link `#lnkAtivacao2fa`.
 *
 * @example
 *   mailboxPage(court.mailbox.list())
 *   mailMessagePage(mail)
 */
import { markup } from '../html/html.js'
import { renderPage } from '../html/layout.js'
import type { MailMessage } from '../state/mailbox.js'
import { formatTime } from './format-time.js'

export function mailboxPage(messages: readonly MailMessage[]): string {
  const rows = messages.map(
    (mail) => markup`<tr>
  <td>${mail.to}</td>
  <td><a href="/caixa-postal/${mail.id}">${mail.subject}</a></td>
  <td>${formatTime(mail.sentAt)}</td>
</tr>`,
  )
  const list =
    messages.length === 0
      ? markup`<p id="pCaixaVazia">Nenhuma mensagem.</p>`
      : markup`<table id="tblMensagens">
  <thead><tr><th scope="col">Para</th><th scope="col">Assunto</th><th scope="col">Enviado em</th></tr></thead>
  <tbody>${rows}</tbody>
</table>`
  return renderPage({
    title: 'Caixa postal do sandbox',
    heading: 'Caixa postal do sandbox',
    wide: true,
    body: markup`<p class="nota">Os e-mails que o tribunal sandbox "envia" ficam aqui: nada sai deste computador.</p>
${list}
<div class="links"><a href="/caixa-postal/">Atualizar</a><a href="/eproc/">Ir para o eproc</a></div>`,
  })
}

export function mailMessagePage(mail: MailMessage): string {
  return renderPage({
    title: mail.subject,
    heading: mail.subject,
    wide: true,
    body: markup`<dl>
  <dt>De</dt><dd>eproc · Tribunal Sandbox &lt;nao-responda@sandbox.local&gt;</dd>
  <dt>Para</dt><dd>${mail.to}</dd>
  <dt>Enviado em</dt><dd>${formatTime(mail.sentAt)}</dd>
</dl>
<div class="corpo-email">
  <p>Prezado(a) ${mail.recipientName},</p>
  <p>Recebemos um pedido de ativação da autenticação em 2 fatores para o usuário ${mail.login} no eproc do Tribunal Sandbox.</p>
  <p>Para confirmar a ativação, acesse o link abaixo:</p>
  <p><a id="lnkAtivacao2fa" href="${mail.activationPath}">Ativar a autenticação em 2 fatores</a></p>
  <p>Se você não fez esse pedido, ignore esta mensagem.</p>
</div>
<div class="links"><a href="/caixa-postal/">Voltar à caixa postal</a></div>`,
  })
}
