/**
 * loginToCourt in the classic eproc form of the sandbox court (which verifies codes with `otpauth`,
 * not @a2f/core) in Chromium. The court and the login share a test clock: waiting for a window is instant.
 */
import { generateSecret } from '@a2f/core'
import { describe, expect, it } from 'vitest'
import { totpCodes, type LoginProgress } from '../index.js'
import { codesSubmitted, editPage, useHarness } from './support/harness.js'
import { codesAround } from './support/secrets.js'
import { PERIOD_MS } from './support/test-clock.js'

const USER = { login: 'ROBO01', password: 'senha-do-robô-1', name: 'Dr. Robô de Teste' }
const h = useHarness()
let key: string

/** A fresh user with a fresh key for each test, the clock 2 s into a new window. */
function freshUser() {
  key = generateSecret()
  h.court.addUser({ ...USER, totpSecret: key })
  h.clock.nextWindowAt(2000)
  h.clock.sleeps.length = 0
}

const login = (
  options: { password?: string; secret?: string; maxInvalidCodes?: number; saveDevice?: boolean } = {},
) =>
  h.run({
    system: h.system('eproc-form'),
    credential: { login: USER.login, password: options.password ?? USER.password },
    codes: totpCodes(options.secret ?? key, {}, { now: h.clock.now }),
    ...(options.maxInvalidCodes === undefined ? {} : { maxInvalidCodes: options.maxInvalidCodes }),
    ...(options.saveDevice === undefined ? {} : { saveDevice: options.saveDevice }),
  })

describe("loginToCourt, flow 'eproc-form'", () => {
  it('logs in with password and code, and reads the name on the panel', async () => {
    freshUser()
    const started = h.clock.now()
    const { outcome, events } = await login()
    expect(outcome).toEqual({ kind: 'logged-in', name: USER.name })
    expect(events.map((event) => event.kind)).toEqual(['opening', 'password-submitted', 'code-submitted'])
    expect(h.clock.sleeps).toEqual([])
    // Neither the password nor any code of the key in those windows is in what the run reported.
    const reported = JSON.stringify({ outcome, events })
    expect(reported).not.toContain(USER.password)
    for (const code of codesAround(key, started, h.clock.now())) expect(reported).not.toContain(code)
  })

  it('waits for the next window when the code was already used, and then logs in', async () => {
    freshUser()
    expect((await login()).outcome.kind).toBe('logged-in')
    const second = await login()
    expect(second.outcome).toEqual({ kind: 'logged-in', name: USER.name })
    expect(codesSubmitted(second.events)).toBe(2)
    expect(h.clock.sleeps).toEqual([PERIOD_MS - 2000])
    expect(second.events).toContainEqual({ kind: 'waiting', ms: PERIOD_MS - 2000, reason: 'code-used' })
  })

  it('does not submit a code in the last 5 s of its window', async () => {
    freshUser()
    h.clock.nextWindowAt(PERIOD_MS - 3000)
    const { outcome, events } = await login()
    expect(outcome.kind).toBe('logged-in')
    expect(h.clock.sleeps).toEqual([3000])
    expect(events).toContainEqual({ kind: 'waiting', ms: 3000, reason: 'window-ending' })
  })

  it('reports a wrong password without ever reaching the code', async () => {
    freshUser()
    const { outcome, events } = await login({ password: 'senha-errada' })
    expect(outcome).toEqual({ kind: 'wrong-password', message: 'Usuário ou senha inválidos.' })
    expect(codesSubmitted(events)).toBe(0)
  })

  it('stops at the lockout warning after the 4th wrong code, without a 5th attempt', async () => {
    freshUser()
    const { outcome, events } = await login({ secret: generateSecret() })
    expect(outcome).toEqual({
      kind: 'locked-out',
      message: 'Código inválido. Atenção: mais uma tentativa inválida bloqueará o usuário.',
    })
    expect(codesSubmitted(events)).toBe(4)
    expect(h.clock.sleeps).toEqual([PERIOD_MS - 2000, PERIOD_MS, PERIOD_MS])
    // No 5th wrong code went: the user is not locked, the right key still gets in.
    expect((await login()).outcome).toEqual({ kind: 'logged-in', name: USER.name })
  })

  it('bounds refused codes by maxInvalidCodes', async () => {
    freshUser()
    const { outcome, events } = await login({ secret: generateSecret(), maxInvalidCodes: 2 })
    expect(outcome).toEqual({ kind: 'refused', message: 'Código inválido. Restam 3 tentativas.' })
    expect(codesSubmitted(events)).toBe(2)
  })

  it('leaves "Não usar o 2FA neste dispositivo" unticked unless asked', async () => {
    freshUser()
    const { events, posts } = await login()
    expect(events).toContainEqual({ kind: 'code-submitted', attempt: 1, saveDevice: false })
    expect(posts).toEqual(['POST /eproc/', 'POST /eproc/2fa/codigo'])
    h.clock.nextWindowAt(2000)
    const saved = await login({ saveDevice: true })
    expect(saved.events).toContainEqual({ kind: 'code-submitted', attempt: 1, saveDevice: true })
  })

  it("reports 'court-changed' when the password field moved, with nothing typed", async () => {
    freshUser()
    let codesAsked = 0
    const { outcome, posts, inspected } = await h.run({
      system: h.system('eproc-form'),
      credential: { login: USER.login, password: USER.password },
      codes: (last) => {
        codesAsked++
        return totpCodes(key, {}, { now: h.clock.now })(last)
      },
      prepare: (page) => editPage(page, /\/eproc\/$/, (html) => html.replaceAll('pwdSenha', 'pwdSenhaNova')),
      inspect: async (page) => ({
        user: await page.inputValue('#txtUsuario'),
        password: await page.inputValue('#pwdSenhaNova'),
      }),
    })
    expect(outcome).toEqual({
      kind: 'court-changed',
      step: 'password',
      selector: '#pwdSenha',
      url: h.system('eproc-form').login.url,
    })
    expect(inspected).toEqual({ user: '', password: '' })
    expect(posts).toEqual([])
    expect(codesAsked).toBe(0)
  })

  it("reports 'court-changed' when the code page lost its button, before a code is taken or typed", async () => {
    freshUser()
    let codesAsked = 0
    const { outcome, posts, inspected } = await h.run({
      system: h.system('eproc-form'),
      credential: { login: USER.login, password: USER.password },
      codes: (last) => {
        codesAsked++
        return totpCodes(key, {}, { now: h.clock.now })(last)
      },
      prepare: (page) =>
        editPage(page, /\/eproc\/$/, (html) => html.replaceAll('btnValidar', 'btnConfirmar'), 'POST'),
      inspect: (page) => page.inputValue('#txtAcessoCodigo'),
    })
    expect(outcome).toMatchObject({ kind: 'court-changed', step: 'code', selector: '#btnValidar' })
    expect(inspected).toBe('')
    expect(posts).toEqual(['POST /eproc/'])
    expect(codesAsked).toBe(0)
  })

  it('aborts during the wait for the next window, before a code is typed', async () => {
    freshUser()
    h.clock.nextWindowAt(PERIOD_MS - 3000)
    const controller = new AbortController()
    const events: LoginProgress[] = []
    const error = await h
      .run({
        system: h.system('eproc-form'),
        credential: { login: USER.login, password: USER.password },
        codes: totpCodes(key, {}, { now: h.clock.now }),
        signal: controller.signal,
        onProgress: (event) => events.push(event),
        // The wait starts, then the host gives up: a real sleep would still be running.
        sleep: () => {
          controller.abort()
          return new Promise(() => undefined)
        },
      })
      .catch((caught: unknown) => caught)
    expect(error).toMatchObject({ name: 'CourtLoginError', code: 'ABORTED' })
    expect(events.map((event) => event.kind)).toEqual(['opening', 'password-submitted', 'waiting'])
  })

  it("stops at a captcha with 'needs-captcha', before typing anything", async () => {
    freshUser()
    const { outcome, posts } = await h.run({
      system: h.system('eproc-form'),
      credential: { login: USER.login, password: USER.password },
      codes: totpCodes(key, {}, { now: h.clock.now }),
      prepare: (page) =>
        editPage(page, /\/eproc\/$/, (html) =>
          html.replace('</form>', '<div class="g-recaptcha" data-sitekey="x"></div></form>'),
        ),
    })
    expect(outcome).toEqual({ kind: 'needs-captcha', step: 'password' })
    expect(posts).toEqual([])
  })

  it('scrubs a code the court echoes in its message', async () => {
    freshUser()
    const { outcome } = await h.run({
      system: h.system('eproc-form'),
      credential: { login: USER.login, password: USER.password },
      codes: totpCodes(generateSecret(), {}, { now: h.clock.now }),
      maxInvalidCodes: 1,
      prepare: async (page) => {
        await page.route('**/eproc/2fa/codigo', async (route) => {
          if (route.request().method() !== 'POST') return route.fallback()
          const typed = new URLSearchParams(route.request().postData() ?? '').get('txtAcessoCodigo') ?? ''
          const response = await route.fetch()
          const html = (await response.text()).replace('Código inválido.', `Código ${typed} inválido.`)
          await route.fulfill({ response, body: html })
        })
      },
    })
    expect(outcome).toEqual({ kind: 'refused', message: 'Código •••• inválido. Restam 4 tentativas.' })
  })
})
