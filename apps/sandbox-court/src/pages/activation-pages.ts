/**
 * Enrolment step 4, the activation link: "Confirma a ativação…?" with "Confirmar", then the result
 * ("A autenticação em 2 fatores foi ativada." or "Link de ativação inválido ou já utilizado.").
 *
 * @example
 *   confirmActivationPage({ token, login: 'RS012345' })
 *   activationResultPage(message('sucesso', MESSAGES.activated))
 */
import { markup } from '../html/html.js'
import { renderPage } from '../html/layout.js'
import type { PageMessage } from '../messages.js'

export function confirmActivationPage(options: { token: string; login: string }): string {
  return renderPage({
    title: 'Ativação da autenticação em 2 fatores',
    heading: 'Autenticação em 2 fatores',
    // The token is a one-time link token, not a secret of the user: a form field is fine.
    body: markup`<p>Usuário: <strong>${options.login}</strong></p>
<p id="pConfirmaAtivacao">Confirma a ativação da autenticação em 2 fatores?</p>
<form method="post" action="/eproc/2fa/ativar">
  <input type="hidden" name="token" value="${options.token}">
  <div class="botoes">
    <button id="btnConfirmarAtivacao" type="submit" class="botao">Confirmar</button>
    <a class="botao secundario" href="/eproc/">Cancelar</a>
  </div>
</form>`,
  })
}

export function activationResultPage(result: PageMessage): string {
  return renderPage({
    title: 'Ativação da autenticação em 2 fatores',
    heading: 'Autenticação em 2 fatores',
    message: result,
    body: markup`${result.kind === 'sucesso' && markup`<p>A partir de agora, o login pede usuário, senha e o código de 6 dígitos exibido no aplicativo.</p>`}
<div class="botoes"><a id="lnkLogin" class="botao" href="/eproc/">Ir para a tela de login</a></div>`,
  })
}
