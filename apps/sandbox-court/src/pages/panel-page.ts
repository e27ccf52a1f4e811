/**
 * Where a successful login lands, in every system of the sandbox: "Painel do advogado", the user's name
 * and "Sair" (`#lnkSair`). The classic eproc's is `GET /eproc/painel`; the others pass their brand, their
 * logout and what they know (the chosen profile, how the second factor works).
 *
 * @example
 *   panelPage({ name: 'Dra. Conceição Araújo', login: 'RS012345', twoFactorActive: true })
 *   panelPage({ name, login, twoFactorActive: true, brand: BRANDS.pje, logoutHref: '/pje/primeirograu/logout.seam' })
 */
import type { Brand } from '../html/brands.js'
import { markup } from '../html/html.js'
import { renderPage } from '../html/layout.js'
import { message, MESSAGES } from '../messages.js'

export interface PanelPageOptions {
  name: string
  login: string
  twoFactorActive: boolean
  /** Default: eproc. */
  brand?: Brand
  /** Default: '/eproc/sair'. */
  logoutHref?: string
  /** eproc behind Keycloak: the profile chosen on "Seleção de perfil". */
  profile?: string
  /** Instead of 'ativa' / 'não ativada' (e-SAJ: 'código por e-mail a cada login'). */
  twoFactorText?: string
}

export function panelPage(options: PanelPageOptions): string {
  const twoFactor = options.twoFactorText ?? (options.twoFactorActive ? 'ativa' : 'não ativada')
  return renderPage({
    title: 'Painel do advogado',
    heading: 'Painel do advogado',
    ...(options.brand ? { brand: options.brand } : {}),
    message: options.twoFactorActive ? undefined : message('aviso', MESSAGES.twoFactorNotActive),
    body: markup`<p id="pBoasVindas">Bem-vindo(a), ${options.name}.</p>
<dl>
  <dt>Usuário</dt><dd>${options.login}</dd>
  ${options.profile !== undefined && markup`<dt>Perfil</dt><dd id="ddPerfil">${options.profile}</dd>`}
  <dt>Autenticação em 2 fatores</dt><dd>${twoFactor}</dd>
</dl>
<p class="nota">Nenhuma intimação pendente. (Este painel é só o ponto de chegada do login no sandbox.)</p>
<div class="links"><a id="lnkSair" href="${options.logoutHref ?? '/eproc/sair'}">Sair</a></div>`,
  })
}
