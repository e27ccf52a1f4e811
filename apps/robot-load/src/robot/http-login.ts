/**
 * One login over plain HTTP, as the 6 lighter robots do it: the password form, then a code claimed from
 * the store, the wait the claim asked for, and the code form. Two flows of the sandbox group 'sandbox':
 *
 * - 'eproc-form' (`sandbox-eproc`): POST /eproc/ (txtUsuario, pwdSenha) → /eproc/2fa/codigo
 *   (txtAcessoCodigo) → /eproc/painel;
 * - 'keycloak' (`sandbox-eproc-keycloak`): GET /eproc-keycloak/ → the realm's form (username, password)
 *   → its code form (otp) → "Seleção de perfil" (the first profile) → /eproc-keycloak/painel.
 *
 * The code is claimed after the password, right before it is needed, as `loginToCourt` does.
 *
 * ```ts
 * const outcome = await httpLogin({ system, login: 'RS012345', password, claim, onSubmitted })
 * ```
 */
import type { SandboxCourtSystem } from '@a2f/sandbox-court/court-system'
import type { LoginResult } from '../records.js'
import { formBrowser, type FormPage } from './form-browser.js'

export interface ClaimedCode {
  code: string
  counter: number
  waitMs: number
}

export interface HttpLoginOptions {
  system: SandboxCourtSystem
  login: string
  password: string
  /** Claims a code; undefined when the robot must stop (the code's window opens after the run). */
  claim(): Promise<ClaimedCode | undefined>
  sleep(ms: number): Promise<void>
  /** Called right after the code form was posted. */
  onSubmitted(counter: number): void
}

export interface HttpLoginOutcome {
  result: LoginResult | 'released'
  counter?: number
  waitMs?: number
  detail?: string
}

const USED = /j(?:á|&aacute;|&#225;|&#xe1;) foi utilizado/i

export async function httpLogin(options: HttpLoginOptions): Promise<HttpLoginOutcome> {
  const { system } = options
  const browser = formBrowser(new URL(system.login.url).origin)
  let codePage: FormPage
  let codePath: string
  let codeField: string
  let landing: RegExp
  if (system.login.flow === 'eproc-form') {
    const path = new URL(system.login.url).pathname
    codePage = await browser.post(path, {
      txtUsuario: options.login,
      pwdSenha: options.password,
      acao: 'entrar',
    })
    codePath = '/eproc/2fa/codigo'
    codeField = 'txtAcessoCodigo'
    landing = /^\/eproc\/painel/
  } else if (system.login.flow === 'keycloak') {
    const form = await browser.get(new URL(system.login.url).pathname)
    const action = /<form[^>]*id="kc-form-login"[^>]*action="([^"]+)"/.exec(form.html)?.[1]
    if (action === undefined)
      return { result: 'refused', detail: `no #kc-form-login at ${form.path.split('?')[0]}` }
    codePath = decodeHtml(action)
    codePage = await browser.post(codePath, {
      username: options.login,
      password: options.password,
      login: 'Entrar',
    })
    codeField = 'otp'
    landing = /^\/eproc-keycloak\/perfil/
  } else {
    throw new Error(`httpLogin: flow ${system.login.flow} is not one of the group's (eproc-form, keycloak)`)
  }
  if (!codePage.html.includes(`name="${codeField}"`))
    return { result: 'refused', detail: messageOf(codePage) }

  const claimed = await options.claim()
  if (claimed === undefined) return { result: 'released' }
  if (claimed.waitMs > 0) await options.sleep(claimed.waitMs)
  const fields: Record<string, string> =
    codeField === 'otp' ? { otp: claimed.code, login: 'Entrar' } : { txtAcessoCodigo: claimed.code }
  const answer = await browser.post(codePath, fields)
  options.onSubmitted(claimed.counter)
  const base = { counter: claimed.counter, waitMs: claimed.waitMs }
  if (USED.test(answer.html)) return { ...base, result: 'already-used', detail: messageOf(answer) }
  if (!landing.test(answer.path)) return { ...base, result: 'refused', detail: messageOf(answer) }
  if (system.login.flow === 'keycloak') {
    const profile = /name="perfil" value="([^"]+)"/.exec(answer.html)?.[1]
    if (profile === undefined)
      return { ...base, result: 'refused', detail: 'no profile on "Seleção de perfil"' }
    const panel = await browser.post('/eproc-keycloak/perfil', { perfil: decodeHtml(profile) })
    if (!/^\/eproc-keycloak\/painel/.test(panel.path))
      return { ...base, result: 'refused', detail: messageOf(panel) }
  }
  return { ...base, result: 'logged-in' }
}

/** The court's message box (classic or Keycloak), as text: what the court said, never what was typed. */
function messageOf(page: FormPage): string {
  const box =
    /<div id="divMensagem"[^>]*>([\s\S]*?)<\/div>/.exec(page.html)?.[1] ??
    /class="[^"]*\bkc-feedback-text\b[^"]*"[^>]*>([^<]*)</.exec(page.html)?.[1]
  const text =
    box === undefined
      ? ''
      : decodeHtml(box.replace(/<[^>]+>/g, ' '))
          .replace(/\s+/g, ' ')
          .trim()
  return `${page.status} ${page.path.split('?')[0]}${text ? `: ${text}` : ''}`
}

function decodeHtml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&aacute;|&#225;|&#xe1;/g, 'á')
    .replace(/&amp;/g, '&')
}
