/**
 * eproc's "Seleção de perfil" (`GET /eproc-keycloak/perfil`), between the Keycloak login and the panel:
 * one button per profile, each with `data-descricao="RS012345 / ADVOGADO"` (TJRS's markup, as public
 * robots read it). The page title contains "Seleção de perfil", which is how robots recognise it.
 *
 * @example
 *   profilePage({ name: 'Dra. Conceição Araújo', profiles: profilesOf('RS012345') })
 */
import { markup } from '../html/html.js'
import { renderPage } from '../html/layout.js'
import type { PageMessage } from '../messages.js'
import type { Profile } from '../state/profiles.js'

export function profilePage(options: {
  name: string
  profiles: readonly Profile[]
  message?: PageMessage | undefined
}): string {
  return renderPage({
    title: 'Seleção de perfil',
    heading: 'Seleção de perfil',
    message: options.message,
    body: markup`<p>Olá, ${options.name}. Escolha o perfil com que deseja acessar o sistema:</p>
<form id="frmSelecaoPerfil" method="post" action="/eproc-keycloak/perfil" class="perfis">
  ${options.profiles.map(
    (profile, index) =>
      markup`<button id="btnPerfil${index}" type="submit" name="perfil" value="${profile.id}" class="botao secundario" data-descricao="${profile.descricao}">${profile.descricao}</button>`,
  )}
</form>
<div class="links"><a href="/eproc-keycloak/sair">Sair</a></div>`,
  })
}
