import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startSandboxCourt, type SandboxCourt } from '../index.js'
import { qrCodeSvg } from '../qr-code.js'
import { otpauthUri } from '../totp.js'
import { createBrowser } from './browser.js'
import {
  attribute,
  elementTag,
  elementText,
  keycloakAlert,
  keycloakMessage,
  labelFor,
  pageTitle,
} from './html-reading.js'
import { signIn } from './journeys.js'
import { clickSsoPdpj, enrolAtRealm, PJE, realmSignIn, submitOtp } from './keycloak-journeys.js'
import { codeAt, T0, testClock, wrongCodeAt } from './totp-clock.js'

const KEY = 'KRUGS4ZANFZSAYLMNRSWI6JAORSXG5BA'
const USER = { login: '39053344705', password: 'senha-pje-01', name: 'Dr. Rafael Nunes' }
const PANEL = '/pje/primeirograu/Painel/painel_usuario/advogado.seam'
const LOCKED = 'Usuário bloqueado por excesso de tentativas inválidas. Procure o suporte do tribunal.'
const clock = testClock()
let court: SandboxCourt

beforeAll(async () => {
  court = await startSandboxCourt({ port: 0, now: clock.now })
})
afterAll(() => court.close())
beforeEach(() => {
  court.reset()
  court.addUser({ ...USER, realm: 'pje', totpSecret: KEY })
  clock.set(T0)
})

async function atCodePage() {
  const browser = createBrowser(court.url)
  const page = await realmSignIn(browser, PJE, USER)
  expect(elementTag(page.html, 'otp')).toBeDefined()
  return browser
}

describe('PJe: the court page and the SSO hop', () => {
  it('login.seam has #btnSsoPdpj, a form to the national SSO realm', async () => {
    const page = await createBrowser(court.url).get('/pje/primeirograu/login.seam')
    expect(page.html).toContain('<span class="logo">PJe</span>')
    expect(elementText(page.html, 'btnSsoPdpj')).toBe('Entrar com PDPJ')
    expect(attribute(elementTag(page.html, 'frmSsoPdpj'), 'action')).toBe(
      '/auth/realms/pje/protocol/openid-connect/auth',
    )
    expect(page.html).toContain(
      '<input type="hidden" name="redirect_uri" value="/pje/primeirograu/authenticateSSO.seam">',
    )
    expect((await createBrowser(court.url).get('/pje/')).path).toBe('/pje/primeirograu/login.seam')
  })

  it("the SSO asks CPF and password, without the eproc realm's extras", async () => {
    const login = await clickSsoPdpj(createBrowser(court.url))
    expect(pageTitle(login.html)).toBe('Entrar em PDPJ · PDPJ-Br · Tribunal Sandbox (local)')
    expect(labelFor(login.html, 'username')).toBe('CPF')
    expect(elementTag(login.html, 'kc-login')).toBeDefined()
    expect(elementTag(login.html, 'kc-login-certificate')).toBeUndefined()
    const codePage = await atCodePage()
    expect(
      elementTag((await codePage.get('/auth/realms/pje/login-actions/authenticate')).html, 'saveDevice'),
    ).toBeUndefined()
  })

  it('a good code goes back to the court (authenticateSSO.seam) and shows the panel; "Sair" ends both sessions', async () => {
    const browser = await atCodePage()
    const panel = await submitOtp(browser, PJE, codeAt(KEY, clock.now()))
    expect(panel.redirects[0]).toMatch(
      /^\/pje\/primeirograu\/authenticateSSO\.seam\?state=[A-Za-z0-9_-]{43}&code=/,
    )
    expect(panel.path).toBe(PANEL)
    expect(panel.html).toContain('<h1>Painel do advogado</h1>')
    expect(panel.html).toContain('Bem-vindo(a), Dr. Rafael Nunes.')
    expect((await browser.get('/pje/primeirograu/login.seam')).path).toBe(PANEL) // signed in

    const out = await browser.get(attribute(elementTag(panel.html, 'lnkSair'), 'href') ?? '')
    expect(out.path).toBe('/pje/primeirograu/login.seam')
    expect((await browser.get(PANEL)).path).toBe('/pje/primeirograu/login.seam')
    const sso = await clickSsoPdpj(browser) // the SSO asks for the password again
    expect(elementTag(sso.html, 'username')).toBeDefined()
  })

  it('refuses a wrong password, and users of other realms', async () => {
    const wrong = await realmSignIn(createBrowser(court.url), PJE, { ...USER, password: 'errada-123' })
    expect(elementText(wrong.html, 'input-error')).toBe('Usuário ou senha inválidos.')
    // eproc's default user does not exist in the PJe SSO, nor the PJe user at eproc.
    const eprocUser = await realmSignIn(createBrowser(court.url), PJE, {
      login: 'RS012345',
      password: 'sandbox-rs-2024',
    })
    expect(keycloakMessage(eprocUser.html)).toBe('Usuário ou senha inválidos.')
    const atEproc = await signIn(createBrowser(court.url), USER)
    expect(atEproc.path).toBe('/eproc/')
  })

  it('refuses a reused code without counting it', async () => {
    const code = codeAt(KEY, clock.now())
    expect((await submitOtp(await atCodePage(), PJE, code)).path).toBe(PANEL)
    const browser = await atCodePage()
    expect(elementText((await submitOtp(browser, PJE, code)).html, 'input-error-otp-code')).toBe(
      'O código informado já foi utilizado. Aguarde o próximo código gerado pelo aplicativo.',
    )
    expect(keycloakMessage((await submitOtp(browser, PJE, wrongCodeAt(KEY, clock.now()))).html)).toBe(
      'Código autenticador inválido. Restam 4 tentativas.',
    )
  })

  it('warns before the 5th wrong code and locks at the 5th', async () => {
    const browser = await atCodePage()
    const messages = []
    for (let attempt = 0; attempt < 5; attempt++) {
      const page = await submitOtp(browser, PJE, wrongCodeAt(KEY, clock.now()))
      messages.push(keycloakMessage(page.html))
    }
    expect(messages).toEqual([
      'Código autenticador inválido. Restam 4 tentativas.',
      'Código autenticador inválido. Restam 3 tentativas.',
      'Código autenticador inválido. Restam 2 tentativas.',
      'Código autenticador inválido. Atenção: mais uma tentativa inválida bloqueará o usuário.',
      LOCKED,
    ])
    clock.nextWindow()
    const again = await realmSignIn(createBrowser(court.url), PJE, USER)
    expect(keycloakAlert(again.html)).toEqual({ kind: 'error', text: LOCKED })
  })

  it('"Reiniciar login" goes back to the password', async () => {
    const browser = await atCodePage()
    const restart = await browser.get('/auth/realms/pje/login-actions/restart')
    expect(elementTag(restart.html, 'username')).toBeDefined()
    const afterRestart = await submitOtp(browser, PJE, codeAt(KEY, clock.now()))
    expect(afterRestart.path).not.toBe(PANEL) // the code step is gone
  })
})

describe('PJe: first access', () => {
  const FIRST = { login: '11144477735', password: 'sandbox-pje-2025' } // default user, no authenticator

  it('shows the QR code, and the key only after "Não foi possível ler o código QR?"', async () => {
    const browser = createBrowser(court.url)
    const configure = await realmSignIn(browser, PJE, FIRST)
    expect(configure.html).toContain('<h1>Configurar autenticador móvel</h1>')
    expect(elementTag(configure.html, 'kc-totp-secret-qr-code')).toBeDefined()
    expect(elementTag(configure.html, 'kc-totp-secret-key')).toBeUndefined()
    const link = elementTag(configure.html, 'mode-manual')
    expect(elementText(configure.html, 'mode-manual')).toBe('Não foi possível ler o código QR?')

    const manual = await browser.get(attribute(link, 'href') ?? '')
    const key = (elementText(manual.html, 'kc-totp-secret-key') ?? '').replace(/ /g, '')
    expect(key).toMatch(/^[A-Z2-7]{32}$/)
    expect(elementText(manual.html, 'mode-barcode')).toBe('Ler o código QR')
    // The QR code holds that very key, with the SSO's issuer.
    expect(configure.html).toContain(qrCodeSvg(otpauthUri('11144477735', key, 'PDPJ Sandbox')))

    const wrong = await browser.post('/auth/realms/pje/login-actions/authenticate', {
      totp: wrongCodeAt(key, clock.now()),
      mode: 'manual',
    })
    expect(keycloakMessage(wrong.html)).toBe(
      'Código autenticador inválido. Leia o código QR de novo e informe o código gerado.',
    )
    expect(elementText(wrong.html, 'kc-totp-secret-key')?.replace(/ /g, '')).toBe(key) // still manual, same key

    const panel = await browser.post('/auth/realms/pje/login-actions/authenticate', {
      totp: codeAt(key, clock.now()),
    })
    expect(panel.path).toBe(PANEL)
    expect(panel.html).toContain('Bem-vindo(a), Dra. Marina Lopes.')

    // From now on the SSO asks for the code; the enrolment code counts as used.
    const next = createBrowser(court.url)
    await realmSignIn(next, PJE, FIRST)
    expect(keycloakMessage((await submitOtp(next, PJE, codeAt(key, clock.now()))).html)).toBe(
      'O código informado já foi utilizado. Aguarde o próximo código gerado pelo aplicativo.',
    )
    clock.nextWindow()
    expect((await submitOtp(next, PJE, codeAt(key, clock.now()))).path).toBe(PANEL)
  })

  it('enrols through the shared journey', async () => {
    const { page } = await enrolAtRealm(createBrowser(court.url), PJE, clock, FIRST)
    expect(page.html).toContain('<h1>Painel do advogado</h1>')
  })
})
