import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startSandboxCourt, type SandboxCourt } from '../index.js'
import { createBrowser } from './browser.js'
import { attribute, elementTag, elementText, labelFor, pageMessage } from './html-reading.js'
import { enrol, signIn, submitCode } from './journeys.js'
import { codeAt, testClock, wrongCodeAt } from './totp-clock.js'

const KEY = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'
const USER = { login: 'TOTP01', password: 'senha-totp-01', name: 'Dra. Helena Souza' }
const clock = testClock()
let court: SandboxCourt

const ALREADY_USED = 'O código informado já foi utilizado. Aguarde o próximo código gerado pelo aplicativo.'
const LOCKED = 'Usuário bloqueado por excesso de tentativas inválidas. Procure o suporte do tribunal.'
const LAST_WARNING = 'Código inválido. Atenção: mais uma tentativa inválida bloqueará o usuário.'

beforeAll(async () => {
  court = await startSandboxCourt({ port: 0, now: clock.now })
})
afterAll(() => court.close())
beforeEach(() => {
  court.reset()
  court.addUser({ ...USER, totpSecret: KEY })
  clock.set(Date.UTC(2025, 0, 15, 12, 0, 10))
})

async function atCodePage() {
  const browser = createBrowser(court.url)
  const page = await signIn(browser, USER)
  expect(page.path).toBe('/eproc/2fa/codigo')
  return browser
}

const messageText = async (page: Promise<{ html: string }>) => pageMessage((await page).html)?.text

describe('login', () => {
  it('refuses a wrong password or an unknown user, keeping the user typed but never the password', async () => {
    const browser = createBrowser(court.url)
    for (const [login, password] of [
      [USER.login, 'senha-errada-123'],
      ['NINGUEM99', USER.password],
    ] as const) {
      const page = await browser.post('/eproc/', { txtUsuario: login, pwdSenha: password, acao: 'entrar' })
      expect(page.path).toBe('/eproc/')
      expect(pageMessage(page.html)).toEqual({ kind: 'erro', text: 'Usuário ou senha inválidos.' })
      expect(attribute(elementTag(page.html, 'txtUsuario'), 'value')).toBe(login)
      expect(page.html).not.toContain(password)
    }
    expect((await browser.get('/eproc/painel')).path).toBe('/eproc/')
  })

  it('without 2FA active goes straight to the panel, with a warning', async () => {
    const browser = createBrowser(court.url)
    const panel = await signIn(browser, { login: 'sc067890', password: 'sandbox-sc-2024' }) // any case
    expect(panel.path).toBe('/eproc/painel')
    expect(panel.html).toContain('<h1>Painel do advogado</h1>')
    expect(panel.html).toContain('Bem-vindo(a), Dr. João Batista.')
    expect(pageMessage(panel.html)).toEqual({
      kind: 'aviso',
      text: 'A autenticação em 2 fatores ainda não foi ativada para o seu usuário.',
    })
  })

  it('with 2FA active asks for the code, then shows the panel; "Sair" ends the session', async () => {
    const browser = await atCodePage()
    const codePage = await browser.get('/eproc/2fa/codigo')
    expect(labelFor(codePage.html, 'txtAcessoCodigo')).toBe('Código de acesso')
    expect(elementText(codePage.html, 'btnValidar')).toBe('Validar')
    expect(labelFor(codePage.html, 'chkNaoUsar2FA')).toBe('Não usar o 2FA neste dispositivo e navegador')
    expect(codePage.html).toContain('>Desativar 2FA</a>')
    expect(codePage.html).toContain('>Cancelar Dispositivos Liberados</a>')
    expect((await browser.get('/eproc/painel')).path).toBe('/eproc/') // not before the code
    const sessionBefore = browser.cookie('sandbox_eproc_sessao')

    const panel = await submitCode(browser, codeAt(KEY, clock.now()))
    expect(panel.path).toBe('/eproc/painel')
    expect(panel.html).toContain('<h1>Painel do advogado</h1>')
    expect(panel.html).toContain('Bem-vindo(a), Dra. Helena Souza.')
    expect(pageMessage(panel.html)).toBeUndefined()
    expect(elementText(panel.html, 'lnkSair')).toBe('Sair')
    expect(browser.cookie('sandbox_eproc_sessao')).not.toBe(sessionBefore) // a fresh id after login

    const out = await browser.get('/eproc/sair')
    expect(out.path).toBe('/eproc/')
    expect((await browser.get('/eproc/painel')).path).toBe('/eproc/')
  })

  it('accepts the codes of one window before and after, not two', async () => {
    const at = async (offsetMs: number) => {
      const browser = await atCodePage()
      return submitCode(browser, codeAt(KEY, clock.now() + offsetMs))
    }
    expect(pageMessage((await at(60_000)).html)?.text).toBe('Código inválido. Restam 4 tentativas.')
    expect(pageMessage((await at(-60_000)).html)?.text).toBe('Código inválido. Restam 3 tentativas.')
    expect((await at(-30_000)).path).toBe('/eproc/painel')
    expect((await at(30_000)).path).toBe('/eproc/painel')
  })

  it('refuses a reused code, or an older one, without counting it as a wrong attempt', async () => {
    const code = codeAt(KEY, clock.now())
    expect((await submitCode(await atCodePage(), code)).path).toBe('/eproc/painel')

    const browser = await atCodePage()
    const reused = await submitCode(browser, code)
    expect(reused.path).toBe('/eproc/2fa/codigo')
    expect(pageMessage(reused.html)).toEqual({ kind: 'erro', text: ALREADY_USED })
    const previousWindow = await submitCode(browser, codeAt(KEY, clock.now() - 30_000))
    expect(pageMessage(previousWindow.html)?.text).toBe(ALREADY_USED)
    // Had the reuses counted, this would already be the last-attempt warning.
    expect(await messageText(submitCode(browser, wrongCodeAt(KEY, clock.now())))).toBe(
      'Código inválido. Restam 4 tentativas.',
    )
    clock.nextWindow()
    expect((await submitCode(browser, codeAt(KEY, clock.now()))).path).toBe('/eproc/painel')
  })

  it('warns before the 5th wrong code, locks at the 5th, and a right code is refused afterwards', async () => {
    const browser = await atCodePage()
    const wrong = () => submitCode(browser, wrongCodeAt(KEY, clock.now()))
    // A code that is not 6 digits is a typing slip, not an attempt.
    expect(await messageText(submitCode(browser, '12345'))).toBe(
      'Informe o código de acesso de 6 dígitos gerado pelo aplicativo.',
    )
    expect(await messageText(wrong())).toBe('Código inválido. Restam 4 tentativas.')
    expect(await messageText(wrong())).toBe('Código inválido. Restam 3 tentativas.')
    expect(await messageText(wrong())).toBe('Código inválido. Restam 2 tentativas.')
    expect(await messageText(wrong())).toBe(LAST_WARNING)
    const fifth = await wrong()
    expect(pageMessage(fifth.html)).toEqual({ kind: 'erro', text: LOCKED })

    // Locked: the right password and code do not help, in this browser or another, nor does enrolment.
    clock.nextWindow()
    expect((await submitCode(browser, codeAt(KEY, clock.now()))).path).toBe('/eproc/') // the code step is gone
    expect((await browser.get('/eproc/painel')).path).toBe('/eproc/')
    for (const acao of ['entrar', '2fa']) {
      const again = await createBrowser(court.url).post('/eproc/', {
        txtUsuario: USER.login,
        pwdSenha: USER.password,
        acao,
      })
      expect(again.path, acao).toBe('/eproc/')
      expect(pageMessage(again.html), acao).toEqual({ kind: 'erro', text: LOCKED })
    }
  })

  it('a locked user stays locked even with a code page left open in another tab', async () => {
    const tab1 = await atCodePage()
    const tab2 = createBrowser(court.url)
    await signIn(tab2, USER)
    for (let attempt = 0; attempt < 5; attempt++) await submitCode(tab1, wrongCodeAt(KEY, clock.now()))
    const late = await submitCode(tab2, codeAt(KEY, clock.now()))
    expect(pageMessage(late.html)).toEqual({ kind: 'erro', text: LOCKED })
    expect(late.path).not.toBe('/eproc/painel')
  })

  it('a right code resets the count of wrong codes', async () => {
    const browser = await atCodePage()
    for (let attempt = 0; attempt < 3; attempt++) await submitCode(browser, wrongCodeAt(KEY, clock.now()))
    expect((await submitCode(browser, codeAt(KEY, clock.now()))).path).toBe('/eproc/painel')
    clock.nextWindow()
    const next = await atCodePage()
    expect(await messageText(submitCode(next, wrongCodeAt(KEY, clock.now())))).toBe(
      'Código inválido. Restam 4 tentativas.',
    )
  })

  it('"Não usar o 2FA neste dispositivo e navegador" skips the code in that browser only', async () => {
    const browser = await atCodePage()
    const panel = await submitCode(browser, codeAt(KEY, clock.now()), true)
    expect(panel.path).toBe('/eproc/painel')
    const deviceLine = browser.setCookieLines.find((line) => line.startsWith('sandbox_eproc_dispositivo='))
    expect(deviceLine).toMatch(/; HttpOnly/)
    expect(deviceLine).toMatch(/; SameSite=Lax/)
    expect(deviceLine).toMatch(/; Max-Age=2592000/)

    await browser.get('/eproc/sair')
    const again = await signIn(browser, USER)
    expect(again.path).toBe('/eproc/painel')
    expect(again.html).toContain('Bem-vindo(a), Dra. Helena Souza.')

    // Another browser still needs the code; another user in this browser too.
    expect((await signIn(createBrowser(court.url), USER)).path).toBe('/eproc/2fa/codigo')
    court.addUser({ login: 'TOTP02', password: 'senha-totp-02', name: 'Dr. Outro', totpSecret: KEY })
    expect((await signIn(browser, { login: 'TOTP02', password: 'senha-totp-02' })).path).toBe(
      '/eproc/2fa/codigo',
    )
  })

  it('sets the session cookie httpOnly and SameSite=Lax', async () => {
    const browser = await atCodePage()
    const line = browser.setCookieLines.find((cookie) => cookie.startsWith('sandbox_eproc_sessao='))
    expect(line).toMatch(/^sandbox_eproc_sessao=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax$/)
  })

  it('"Desativar 2FA" and "Cancelar Dispositivos Liberados" are not available in the sandbox', async () => {
    const browser = await atCodePage()
    const page = await browser.get('/eproc/indisponivel')
    expect(pageMessage(page.html)).toEqual({ kind: 'aviso', text: 'Indisponível no sandbox.' })
    expect(page.html).toContain('href="/eproc/2fa/codigo"')
  })

  it('escapes what users and the court put in pages', async () => {
    const name = '<script>alert("x")</script> & Cia'
    court.addUser({ login: 'XSS01', password: 'senha-xss', name })
    const browser = createBrowser(court.url)
    const panel = await signIn(browser, { login: 'XSS01', password: 'senha-xss' })
    expect(panel.html).not.toContain('<script>alert')
    expect(panel.html).toContain('Bem-vindo(a), &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Cia.')

    const typed = '"><script>alert(1)</script>'
    const login = await browser.post('/eproc/', { txtUsuario: typed, pwdSenha: 'x', acao: 'entrar' })
    expect(login.html).not.toContain('<script>alert(1)')
    expect(attribute(elementTag(login.html, 'txtUsuario'), 'value')).toBe(typed)

    // The name reaches the activation e-mail escaped too.
    await enrol(browser, clock, { login: 'XSS01', password: 'senha-xss' })
    const mail = await browser.get('/caixa-postal/1')
    expect(mail.html).toContain('Prezado(a) &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Cia,')
    expect(mail.html).not.toContain('<script>alert')
  })
})
