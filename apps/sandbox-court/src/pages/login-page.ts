/**
 * The classic eproc login (`GET /eproc/`): user, password, "Entrar", and "Autenticação em dois fatores"
 * — a second submit button styled as a link, clicked instead of "Entrar" to enrol (seed 003, step 1).
 *
 * @example
 *   loginPage({ login: 'RS012345', message: message('erro', MESSAGES.invalidCredentials) })
 */
import { markup } from '../html/html.js'
import { renderPage } from '../html/layout.js'
import type { PageMessage } from '../messages.js'

export interface LoginPageOptions {
  /** What was typed in "Usuário" (kept after an error; the password never is). */
  login?: string
  message?: PageMessage | undefined
}

export function loginPage(options: LoginPageOptions = {}): string {
  return renderPage({
    title: 'Acesso ao sistema',
    heading: 'Acesso ao sistema',
    message: options.message,
    body: markup`<form method="post" action="/eproc/">
  <label for="txtUsuario">Usuário</label>
  <input id="txtUsuario" name="txtUsuario" type="text" class="campo" autocomplete="username" autocapitalize="characters" spellcheck="false" value="${options.login ?? ''}">
  <label for="pwdSenha">Senha</label>
  <input id="pwdSenha" name="pwdSenha" type="password" class="campo" autocomplete="current-password">
  <div class="botoes">
    <button id="sbmEntrar" name="acao" value="entrar" type="submit" class="botao">Entrar</button>
  </div>
  <div class="links">
    <button id="btnAutenticacao2Fatores" name="acao" value="2fa" type="submit" class="link">Autenticação em dois fatores</button>
    <a href="/eproc/indisponivel">Esqueci minha senha</a>
  </div>
</form>`,
  })
}
