import { describe, expect, it } from 'vitest'
import {
  DEFAULT_LOGIN_URL,
  SANDBOX_ESAJ_SYSTEM_ID,
  SANDBOX_KEYCLOAK_SYSTEM_ID,
  SANDBOX_PJE_SYSTEM_ID,
  SANDBOX_SYSTEM_ID,
  sandboxCourtSystem,
  sandboxCourtSystems,
} from '../court-system.js'

describe('registry entries', () => {
  it('one per flow, at the default address, each starting where its flow starts', () => {
    const systems = sandboxCourtSystems()
    expect(systems.map((system) => [system.id, system.system, system.login.flow, system.login.url])).toEqual([
      [SANDBOX_SYSTEM_ID, 'eproc', 'eproc-form', 'http://127.0.0.1:5180/eproc/'],
      [SANDBOX_KEYCLOAK_SYSTEM_ID, 'eproc', 'keycloak', 'http://127.0.0.1:5180/eproc-keycloak/'],
      [SANDBOX_PJE_SYSTEM_ID, 'pje', 'pje-sso', 'http://127.0.0.1:5180/pje/primeirograu/login.seam'],
      [SANDBOX_ESAJ_SYSTEM_ID, 'esaj', 'esaj', 'http://127.0.0.1:5180/sajcas/login'],
    ])
    for (const system of systems) expect(system.loginUrl).toBe(system.login.url)
    expect(sandboxCourtSystem()).toEqual(systems[0])
    expect(sandboxCourtSystem().loginUrl).toBe(DEFAULT_LOGIN_URL)
  })

  it('follow the court to another port, from its origin or any of its pages', () => {
    const origin = 'http://127.0.0.1:40123'
    expect(sandboxCourtSystems(`${origin}/eproc/`)).toEqual(sandboxCourtSystems(origin))
    for (const system of sandboxCourtSystems(origin))
      expect(system.login.url.startsWith(`${origin}/`)).toBe(true)
  })

  it('share one authenticator group only between the classic form and the Keycloak realm', () => {
    const [classic, keycloak, pje, esaj] = sandboxCourtSystems()
    expect(keycloak?.authenticatorGroup).toBe(classic?.authenticatorGroup)
    expect(
      new Set([classic?.authenticatorGroup, pje?.authenticatorGroup, esaj?.authenticatorGroup]).size,
    ).toBe(3)
    expect(esaj?.twoFactor.method).toBe('email-code')
    expect(esaj?.twoFactor.totp).toBeUndefined()
  })

  it('describe the realms, the extras and the selectors, with provenance for each login fact', () => {
    const [classic, keycloak, pje, esaj] = sandboxCourtSystems()
    expect([classic?.login.realm, keycloak?.login.realm, pje?.login.realm, esaj?.login.realm]).toEqual([
      undefined,
      'eproc',
      'pje',
      undefined,
    ])
    expect(keycloak?.login.extra).toEqual(['save-device', 'profile-choice', 'certificate-option'])
    expect(keycloak?.login.selectors).toMatchObject({
      username: '#username',
      password: '#password',
      submit: '#kc-login',
      code: '#otp',
      saveDevice: '#saveDevice',
    })
    expect(pje?.login.selectors['sso']).toBe('#btnSsoPdpj')
    expect(esaj?.login.selectors).toMatchObject({
      username: '#usernameForm',
      password: '#passwordForm',
      certificate: '#linkAbaCertificado',
    })
    for (const system of sandboxCourtSystems()) {
      const fields = system.provenance.map((fact) => fact.field)
      expect(fields).toEqual(
        expect.arrayContaining(['loginUrl', 'login.flow', 'login.url', 'login.selectors', 'login.extra']),
      )
      expect(new Set(fields).size).toBe(fields.length)
    }
  })
})
