/** Which flow a registry entry names, and its selectors: the flow's defaults under the registry's. */
import { describe, expect, it } from 'vitest'
import { DEFAULT_SELECTORS, drivenFlow, selectorsFor } from '../index.js'

describe('drivenFlow', () => {
  it.each([
    ['eproc-form', 'eproc-form'],
    ['keycloak', 'keycloak'],
    ['pje-sso', 'pje-sso'],
    ['esaj', 'email-code'],
    ['email-code', 'email-code'],
    ['x-my-court', undefined],
    ['keycloack', undefined],
  ])('%s → %s', (flow, driven) => {
    expect(drivenFlow(flow)).toBe(driven)
  })
})

describe('selectorsFor', () => {
  it("puts the registry's selectors over the flow's defaults, and the caller's over both", () => {
    const login = { flow: 'keycloak', url: 'https://x.jus.br/', selectors: { submit: '#entrar', code: '' } }
    const merged = selectorsFor('keycloak', login, { loggedIn: '#sair' })
    expect(merged).toMatchObject({
      username: '#username',
      submit: '#entrar',
      // An empty selector in the data is no selector: the default stays.
      code: '#otp',
      saveDevice: '#saveDevice',
      loggedIn: '#sair',
    })
  })

  it('has the selectors of research/courts-2026-12.md §3 for each flow', () => {
    expect(DEFAULT_SELECTORS['eproc-form']).toMatchObject({
      username: '#txtUsuario',
      password: '#pwdSenha',
      submit: '#sbmEntrar',
      code: '#txtAcessoCodigo',
      codeSubmit: '#btnValidar',
    })
    expect(DEFAULT_SELECTORS.keycloak).toMatchObject({
      submit: '#kc-login',
      code: '#otp',
      saveDevice: '#saveDevice',
    })
    expect(DEFAULT_SELECTORS['pje-sso']).toMatchObject({ sso: '#btnSsoPdpj', username: '#username' })
    expect(DEFAULT_SELECTORS['email-code']).toMatchObject({
      username: '#usernameForm',
      password: '#passwordForm',
    })
  })
})
