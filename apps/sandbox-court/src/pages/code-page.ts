/**
 * The second step of a login with 2FA active (`GET /eproc/2fa/codigo`): "Código de acesso", "Validar",
 * "Não usar o 2FA neste dispositivo e navegador", and eproc's "Desativar 2FA" and "Cancelar Dispositivos
 * Liberados" (not available in the sandbox).
 *
 * @example
 *   codePage({ login: 'RS012345', message: message('erro', wrongCodeText(MESSAGES.invalidCodePrefix, 4)) })
 */
import { markup } from '../html/html.js'
import { renderPage } from '../html/layout.js'
import type { PageMessage } from '../messages.js'

export function codePage(options: { login: string; message?: PageMessage | undefined }): string {
  return renderPage({
    title: 'Código de acesso',
    heading: 'Autenticação em dois fatores',
    message: options.message,
    body: markup`<p>Informe o código de 6 dígitos gerado pelo aplicativo de autenticação para o usuário <strong>${options.login}</strong>.</p>
<form method="post" action="/eproc/2fa/codigo" autocomplete="off">
  <label for="txtAcessoCodigo">Código de acesso</label>
  <input id="txtAcessoCodigo" name="txtAcessoCodigo" type="text" class="campo codigo" inputmode="numeric" autocomplete="one-time-code" autofocus>
  <label class="opcao" for="chkNaoUsar2FA"><input id="chkNaoUsar2FA" name="chkNaoUsar2FA" type="checkbox" value="1"> Não usar o 2FA neste dispositivo e navegador</label>
  <div class="botoes">
    <button id="btnValidar" type="submit" class="botao">Validar</button>
  </div>
</form>
<div class="links">
  <a id="lnkDesativar2FA" href="/eproc/indisponivel">Desativar 2FA</a>
  <a id="lnkCancelarDispositivos" href="/eproc/indisponivel">Cancelar Dispositivos Liberados</a>
  <a href="/eproc/sair">Voltar ao login</a>
</div>`,
  })
}
