/**
 * Every flow in real Chromium (scripts/system-chromium.mjs, playwright-core), driven only by the selectors of the
 * sandbox's registry entries: what the demo and the robot read is what the pages have. Forms post, the
 * Content-Security-Policy holds (no console error), cookies behave as in the fetch-based tests.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { resolveChromium } from '../../../../scripts/system-chromium.mjs'
import { sandboxCourtSystems, type SandboxCourtSystem } from '../court-system.js'
import { startSandboxCourt, type SandboxCourt } from '../index.js'
import { codeAt, T0, testClock } from './totp-clock.js'

const clock = testClock()
let court: SandboxCourt
let browser: Browser
let systems: Record<SandboxCourtSystem['login']['flow'], SandboxCourtSystem>
const consoleErrors: string[] = []
const contexts: BrowserContext[] = []

beforeAll(async () => {
  court = await startSandboxCourt({ port: 0, now: clock.now })
  // CHROMIUM_PATH, /usr/bin/chromium or the npm registry's (scripts/system-chromium.mjs); none at all
  // fails the tests, saying what to install, it never skips them.
  const { executablePath, args, env } = await resolveChromium('the sandbox court Chromium tests')
  browser = await chromium.launch({ executablePath, args, env, headless: true })
  const entries = sandboxCourtSystems(court.url)
  systems = Object.fromEntries(entries.map((system) => [system.login.flow, system])) as typeof systems
}, 60_000)
afterAll(async () => {
  await browser?.close()
  await court?.close()
})
beforeEach(() => {
  court.reset()
  clock.set(T0)
  consoleErrors.length = 0
})
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()))
})

async function newPage(): Promise<Page> {
  const context = await browser.newContext()
  contexts.push(context)
  // A script error or a Content-Security-Policy violation shows up here.
  context.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text())
  })
  context.on('weberror', (error) => consoleErrors.push(error.error().message))
  return context.newPage()
}

const selectorsOf = (flow: SandboxCourtSystem['login']['flow']) => {
  const selectors = systems[flow].login.selectors
  return (name: string): string => {
    const selector = selectors[name]
    if (selector === undefined) throw new Error(`${flow} has no selector '${name}'`)
    return selector
  }
}

const keyIn = async (page: Page, selector: string) =>
  ((await page.textContent(selector)) ?? '').replace(/\s/g, '')

describe('in Chromium, by the registry selectors', () => {
  it('classic eproc: password, code, panel', async () => {
    const $ = selectorsOf('eproc-form')
    court.addUser({
      login: 'CR01',
      password: 'senha-cr-01',
      name: 'Dra. Chromium',
      totpSecret: 'JBSWY3DPEHPK3PXP',
    })
    const page = await newPage()
    await page.goto(systems['eproc-form'].login.url)
    await page.fill($('username'), 'CR01')
    await page.fill($('password'), 'senha-cr-01')
    await page.click($('submit'))
    await page.fill($('code'), codeAt('JBSWY3DPEHPK3PXP', clock.now()))
    await page.click($('codeSubmit'))
    await expect.poll(() => page.textContent('#pBoasVindas')).toBe('Bem-vindo(a), Dra. Chromium.')
    expect(consoleErrors).toEqual([])
  }, 60_000)

  it('eproc behind Keycloak: enrolment, profile, code with "save device", then no code', async () => {
    const $ = selectorsOf('keycloak')
    const page = await newPage()
    const signIn = async () => {
      await page.goto(systems.keycloak.login.url)
      await page.waitForSelector($('form'))
      await page.fill($('username'), 'SC067890')
      await page.fill($('password'), 'sandbox-sc-2024')
      await page.click($('submit'))
    }
    // The certificate button answers, and the login goes on.
    await page.goto(systems.keycloak.login.url)
    await page.click($('certificate'))
    await expect
      .poll(() => page.textContent($('message')))
      .toContain('certificado digital não está disponível')

    await signIn()
    await page.waitForSelector($('enrolQr'))
    const key = await keyIn(page, $('enrolKey'))
    await page.fill($('enrolCode'), codeAt(key, clock.now()))
    await page.click($('enrolSubmit'))
    await page.waitForSelector($('profile'))
    expect(await page.title()).toContain('Seleção de perfil')
    await page.click(`${$('profile')}[data-descricao="SC067890 / ADVOGADO"]`)
    await expect.poll(() => page.textContent('#ddPerfil')).toBe('SC067890 / ADVOGADO')

    await page.click('#lnkSair')
    clock.nextWindow()
    await signIn()
    await page.fill($('code'), codeAt(key, clock.now()))
    await page.check($('saveDevice'))
    await page.click($('codeSubmit'))
    await page.click(`${$('profile')} >> nth=1`)
    await expect.poll(() => page.textContent('#ddPerfil')).toBe('SC067890P / PROCURADOR')

    await page.click('#lnkSair')
    await signIn() // the device is saved: no code
    await page.waitForSelector($('profile'))
    expect(await page.$($('code'))).toBeNull()
    expect(consoleErrors).toEqual([])
  }, 60_000)

  it('PJe: #btnSsoPdpj, the SSO, first access with the key behind its link, back to the court', async () => {
    const $ = selectorsOf('pje-sso')
    const page = await newPage()
    await page.goto(systems['pje-sso'].login.url)
    await page.click($('sso'))
    await page.waitForSelector($('form'))
    expect(new URL(page.url()).pathname).toBe('/auth/realms/pje/protocol/openid-connect/auth')
    await page.fill($('username'), '11144477735')
    await page.fill($('password'), 'sandbox-pje-2025')
    await page.click($('submit'))
    await page.waitForSelector($('enrolQr'))
    expect(await page.$($('enrolKey'))).toBeNull()
    await page.click($('enrolShowKey'))
    const key = await keyIn(page, $('enrolKey'))
    await page.fill($('enrolCode'), codeAt(key, clock.now()))
    await page.click($('enrolSubmit'))
    await expect.poll(() => page.textContent('#pBoasVindas')).toBe('Bem-vindo(a), Dra. Marina Lopes.')
    expect(new URL(page.url()).pathname).toBe('/pje/primeirograu/Painel/painel_usuario/advogado.seam')

    // The next login asks the code, at #otp.
    await page.click('#lnkSair')
    clock.nextWindow()
    await page.click($('sso'))
    await page.fill($('username'), '11144477735')
    await page.fill($('password'), 'sandbox-pje-2025')
    await page.click($('submit'))
    await page.fill($('code'), codeAt(key, clock.now()))
    await page.click($('codeSubmit'))
    await expect.poll(() => page.textContent('#pBoasVindas')).toBe('Bem-vindo(a), Dra. Marina Lopes.')
    expect(consoleErrors).toEqual([])
  }, 60_000)

  it('e-SAJ: the certificate tab, password, the code read from the mailbox in another tab, the portal', async () => {
    const $ = selectorsOf('esaj')
    const page = await newPage()
    await page.goto(systems.esaj.login.url)
    await page.click($('certificate'))
    await expect
      .poll(() => page.textContent($('message')))
      .toContain('certificado digital não está disponível')
    await page.click('#linkAbaCpf')
    await page.fill($('username'), '52998224725')
    await page.fill($('password'), 'sandbox-saj-2025')
    await page.click($('submit'))
    await page.waitForSelector($('code'))

    const mailbox = await page.context().newPage()
    await mailbox.goto(court.mailboxUrl)
    await mailbox.click('text=Código de acesso ao e-SAJ')
    const code = ((await mailbox.textContent('#spnCodigoAcesso')) ?? '').trim()
    expect(code).toMatch(/^\d{6}$/)

    await page.fill($('code'), code)
    await page.click($('codeSubmit'))
    await expect.poll(() => page.textContent('#pBoasVindas')).toBe('Bem-vindo(a), Dr. Paulo Mendes.')
    expect(new URL(page.url()).pathname).toBe('/esaj/portal.do')
    expect(consoleErrors).toEqual([])
  }, 60_000)
})
