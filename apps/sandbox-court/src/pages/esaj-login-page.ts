/**
 * e-SAJ's login (`GET /sajcas/login`, a CAS server): the "CPF/CNPJ" tab `#linkAbaCpf` with
 * `#usernameForm`, `#passwordForm` and `#pbEntrar`, and the "Certificado digital" tab
 * `#linkAbaCertificado` (`?aba=certificado`), which says certificate login is not available here.
 *
 * @example
 *   esajLoginPage({ tab: 'cpf', service: '/esaj/j_spring_cas_security_check', username: '529…' })
 */
import { BRANDS } from '../html/brands.js'
import { markup } from '../html/html.js'
import { renderPage } from '../html/layout.js'
import { message, MESSAGES, type PageMessage } from '../messages.js'

export interface EsajLoginOptions {
  tab: 'cpf' | 'certificado'
  /** Where the service ticket goes (kept through the form). */
  service: string
  username?: string
  message?: PageMessage | undefined
}

export function esajLoginPage(options: EsajLoginOptions): string {
  const service = encodeURIComponent(options.service)
  const certificate = options.tab === 'certificado'
  const tabs = markup`<nav class="abas" aria-label="Forma de identificação">
  <a id="linkAbaCpf" class="aba${certificate ? '' : ' ativa'}" href="/sajcas/login?service=${service}"${certificate ? '' : markup` aria-current="page"`}>CPF/CNPJ</a>
  <a id="linkAbaCertificado" class="aba${certificate ? ' ativa' : ''}" href="/sajcas/login?service=${service}&amp;aba=certificado"${certificate ? markup` aria-current="page"` : ''}>Certificado digital</a>
</nav>`
  const form = markup`<form id="formLogin" method="post" action="/sajcas/login">
  <input type="hidden" name="service" value="${options.service}">
  <label for="usernameForm">CPF/CNPJ</label>
  <input id="usernameForm" name="username" type="text" class="campo" inputmode="numeric" autocomplete="username" spellcheck="false" value="${options.username ?? ''}">
  <label for="passwordForm">Senha</label>
  <input id="passwordForm" name="password" type="password" class="campo" autocomplete="current-password">
  <div class="botoes">
    <input id="pbEntrar" name="pbEntrar" type="submit" class="botao" value="Entrar">
  </div>
</form>`
  return renderPage({
    brand: BRANDS.esaj,
    title: 'Identificação',
    heading: 'Identificação',
    message: certificate ? message('aviso', MESSAGES.certificateUnavailable) : options.message,
    body: markup`${tabs}
${certificate ? markup`<p>Use a aba CPF/CNPJ para entrar com usuário e senha.</p>` : form}
<p class="nota">A cada login, o e-SAJ envia um código de acesso de 6 dígitos para o e-mail cadastrado (no sandbox, para a <a href="/caixa-postal/">caixa postal local</a>).</p>`,
  })
}
