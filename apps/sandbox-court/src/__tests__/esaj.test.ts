import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startSandboxCourt, type SandboxCourt } from '../index.js'
import { createBrowser, type Browser } from './browser.js'
import { attribute, elementTag, elementText, labelFor, pageMessage } from './html-reading.js'
import { T0, testClock } from './totp-clock.js'

const USER = {
  login: '12345678909',
  password: 'senha-saj-01',
  name: 'Dra. Sofia Prado',
  email: 'sofia.prado@example.com',
}
const PORTAL = '/esaj/portal.do'
const LOCKED = 'Usuário bloqueado por excesso de tentativas inválidas. Procure o suporte do tribunal.'
const clock = testClock()
let court: SandboxCourt

beforeAll(async () => {
  court = await startSandboxCourt({ port: 0, now: clock.now })
})
afterAll(() => court.close())
beforeEach(() => {
  court.reset()
  court.addUser({ ...USER, realm: 'esaj' })
  clock.set(T0)
})

const signIn = (browser: Browser, user: { login: string; password: string } = USER) =>
  browser.post('/sajcas/login', {
    username: user.login,
    password: user.password,
    service: '/esaj/j_spring_cas_security_check',
    pbEntrar: 'Entrar',
  })
const submitCode = (browser: Browser, codigo: string) =>
  browser.post('/sajcas/codigo', { codigo, acao: 'validar' })
const resend = (browser: Browser) => browser.post('/sajcas/codigo', { acao: 'reenviar' })

/** The code of the newest e-mail, read from the mailbox pages as a person would. */
async function codeFromMailbox(browser: Browser): Promise<string> {
  const list = await browser.get('/caixa-postal/')
  const id = /href="\/caixa-postal\/(\d+)">Código de acesso ao e-SAJ</.exec(list.html)?.[1]
  expect(id).toBeDefined()
  const mail = await browser.get(`/caixa-postal/${id}`)
  const code = elementText(mail.html, 'spnCodigoAcesso')
  expect(code).toMatch(/^\d{6}$/)
  return code ?? ''
}

async function atCodePage() {
  const browser = createBrowser(court.url)
  const page = await signIn(browser)
  expect(page.path).toBe('/sajcas/codigo')
  return browser
}

/** A 6-digit code that is none of the user's codes so far. */
function neverSent(): string {
  const sent = new Set(court.messages(USER.email).map((mail) => mail.code))
  for (let candidate = 0; ; candidate++) {
    const code = String(candidate).padStart(6, '0')
    if (!sent.has(code)) return code
  }
}

describe('e-SAJ: the login page', () => {
  it('has #usernameForm, #passwordForm, #pbEntrar and the certificate tab', async () => {
    const browser = createBrowser(court.url)
    const page = await browser.get('/sajcas/login?service=%2Fesaj%2Fj_spring_cas_security_check')
    expect(page.html).toContain('<span class="logo">e-SAJ</span>')
    expect(labelFor(page.html, 'usernameForm')).toBe('CPF/CNPJ')
    expect(attribute(elementTag(page.html, 'usernameForm'), 'name')).toBe('username')
    expect(labelFor(page.html, 'passwordForm')).toBe('Senha')
    expect(attribute(elementTag(page.html, 'pbEntrar'), 'value')).toBe('Entrar')
    expect(elementText(page.html, 'linkAbaCertificado')).toBe('Certificado digital')

    const certificate = await browser.get(
      attribute(elementTag(page.html, 'linkAbaCertificado'), 'href') ?? '',
    )
    expect(pageMessage(certificate.html)).toEqual({
      kind: 'aviso',
      text: 'O login com certificado digital não está disponível no sandbox: entre com usuário e senha.',
    })
    expect(elementTag(certificate.html, 'usernameForm')).toBeUndefined()
    // The portal, without a session, sends the browser to the login.
    expect((await browser.get(PORTAL)).path).toBe(
      '/sajcas/login?service=%2Fesaj%2Fj_spring_cas_security_check',
    )
  })

  it('refuses a wrong password or an unknown user, keeping the CPF but never the password', async () => {
    for (const user of [
      { login: USER.login, password: 'senha-errada-9' },
      { login: '00000000191', password: USER.password },
    ]) {
      const page = await signIn(createBrowser(court.url), user)
      expect(page.path).toBe('/sajcas/login')
      expect(pageMessage(page.html)).toEqual({ kind: 'erro', text: 'Usuário ou senha inválidos.' })
      expect(attribute(elementTag(page.html, 'usernameForm'), 'value')).toBe(user.login)
      expect(page.html).not.toContain(user.password)
    }
    expect(court.messages()).toEqual([]) // no code was sent
  })
})

describe('e-SAJ: the code sent by e-mail', () => {
  it('goes to the mailbox at each login and opens the portal once', async () => {
    const browser = await atCodePage()
    const codePage = await browser.get('/sajcas/codigo')
    expect(labelFor(codePage.html, 'codigoForm')).toBe('Código de acesso')
    expect(elementText(codePage.html, 'btnValidarCodigo')).toBe('Validar')
    expect(elementText(codePage.html, 'btnReenviarCodigo')).toBe('Reenviar código')
    expect(elementText(codePage.html, 'spnEmailMascarado')).toBe('s***@example.com')

    const code = await codeFromMailbox(browser)
    const [mail] = court.messages(USER.email)
    expect(mail).toMatchObject({
      kind: 'access-code',
      subject: 'Código de acesso ao e-SAJ',
      login: USER.login,
      code,
    })
    expect(mail?.validUntil).toBe(T0 + 5 * 60_000)
    const json = await (await fetch(`${court.url}/__sandbox/mensagens?para=SOFIA.PRADO@example.com`)).json()
    expect(json).toEqual([{ ...mail }])

    const portal = await submitCode(browser, code)
    expect(portal.redirects[0]).toMatch(/^\/esaj\/j_spring_cas_security_check\?ticket=ST-[A-Za-z0-9_-]{43}$/)
    expect(portal.path).toBe(PORTAL)
    expect(portal.html).toContain('Bem-vindo(a), Dra. Sofia Prado.')
    expect(portal.html).toContain('código por e-mail a cada login')
    expect(pageMessage(portal.html)).toBeUndefined()

    // The ticket works once; "Sair" ends the portal's session.
    expect((await createBrowser(court.url).get(portal.redirects[0] ?? '')).status).toBe(400)
    const out = await browser.get(attribute(elementTag(portal.html, 'lnkSair'), 'href') ?? '')
    expect(out.path).toBe('/sajcas/login?service=%2Fesaj%2Fj_spring_cas_security_check')
    expect((await browser.get(PORTAL)).path).not.toBe(PORTAL)
  })

  it('refuses a used code, and one replaced by a newer code, without counting them', async () => {
    const first = await atCodePage()
    const used = await codeFromMailbox(first)
    expect((await submitCode(first, used)).path).toBe(PORTAL)

    const browser = await atCodePage() // a new login: a new code
    expect(pageMessage((await submitCode(browser, used)).html)).toEqual({
      kind: 'erro',
      text: 'O código informado já foi utilizado. Solicite um novo código.',
    })
    const second = await codeFromMailbox(browser)
    const resent = await resend(browser)
    expect(pageMessage(resent.html)?.text).toBe(
      'Enviamos um novo código para s***@example.com. Os códigos anteriores deixaram de valer.',
    )
    expect(pageMessage((await submitCode(browser, second)).html)?.text).toBe(
      'O código informado foi substituído por um mais recente. Use o último código enviado.',
    )
    // Had the refusals counted, this would not say 4.
    expect(pageMessage((await submitCode(browser, neverSent())).html)?.text).toBe(
      'Código inválido. Restam 4 tentativas.',
    )
    expect((await submitCode(browser, await codeFromMailbox(browser))).path).toBe(PORTAL)
  })

  it('expires after 5 minutes; a new code then works', async () => {
    const browser = await atCodePage()
    const code = await codeFromMailbox(browser)
    clock.advance(5 * 60_000)
    expect(pageMessage((await submitCode(browser, code)).html)).toEqual({
      kind: 'erro',
      text: 'O código informado expirou. Solicite um novo código.',
    })
    await resend(browser)
    const fresh = await codeFromMailbox(browser)
    expect(fresh).not.toBe(code)
    clock.advance(5 * 60_000 - 1) // still inside its 5 minutes
    expect((await submitCode(browser, fresh)).path).toBe(PORTAL)
  })

  it('warns before the 5th wrong code, locks at the 5th, and the right password is refused afterwards', async () => {
    const browser = await atCodePage()
    const text = async (code: string) => pageMessage((await submitCode(browser, code)).html)?.text
    expect(await text('12a45')).toBe('Informe o código de 6 dígitos enviado para o seu e-mail.')
    expect(await text(neverSent())).toBe('Código inválido. Restam 4 tentativas.')
    expect(await text(neverSent())).toBe('Código inválido. Restam 3 tentativas.')
    expect(await text(neverSent())).toBe('Código inválido. Restam 2 tentativas.')
    expect(await text(neverSent())).toBe(
      'Código inválido. Atenção: mais uma tentativa inválida bloqueará o usuário.',
    )
    const fifth = await submitCode(browser, neverSent())
    expect(pageMessage(fifth.html)).toEqual({ kind: 'erro', text: LOCKED })
    expect(elementTag(fifth.html, 'usernameForm')).toBeDefined()

    const code = await codeFromMailbox(browser) // the right code no longer helps
    expect((await submitCode(browser, code)).path).toBe('/sajcas/login')
    const again = await signIn(createBrowser(court.url))
    expect(pageMessage(again.html)).toEqual({ kind: 'erro', text: LOCKED })
  })

  it('a right code resets the count of wrong codes', async () => {
    const browser = await atCodePage()
    for (let attempt = 0; attempt < 3; attempt++) await submitCode(browser, neverSent())
    expect((await submitCode(browser, await codeFromMailbox(browser))).path).toBe(PORTAL)
    const next = await atCodePage()
    expect(pageMessage((await submitCode(next, neverSent())).html)?.text).toBe(
      'Código inválido. Restam 4 tentativas.',
    )
  })
})
