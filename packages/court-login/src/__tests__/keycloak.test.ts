/**
 * loginToCourt in the sandbox's eproc behind a Keycloak realm (like TJRS): `#username`, `#password`,
 * `#kc-login`, then `#otp` with `#saveDevice`, then "Seleção de perfil", then the panel. The realm shares
 * the classic form's accounts and authenticators (one authenticator group), as TJRS's does.
 */
import { generateSecret } from '@a2f/core'
import { describe, expect, it } from 'vitest'
import { totpCodes } from '../index.js'
import { codesSubmitted, editPage, useHarness } from './support/harness.js'
import { codesAround } from './support/secrets.js'
import { PERIOD_MS } from './support/test-clock.js'

const USER = { login: 'ROBO02', password: 'senha-kc-robô', name: 'Dra. Keycloak de Teste' }
const DEVICE_COOKIE = 'sandbox_kc_eproc_dispositivo'
const h = useHarness()
let key: string

function freshUser() {
  key = generateSecret()
  h.court.addUser({ ...USER, totpSecret: key })
  h.clock.nextWindowAt(2000)
  h.clock.sleeps.length = 0
}

const cookieNames = async (page: import('playwright-core').Page) =>
  (await page.context().cookies()).map((cookie) => cookie.name)

const login = (
  options: { password?: string; secret?: string; saveDevice?: boolean; profile?: string } = {},
) =>
  h.run({
    system: h.system('keycloak'),
    credential: { login: USER.login, password: options.password ?? USER.password },
    codes: totpCodes(options.secret ?? key, {}, { now: h.clock.now }),
    ...(options.saveDevice === undefined ? {} : { saveDevice: options.saveDevice }),
    ...(options.profile === undefined ? {} : { profile: options.profile }),
    inspect: cookieNames,
  })

describe("loginToCourt, flow 'keycloak'", () => {
  it('logs in through the realm, picks the first profile, leaves "save device" unticked', async () => {
    freshUser()
    const started = h.clock.now()
    const { outcome, events, inspected } = await login()
    expect(outcome).toEqual({ kind: 'logged-in', name: USER.name, profile: 'ROBO02 / ADVOGADO' })
    expect(events.map((event) => event.kind)).toEqual([
      'opening',
      'password-submitted',
      'code-submitted',
      'profile-chosen',
    ])
    expect(events).toContainEqual({ kind: 'code-submitted', attempt: 1, saveDevice: false })
    expect(inspected).not.toContain(DEVICE_COOKIE)
    const reported = JSON.stringify({ outcome, events })
    expect(reported).not.toContain(USER.password)
    for (const code of codesAround(key, started, h.clock.now())) expect(reported).not.toContain(code)
  })

  it('picks the profile asked for, and saves the device when asked', async () => {
    freshUser()
    const { outcome, inspected } = await login({ profile: 'procurador', saveDevice: true })
    expect(outcome).toEqual({ kind: 'logged-in', name: USER.name, profile: 'ROBO02P / PROCURADOR' })
    expect(inspected).toContain(DEVICE_COOKIE)
  })

  it('refuses a profile that is not offered, naming those that are', async () => {
    freshUser()
    const { outcome } = await login({ profile: 'perito' })
    expect(outcome).toEqual({
      kind: 'refused',
      message: 'Perfil "perito" não encontrado entre: ROBO02 / ADVOGADO; ROBO02P / PROCURADOR.',
    })
  })

  it('waits for the next window when the code was already used', async () => {
    freshUser()
    expect((await login()).outcome.kind).toBe('logged-in')
    const second = await login()
    expect(second.outcome.kind).toBe('logged-in')
    expect(codesSubmitted(second.events)).toBe(2)
    expect(second.events).toContainEqual({ kind: 'waiting', ms: PERIOD_MS - 2000, reason: 'code-used' })
  })

  it('reports a wrong password', async () => {
    freshUser()
    const { outcome, events } = await login({ password: 'senha-errada' })
    expect(outcome).toEqual({ kind: 'wrong-password', message: 'Usuário ou senha inválidos.' })
    expect(codesSubmitted(events)).toBe(0)
  })

  it('stops at the lockout warning after the 4th wrong code', async () => {
    freshUser()
    const { outcome, events } = await login({ secret: generateSecret() })
    expect(outcome.kind).toBe('locked-out')
    expect(outcome).toMatchObject({ message: expect.stringContaining('bloqueará o usuário') })
    expect(codesSubmitted(events)).toBe(4)
    expect((await login()).outcome.kind).toBe('logged-in')
  })

  it('stops at a user without an authenticator, without configuring one', async () => {
    h.court.addUser({ ...USER, login: 'ROBO02SEM' })
    const { outcome, events } = await h.run({
      system: h.system('keycloak'),
      credential: { login: 'ROBO02SEM', password: USER.password },
      codes: totpCodes(generateSecret(), {}, { now: h.clock.now }),
    })
    expect(outcome).toMatchObject({
      kind: 'refused',
      message: expect.stringContaining('cadastro de um autenticador'),
    })
    expect(codesSubmitted(events)).toBe(0)
  })

  it("reports 'court-changed' when the realm's user field changed, with nothing typed", async () => {
    freshUser()
    const { outcome, posts, inspected } = await h.run({
      system: h.system('keycloak'),
      credential: { login: USER.login, password: USER.password },
      codes: totpCodes(key, {}, { now: h.clock.now }),
      prepare: (page) =>
        editPage(page, '**/eproc-keycloak/', (html) => html.replaceAll('id="username"', 'id="usuario"')),
      inspect: async (page) => [await page.inputValue('#usuario'), await page.inputValue('#password')],
    })
    expect(outcome).toMatchObject({ kind: 'court-changed', step: 'password', selector: '#username' })
    expect(inspected).toEqual(['', ''])
    expect(posts).toEqual([])
  })
})
