import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startSandboxCourt, type SandboxCourt } from '../index.js'
import { createBrowser, type Browser } from './browser.js'
import {
  attribute,
  elementTag,
  elementText,
  keycloakAlert,
  keycloakMessage,
  labelFor,
  pageMessage,
  pageTitle,
} from './html-reading.js'
import { signIn, submitCode } from './journeys.js'
import { EPROC_KC, enrolAtRealm, realmSignIn, submitOtp } from './keycloak-journeys.js'
import { codeAt, T0, testClock, wrongCodeAt } from './totp-clock.js'

const KEY = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'
const USER = { login: 'KC01', password: 'senha-kc-01', name: 'Dra. Beatriz Keller' }
const ALREADY_USED = 'O código informado já foi utilizado. Aguarde o próximo código gerado pelo aplicativo.'
const LOCKED = 'Usuário bloqueado por excesso de tentativas inválidas. Procure o suporte do tribunal.'
const clock = testClock()
let court: SandboxCourt

beforeAll(async () => {
  court = await startSandboxCourt({ port: 0, now: clock.now })
})
afterAll(() => court.close())
beforeEach(() => {
  court.reset()
  court.addUser({ ...USER, totpSecret: KEY })
  clock.set(T0)
})

async function atCodePage(browser: Browser = createBrowser(court.url)) {
  const page = await realmSignIn(browser, EPROC_KC, USER)
  expect(page.path).toBe('/realms/eproc/login-actions/authenticate')
  expect(elementTag(page.html, 'otp')).toBeDefined()
  return browser
}

/** "Seleção de perfil" → the first profile → the panel. */
async function chooseProfile(browser: Browser, profile = 'advogado') {
  return browser.post('/eproc-keycloak/perfil', { perfil: profile })
}

describe('eproc behind Keycloak: the login page', () => {
  it("is the realm's, reached from the eproc entry with an authorization request", async () => {
    const browser = createBrowser(court.url)
    const page = await browser.get('/eproc-keycloak/')
    const url = new URL(page.path, court.url)
    expect(url.pathname).toBe('/realms/eproc/protocol/openid-connect/auth')
    expect(url.searchParams.get('client_id')).toBe('eproc-sandbox')
    expect(url.searchParams.get('redirect_uri')).toBe('/eproc-keycloak/retorno')
    expect(url.searchParams.get('response_type')).toBe('code')
    expect(url.searchParams.get('state')).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(pageTitle(page.html)).toBe('Entrar em eproc · eproc · Tribunal Sandbox (local)')
    expect(attribute(elementTag(page.html, 'kc-form-login'), 'action')).toBe(
      '/realms/eproc/login-actions/authenticate',
    )
    expect(labelFor(page.html, 'username')).toBe('Usuário')
    expect(labelFor(page.html, 'password')).toBe('Senha')
    expect(attribute(elementTag(page.html, 'kc-login'), 'value')).toBe('Entrar')
    expect(elementText(page.html, 'kc-login-certificate')).toBe('Certificado Digital')
    expect(keycloakMessage(page.html)).toBeUndefined()
  })

  it('refuses a wrong password or an unknown user under the fields, keeping the user but never the password', async () => {
    for (const [login, password] of [
      [USER.login, 'senha-errada-kc'],
      ['NINGUEM99', USER.password],
    ] as const) {
      const page = await realmSignIn(createBrowser(court.url), EPROC_KC, { login, password })
      expect(elementText(page.html, 'input-error')).toBe('Usuário ou senha inválidos.')
      expect(keycloakMessage(page.html)).toBe('Usuário ou senha inválidos.')
      expect(attribute(elementTag(page.html, 'username'), 'value')).toBe(login)
      expect(page.html).not.toContain(password)
      expect(elementTag(page.html, 'otp')).toBeUndefined()
    }
  })

  it('says the certificate login is not available here', async () => {
    const browser = createBrowser(court.url)
    await browser.get('/eproc-keycloak/')
    const page = await browser.get('/realms/eproc/login-actions/certificate')
    expect(keycloakAlert(page.html)).toEqual({
      kind: 'warning',
      text: 'O login com certificado digital não está disponível no sandbox: entre com usuário e senha.',
    })
    expect(elementTag(page.html, 'username')).toBeDefined()
  })

  it('refuses unknown clients and return addresses, and forms of a login that is gone', async () => {
    const bad = [
      '/realms/eproc/protocol/openid-connect/auth?client_id=outro&redirect_uri=%2Feproc-keycloak%2Fretorno&response_type=code',
      '/realms/eproc/protocol/openid-connect/auth?client_id=eproc-sandbox&redirect_uri=https%3A%2F%2Fevil.example%2F&response_type=code',
    ]
    for (const path of bad) {
      const page = await createBrowser(court.url).get(path)
      expect(page.status, path).toBe(400)
      expect(keycloakMessage(page.html), path).toBe('Cliente ou endereço de retorno inválido.')
    }
    const expired = await createBrowser(court.url).post('/realms/eproc/login-actions/authenticate', {
      username: USER.login,
      password: USER.password,
    })
    expect(keycloakMessage(expired.html)).toBe(
      'Sua sessão de login expirou. Volte ao sistema e entre novamente.',
    )
  })
})

describe('eproc behind Keycloak: enrolment ("Configurar autenticador móvel")', () => {
  it('shows QR code and key at the first login, refuses a wrong code, and the key then serves the classic form too', async () => {
    const user = { login: 'RS012345', password: 'sandbox-rs-2024' } // default user, no authenticator
    const browser = createBrowser(court.url)
    const configure = await realmSignIn(browser, EPROC_KC, user)
    expect(pageTitle(configure.html)).toContain('Configurar autenticador móvel')
    expect(keycloakAlert(configure.html)?.kind).toBe('warning')
    expect(elementTag(configure.html, 'kc-totp-secret-qr-code')).toContain('role="img"')
    expect(configure.html).toMatch(/id="kc-totp-secret-qr-code"[^>]*><svg /)
    const key = (elementText(configure.html, 'kc-totp-secret-key') ?? '').replace(/ /g, '')
    expect(key).toMatch(/^[A-Z2-7]{32}$/)
    expect(configure.html).toContain('<li>Algoritmo: SHA1</li>')
    expect(labelFor(configure.html, 'totp')).toBe('Código de uso único *')
    expect(attribute(elementTag(configure.html, 'saveTOTPBtn'), 'value')).toBe('Enviar')
    expect(configure.html).not.toContain(`value="${key}"`) // never in a form field

    const wrong = await browser.post('/realms/eproc/login-actions/authenticate', {
      totp: wrongCodeAt(key, clock.now()),
    })
    expect(elementText(wrong.html, 'input-error-otp-code')).toBe(
      'Código autenticador inválido. Leia o código QR de novo e informe o código gerado.',
    )
    expect(elementText(wrong.html, 'kc-totp-secret-key')?.replace(/ /g, '')).toBe(key) // the same key

    const code = codeAt(key, clock.now())
    const profiles = await browser.post('/realms/eproc/login-actions/authenticate', {
      totp: code,
      userLabel: 'Celular',
    })
    expect(profiles.path).toBe('/eproc-keycloak/perfil')
    expect(profiles.redirects[0]).toMatch(
      /^\/eproc-keycloak\/retorno\?state=[A-Za-z0-9_-]{43}&code=[A-Za-z0-9_-]{43}$/,
    )

    // One account, one authenticator: the classic form now asks for this key's code, and the code
    // typed at enrolment counts as used there too.
    const classic = createBrowser(court.url)
    expect((await signIn(classic, user)).path).toBe('/eproc/2fa/codigo')
    expect(pageMessage((await submitCode(classic, code)).html)?.text).toBe(ALREADY_USED)
    clock.nextWindow()
    expect((await submitCode(classic, codeAt(key, clock.now()))).path).toBe('/eproc/painel')
  })

  it('works the same for a user added without a key', async () => {
    court.addUser({ login: 'KC02', password: 'senha-kc-02', name: 'Dr. Novo' })
    const { page } = await enrolAtRealm(createBrowser(court.url), EPROC_KC, clock, {
      login: 'KC02',
      password: 'senha-kc-02',
    })
    expect(pageTitle(page.html)).toContain('Seleção de perfil')
  })
})

describe('eproc behind Keycloak: login with the code', () => {
  it('asks the code, then "Seleção de perfil", then shows the panel with the chosen profile', async () => {
    const browser = await atCodePage()
    const codePage = await browser.get('/realms/eproc/login-actions/authenticate') // a reload shows it again
    expect(labelFor(codePage.html, 'otp')).toBe('Código de uso único')
    expect(attribute(elementTag(codePage.html, 'kc-login'), 'value')).toBe('Entrar')
    expect(labelFor(codePage.html, 'saveDevice')).toBe(
      'Salvar este dispositivo: não pedir o código neste navegador',
    )
    expect(attribute(elementTag(codePage.html, 'kc-otp-login-form'), 'action')).toBe(
      '/realms/eproc/login-actions/authenticate',
    )
    // Without a login, eproc's pages send the browser to the realm (which restarts a login under way).
    const stranger = await createBrowser(court.url).get('/eproc-keycloak/painel')
    expect(stranger.path).toMatch(/^\/realms\/eproc\/protocol\/openid-connect\/auth\?/)

    const profiles = await submitOtp(browser, EPROC_KC, codeAt(KEY, clock.now()))
    expect(profiles.path).toBe('/eproc-keycloak/perfil')
    expect(pageTitle(profiles.html)).toBe('Seleção de perfil · eproc · Tribunal Sandbox (local)')
    const buttons = [...profiles.html.matchAll(/<button [^>]*data-descricao="([^"]+)"[^>]*>/g)].map(
      (m) => m[1],
    )
    expect(buttons).toEqual(['KC01 / ADVOGADO', 'KC01P / PROCURADOR'])
    expect((await browser.get('/eproc-keycloak/painel')).path).toBe('/eproc-keycloak/perfil') // not before a profile

    const refused = await chooseProfile(browser, 'juiz')
    expect(pageMessage(refused.html)).toEqual({ kind: 'erro', text: 'Escolha um dos perfis da lista.' })
    const panel = await chooseProfile(browser, 'procurador')
    expect(panel.path).toBe('/eproc-keycloak/painel')
    expect(panel.html).toContain('<h1>Painel do advogado</h1>')
    expect(panel.html).toContain('Bem-vindo(a), Dra. Beatriz Keller.')
    expect(elementText(panel.html, 'ddPerfil')).toBe('KC01P / PROCURADOR')
    expect(attribute(elementTag(panel.html, 'lnkSair'), 'href')).toBe('/eproc-keycloak/sair')
  })

  it('refuses a reused code, here and at the classic form, without counting it', async () => {
    const code = codeAt(KEY, clock.now())
    expect((await submitOtp(await atCodePage(), EPROC_KC, code)).path).toBe('/eproc-keycloak/perfil')

    const browser = await atCodePage()
    const reused = await submitOtp(browser, EPROC_KC, code)
    expect(reused.path).toBe('/realms/eproc/login-actions/authenticate')
    expect(elementText(reused.html, 'input-error-otp-code')).toBe(ALREADY_USED)
    const classic = createBrowser(court.url)
    await signIn(classic, USER)
    expect(pageMessage((await submitCode(classic, code)).html)?.text).toBe(ALREADY_USED)
    // Had the reuses counted, this would not say 4.
    expect(keycloakMessage((await submitOtp(browser, EPROC_KC, wrongCodeAt(KEY, clock.now()))).html)).toBe(
      'Código autenticador inválido. Restam 4 tentativas.',
    )
    clock.nextWindow()
    expect((await submitOtp(browser, EPROC_KC, codeAt(KEY, clock.now()))).path).toBe('/eproc-keycloak/perfil')
  })

  it('warns before the 5th wrong code, locks at the 5th, here and at the classic form', async () => {
    const browser = await atCodePage()
    const wrong = async () =>
      keycloakMessage((await submitOtp(browser, EPROC_KC, wrongCodeAt(KEY, clock.now()))).html)
    expect(keycloakMessage((await submitOtp(browser, EPROC_KC, '12345')).html)).toBe(
      'Informe o código de uso único de 6 dígitos gerado pelo aplicativo.',
    )
    expect(await wrong()).toBe('Código autenticador inválido. Restam 4 tentativas.')
    expect(await wrong()).toBe('Código autenticador inválido. Restam 3 tentativas.')
    expect(await wrong()).toBe('Código autenticador inválido. Restam 2 tentativas.')
    expect(await wrong()).toBe(
      'Código autenticador inválido. Atenção: mais uma tentativa inválida bloqueará o usuário.',
    )
    const fifth = await submitOtp(browser, EPROC_KC, wrongCodeAt(KEY, clock.now()))
    expect(keycloakAlert(fifth.html)).toEqual({ kind: 'error', text: LOCKED })
    expect(elementTag(fifth.html, 'username')).toBeDefined() // back at the password

    clock.nextWindow()
    const again = await realmSignIn(createBrowser(court.url), EPROC_KC, USER)
    expect(keycloakAlert(again.html)).toEqual({ kind: 'error', text: LOCKED })
    const classic = await signIn(createBrowser(court.url), USER)
    expect(pageMessage(classic.html)).toEqual({ kind: 'erro', text: LOCKED })
  })

  it('"save device" skips the code at the next login in that browser only', async () => {
    const browser = await atCodePage()
    expect((await submitOtp(browser, EPROC_KC, codeAt(KEY, clock.now()), true)).path).toBe(
      '/eproc-keycloak/perfil',
    )
    const deviceLine = browser.setCookieLines.find((line) => line.startsWith('sandbox_kc_eproc_dispositivo='))
    expect(deviceLine).toMatch(
      /^sandbox_kc_eproc_dispositivo=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax; Max-Age=2592000$/,
    )
    await chooseProfile(browser)

    // "Sair" ends eproc's session and the realm's: the password is asked again, the code is not.
    const out = await browser.get('/eproc-keycloak/sair')
    expect(out.path).toMatch(/^\/realms\/eproc\/protocol\/openid-connect\/auth\?/)
    expect(elementTag(out.html, 'username')).toBeDefined()
    clock.nextWindow()
    const skipped = await realmSignIn(browser, EPROC_KC, USER)
    expect(skipped.path).toBe('/eproc-keycloak/perfil')

    // Another browser still needs the code; so does this browser when the box was left unticked.
    const other = await atCodePage()
    expect((await submitOtp(other, EPROC_KC, codeAt(KEY, clock.now()))).path).toBe('/eproc-keycloak/perfil')
    await other.get('/eproc-keycloak/sair')
    await atCodePage(other)
  })

  it("keeps the realm's single sign-on while eproc's own session is gone", async () => {
    const browser = await atCodePage()
    await submitOtp(browser, EPROC_KC, codeAt(KEY, clock.now()))
    await chooseProfile(browser)
    browser.dropCookie('sandbox_eproc_kc_sessao')
    const back = await browser.get('/eproc-keycloak/')
    expect(back.path).toBe('/eproc-keycloak/perfil') // through the realm without password or code
    expect(
      back.redirects.some((path) => path.startsWith('/realms/eproc/protocol/openid-connect/auth?')),
    ).toBe(true)
  })

  it('takes each code back once, and only in the browser that started the login', async () => {
    const browser = await atCodePage()
    const profiles = await submitOtp(browser, EPROC_KC, codeAt(KEY, clock.now()))
    const returned = profiles.redirects[0] ?? ''
    expect(returned).toMatch(/^\/eproc-keycloak\/retorno\?/)
    const replay = await createBrowser(court.url).get(returned)
    expect(replay.status).toBe(400)
    expect(pageMessage(replay.html)?.text).toBe('Não foi possível concluir a autenticação. Entre novamente.')
    const again = await browser.get(returned) // the code was used already
    expect(again.status).toBe(400)
  })
})
