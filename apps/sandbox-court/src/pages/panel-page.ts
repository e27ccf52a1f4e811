/**
 * Where a successful login lands (`GET /eproc/painel`): "Painel do advogado", the user's name and "Sair".
 *
 * @example
 *   panelPage({ name: 'Dra. Conceição Araújo', login: 'RS012345', twoFactorActive: true })
 */
import { markup } from '../html/html.js'
import { renderPage } from '../html/layout.js'
import { message, MESSAGES } from '../messages.js'

export function panelPage(options: { name: string; login: string; twoFactorActive: boolean }): string {
  return renderPage({
    title: 'Painel do advogado',
    heading: 'Painel do advogado',
    message: options.twoFactorActive ? undefined : message('aviso', MESSAGES.twoFactorNotActive),
    body: markup`<p id="pBoasVindas">Bem-vindo(a), ${options.name}.</p>
<dl>
  <dt>Usuário</dt><dd>${options.login}</dd>
  <dt>Autenticação em 2 fatores</dt><dd>${options.twoFactorActive ? 'ativa' : 'não ativada'}</dd>
</dl>
<p class="nota">Nenhuma intimação pendente. (Este painel é só o ponto de chegada do login no sandbox.)</p>
<div class="links"><a id="lnkSair" href="/eproc/sair">Sair</a></div>`,
  })
}
