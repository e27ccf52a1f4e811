/**
 * loginToCourt at the sandbox's PJe court with the national SSO hop: `login.seam` → `#btnSsoPdpj` →
 * the SSO realm (`#username` = CPF, `#password`, `#kc-login`, then `#otp`) → back to the court's panel.
 */
import { generateSecret } from '@a2f/core'
import { describe, expect, it } from 'vitest'
import { totpCodes } from '../index.js'
import { codesSubmitted, editPage, useHarness } from './support/harness.js'
import { codesAround } from './support/secrets.js'
import { PERIOD_MS } from './support/test-clock.js'

const USER = { login: '39053344705', password: 'senha-pje-robô', name: 'Dr. PJe de Teste' }
const h = useHarness()
let key: string

function freshUser() {
  key = generateSecret()
  h.court.addUser({ ...USER, realm: 'pje', totpSecret: key })
  h.clock.nextWindowAt(2000)
  h.clock.sleeps.length = 0
}

const login = (options: { password?: string; secret?: string } = {}) =>
  h.run({
    system: h.system('pje-sso'),
    credential: { login: USER.login, password: options.password ?? USER.password },
    codes: totpCodes(options.secret ?? key, {}, { now: h.clock.now }),
    inspect: async (page) => new URL(page.url()).pathname,
  })

describe("loginToCourt, flow 'pje-sso'", () => {
  it('follows "Entrar com PDPJ" to the SSO, logs in and lands on the court panel', async () => {
    freshUser()
    const started = h.clock.now()
    const { outcome, events, inspected } = await login()
    expect(outcome).toEqual({ kind: 'logged-in', name: USER.name })
    expect(events.map((event) => event.kind)).toEqual([
      'opening',
      'sso-followed',
      'password-submitted',
      'code-submitted',
    ])
    expect(inspected).toBe('/pje/primeirograu/Painel/painel_usuario/advogado.seam')
    const reported = JSON.stringify({ outcome, events })
    expect(reported).not.toContain(USER.password)
    for (const code of codesAround(key, started, h.clock.now())) expect(reported).not.toContain(code)
  })

  it('waits for the next window when the code was already used', async () => {
    freshUser()
    expect((await login()).outcome.kind).toBe('logged-in')
    const second = await login()
    expect(second.outcome).toEqual({ kind: 'logged-in', name: USER.name })
    expect(codesSubmitted(second.events)).toBe(2)
    expect(h.clock.sleeps).toEqual([PERIOD_MS - 2000])
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
    expect(outcome).toMatchObject({
      kind: 'locked-out',
      message: expect.stringContaining('bloqueará o usuário'),
    })
    expect(codesSubmitted(events)).toBe(4)
  })

  it("reports 'court-changed' when the court's SSO button changed, before anything is typed", async () => {
    freshUser()
    const { outcome, posts, events } = await h.run({
      system: h.system('pje-sso'),
      credential: { login: USER.login, password: USER.password },
      codes: totpCodes(key, {}, { now: h.clock.now }),
      prepare: (page) =>
        editPage(page, '**/login.seam', (html) => html.replaceAll('btnSsoPdpj', 'btnEntrarPdpj')),
    })
    expect(outcome).toMatchObject({ kind: 'court-changed', step: 'sso', selector: '#btnSsoPdpj' })
    expect(posts).toEqual([])
    expect(events.map((event) => event.kind)).toEqual(['opening'])
  })
})
