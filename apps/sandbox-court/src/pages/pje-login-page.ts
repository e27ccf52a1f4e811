/**
 * The PJe court's login page (`GET /pje/primeirograu/login.seam`): since the national SSO, one button,
 * `#btnSsoPdpj` ("Entrar com PDPJ"), that sends the browser to the SSO realm. It is a plain GET form
 * whose hidden fields are the authorization request (client, return address, state), so it works
 * without JavaScript.
 *
 * @example
 *   pjeLoginPage({ authorizePath: '/auth/realms/pje/protocol/openid-connect/auth', query: { client_id: … } })
 */
import { BRANDS } from '../html/brands.js'
import { markup } from '../html/html.js'
import { renderPage } from '../html/layout.js'
import type { PageMessage } from '../messages.js'

export function pjeLoginPage(options: {
  authorizePath: string
  query: Record<string, string>
  message?: PageMessage | undefined
}): string {
  return renderPage({
    brand: BRANDS.pje,
    title: 'Login',
    heading: 'PJe · Processo Judicial Eletrônico',
    message: options.message,
    body: markup`<p>O acesso ao PJe é feito pelo login único do Poder Judiciário (PDPJ), com CPF, senha e o código do aplicativo autenticador.</p>
<form id="frmSsoPdpj" method="get" action="${options.authorizePath}">
  ${Object.entries(options.query).map(([name, value]) => markup`<input type="hidden" name="${name}" value="${value}">`)}
  <div class="botoes">
    <button id="btnSsoPdpj" type="submit" class="botao">Entrar com PDPJ</button>
  </div>
</form>
<p class="nota">Certificado digital (PJeOffice): indisponível no sandbox.</p>`,
  })
}
