/**
 * The local mailbox (`/caixa-postal/`): the messages sent, newest first, and each message — the
 * classic eproc's activation link `#lnkAtivacao2fa`, or e-SAJ's login code `#spnCodigoAcesso`.
 *
 * @example
 *   mailboxPage(court.mailbox.list())
 *   mailMessagePage(mail)
 */
import { markup, type SafeHtml } from '../html/html.js'
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
<div class="links"><a href="/caixa-postal/">Atualizar</a><a href="/eproc/">Ir para o eproc</a><a href="/sajcas/login">Ir para o e-SAJ</a></div>`,
  })
}

function mailBody(mail: MailMessage): SafeHtml {
  if (mail.kind === 'activation') {
    return markup`<p>Recebemos um pedido de ativação da autenticação em 2 fatores para o usuário ${mail.login} no eproc do Tribunal Sandbox.</p>
  <p>Para confirmar a ativação, acesse o link abaixo:</p>
  <p><a id="lnkAtivacao2fa" href="${mail.activationPath}">Ativar a autenticação em 2 fatores</a></p>
  <p>Se você não fez esse pedido, ignore esta mensagem.</p>`
  }
  return markup`<p>Recebemos um pedido de acesso ao e-SAJ do Tribunal Sandbox com o usuário ${mail.login}.</p>
  <p>Seu código de acesso é: <strong id="spnCodigoAcesso">${mail.code}</strong></p>
  <p>Ele vale até <span id="spnValidadeCodigo">${formatTime(mail.validUntil)}</span> (5 minutos) e uma única vez.</p>
  <p>Se você não tentou entrar no e-SAJ, ignore esta mensagem e troque a sua senha.</p>`
}

export function mailMessagePage(mail: MailMessage): string {
  const sender = mail.kind === 'activation' ? 'eproc' : 'e-SAJ'
  return renderPage({
    title: mail.subject,
    heading: mail.subject,
    wide: true,
    body: markup`<dl>
  <dt>De</dt><dd>${sender} · Tribunal Sandbox &lt;nao-responda@sandbox.local&gt;</dd>
  <dt>Para</dt><dd>${mail.to}</dd>
  <dt>Enviado em</dt><dd>${formatTime(mail.sentAt)}</dd>
</dl>
<div class="corpo-email">
  <p>Prezado(a) ${mail.recipientName},</p>
  ${mailBody(mail)}
</div>
<div class="links"><a href="/caixa-postal/">Voltar à caixa postal</a></div>`,
  })
}
