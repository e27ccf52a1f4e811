/**
 * The journeys the tests repeat, driven through the pages like a person would: open the key page, read
 * the activation link from the mailbox, enrol completely, log in up to the code page.
 *
 * @example
 *   const key = await enrol(browser, clock, { login: 'RS012345', password: 'sandbox-rs-2024' })
 */
import { expect } from 'vitest'
import type { Browser, Page } from './browser.js'
import { attribute, elementTag, elementText } from './html-reading.js'
import { codeAt } from './totp-clock.js'

export interface Credentials {
  login: string
  password: string
}

/** Login → "Autenticação em dois fatores" → "Prosseguir": the key page and the key read from it. */
export async function openKeyPage(browser: Browser, user: Credentials): Promise<{ page: Page; key: string }> {
  const start = await browser.post('/eproc/', {
    txtUsuario: user.login,
    pwdSenha: user.password,
    acao: '2fa',
  })
  expect(start.path).toBe('/eproc/2fa/cadastro')
  const page = await browser.post('/eproc/2fa/cadastro', { acao: 'prosseguir' })
  expect(page.path).toBe('/eproc/2fa/chave')
  const shown = elementText(page.html, 'spnChave2fa')
  expect(shown).toMatch(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/)
  return { page, key: (shown ?? '').replace(/ /g, '') }
}

/** The activation link of the newest message in the mailbox. */
export async function newestActivationLink(browser: Browser): Promise<string> {
  const list = await browser.get('/caixa-postal/')
  const id = /href="\/caixa-postal\/(\d+)"/.exec(list.html)?.[1]
  expect(id).toBeDefined()
  const mail = await browser.get(`/caixa-postal/${id}`)
  const href = attribute(elementTag(mail.html, 'lnkAtivacao2fa'), 'href')
  expect(href).toMatch(/^\/eproc\/2fa\/ativar\?token=[A-Za-z0-9_-]{43}$/)
  return href ?? ''
}

/** Opens the activation link and clicks "Confirmar". */
export async function confirmActivation(browser: Browser, link: string): Promise<Page> {
  const confirm = await browser.get(link)
  const token = attribute(/<input type="hidden" name="token"[^>]*>/.exec(confirm.html)?.[0], 'value') ?? ''
  return browser.post('/eproc/2fa/ativar', { token })
}

/** The whole enrolment with a personal e-mail; returns the key that is now active. */
export async function enrol(
  browser: Browser,
  clock: { now(): number },
  user: Credentials,
  email = 'pessoal@example.com',
): Promise<string> {
  const { key } = await openKeyPage(browser, user)
  const sent = await browser.post('/eproc/2fa/chave', {
    txtCodigo2fa: codeAt(key, clock.now()),
    txtEmailPessoal: email,
    acao: 'enviar',
  })
  expect(sent.path).toBe('/eproc/2fa/enviado')
  const done = await confirmActivation(browser, await newestActivationLink(browser))
  expect(done.path).toBe('/eproc/2fa/ativada')
  return key
}

/** User and password with "Entrar". */
export const signIn = (browser: Browser, user: Credentials) =>
  browser.post('/eproc/', { txtUsuario: user.login, pwdSenha: user.password, acao: 'entrar' })

/** Types a code on the code page. */
export const submitCode = (browser: Browser, code: string, releaseDevice = false) =>
  browser.post(
    '/eproc/2fa/codigo',
    releaseDevice ? { txtAcessoCodigo: code, chkNaoUsar2FA: '1' } : { txtAcessoCodigo: code },
  )
