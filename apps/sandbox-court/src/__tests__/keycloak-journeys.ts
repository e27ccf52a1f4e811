/**
 * The journeys of the Keycloak-style realms, driven through the pages: from a system's entry to the
 * realm's password page, the password, the code, and the first-login "Configurar autenticador móvel".
 * The same helpers serve the eproc realm (entry `/eproc-keycloak/`) and the PJe SSO (entry: the
 * `#btnSsoPdpj` form of `login.seam`).
 *
 * @example
 *   const login = await openRealmLogin(browser, PJE)
 *   const afterPassword = await realmSignIn(browser, PJE, { login: '11144477735', password: '…' })
 */
import { expect } from 'vitest'
import type { Browser, Page } from './browser.js'
import { attribute, elementText } from './html-reading.js'
import { codeAt } from './totp-clock.js'
import type { Credentials } from './journeys.js'

export interface RealmUnderTest {
  /** '/realms/eproc' or '/auth/realms/pje'. */
  base: string
  /** How a browser gets to the realm's password page. */
  open(browser: Browser): Promise<Page>
  /** Where a finished login lands. */
  landing: string
}

export const EPROC_KC: RealmUnderTest = {
  base: '/realms/eproc',
  open: (browser) => browser.get('/eproc-keycloak/'),
  landing: '/eproc-keycloak/perfil',
}

/** The GET form of `login.seam` (`#btnSsoPdpj`), submitted as a browser would. */
export async function clickSsoPdpj(browser: Browser): Promise<Page> {
  const court = await browser.get('/pje/primeirograu/login.seam')
  const form = /<form id="frmSsoPdpj" method="get" action="([^"]+)">([\s\S]*?)<\/form>/.exec(court.html)
  expect(form).not.toBeNull()
  const query = new URLSearchParams()
  for (const input of (form?.[2] ?? '').matchAll(/<input type="hidden"[^>]*>/g)) {
    query.set(attribute(input[0], 'name') ?? '', attribute(input[0], 'value') ?? '')
  }
  return browser.get(`${form?.[1]}?${query}`)
}

export const PJE: RealmUnderTest = {
  base: '/auth/realms/pje',
  open: clickSsoPdpj,
  landing: '/pje/primeirograu/Painel/painel_usuario/advogado.seam',
}

/** Opens the realm's login page and types user and password: the code page, enrolment or an error. */
export async function realmSignIn(browser: Browser, realm: RealmUnderTest, user: Credentials): Promise<Page> {
  const login = await realm.open(browser)
  expect(login.path).toMatch(new RegExp(`^${realm.base}/protocol/openid-connect/auth\\?`))
  return browser.post(`${realm.base}/login-actions/authenticate`, {
    username: user.login,
    password: user.password,
    login: 'Entrar',
  })
}

/** Types a code on the realm's code page (`#otp`), ticking `#saveDevice` when asked. */
export const submitOtp = (browser: Browser, realm: RealmUnderTest, code: string, saveDevice = false) =>
  browser.post(
    `${realm.base}/login-actions/authenticate`,
    saveDevice ? { otp: code, saveDevice: 'on', login: 'Entrar' } : { otp: code, login: 'Entrar' },
  )

/** The key of "Configurar autenticador móvel": on the page, or after "Não foi possível ler o código QR?". */
export async function readEnrolmentKey(browser: Browser, realm: RealmUnderTest, page: Page): Promise<string> {
  let shown = elementText(page.html, 'kc-totp-secret-key')
  if (shown === undefined) {
    const manual = await browser.get(`${realm.base}/login-actions/authenticate?mode=manual`)
    shown = elementText(manual.html, 'kc-totp-secret-key')
  }
  expect(shown).toMatch(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/)
  return (shown ?? '').replace(/ /g, '')
}

/** The first login of a user without an authenticator, through "Configurar autenticador móvel". */
export async function enrolAtRealm(
  browser: Browser,
  realm: RealmUnderTest,
  clock: { now(): number },
  user: Credentials,
): Promise<{ key: string; page: Page }> {
  const configure = await realmSignIn(browser, realm, user)
  expect(configure.html).toContain('<h1>Configurar autenticador móvel</h1>')
  const key = await readEnrolmentKey(browser, realm, configure)
  const page = await browser.post(`${realm.base}/login-actions/authenticate`, {
    totp: codeAt(key, clock.now()),
    userLabel: 'Celular',
  })
  expect(page.path).toBe(realm.landing)
  return { key, page }
}
