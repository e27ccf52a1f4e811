/**
 * loginSystemFor: the registry system a `login` runs against, by the credential's system or
 * `--system`, with `--url` placing the sandbox court or replacing a real system's login page.
 */
import { courtRegistry } from '@a2f/core'
import { describe, expect, it } from 'vitest'
import { EXIT } from '../cli/exit-codes.js'
import { RobotError } from '../cli/robot-error.js'
import { loginSystemFor } from '../commands/login-system.js'

const thrown = (run: () => unknown) => {
  try {
    run()
  } catch (error) {
    return error
  }
  throw new Error('did not throw')
}

describe('loginSystemFor', () => {
  it("uses the registry's login description of the credential's system, or --system's", () => {
    const tjrs = courtRegistry.get('tjrs-eproc-1g')
    expect(loginSystemFor({ systemId: 'tjrs-eproc-1g' })).toEqual({ id: 'tjrs-eproc-1g', login: tjrs?.login })
    expect(loginSystemFor({ systemId: 'tjrs-eproc-1g' }, { system: 'tjsp-esaj' }).login.flow).toBe('esaj')
  })

  it('places every sandbox flow at the origin of --url, each at its own path', () => {
    const url = 'http://127.0.0.1:5199/eproc/'
    expect(
      ['sandbox-eproc', 'sandbox-eproc-keycloak', 'sandbox-pje', 'sandbox-esaj'].map((systemId) => {
        const { login } = loginSystemFor({ systemId }, { url })
        return [login.flow, login.url]
      }),
    ).toEqual([
      ['eproc-form', 'http://127.0.0.1:5199/eproc/'],
      ['keycloak', 'http://127.0.0.1:5199/eproc-keycloak/'],
      ['pje-sso', 'http://127.0.0.1:5199/pje/primeirograu/login.seam'],
      ['esaj', expect.stringMatching(/^http:\/\/127\.0\.0\.1:5199\/sajcas\/login/)],
    ])
    expect(loginSystemFor({ systemId: 'sandbox-eproc' }).login.url).toBe('http://127.0.0.1:5180/eproc/')
  })

  it("replaces a real system's login page with --url and keeps its flow", () => {
    const system = loginSystemFor({ systemId: 'tjrs-eproc-1g' }, { url: 'http://127.0.0.1:5199/outra/' })
    expect(system.login).toMatchObject({ flow: 'keycloak', url: 'http://127.0.0.1:5199/outra/' })
  })

  it('with --url and no known system: the system of those pages, else the classic eproc form', () => {
    const tjrs = courtRegistry.get('tjrs-eproc-1g')!
    expect(loginSystemFor({}, { url: tjrs.loginUrl }).id).toBe('tjrs-eproc-1g')
    expect(loginSystemFor({}, { url: 'http://127.0.0.1:5199/eproc-keycloak/' }).id).toBe(
      'sandbox-eproc-keycloak',
    )
    expect(loginSystemFor({ systemId: 'tjxx-eproc' }, { url: 'https://eproc.tjxx.jus.br/eproc/' })).toEqual({
      id: 'tjxx-eproc',
      login: { flow: 'eproc-form', url: 'https://eproc.tjxx.jus.br/eproc/' },
    })
  })

  it('is a usage error for an unknown system, or none, without --url', () => {
    for (const credential of [{ systemId: 'tjxx-eproc' }, {}]) {
      const error = thrown(() => loginSystemFor(credential))
      expect(error).toBeInstanceOf(RobotError)
      expect((error as RobotError).exitCode).toBe(EXIT.usage)
      expect((error as RobotError).message).toMatch(/--url/)
    }
  })

  it('is a usage error for a registry system without a login description', () => {
    const bare = courtRegistry.all().find((system) => system.login === undefined)
    expect(bare).toBeDefined()
    const error = thrown(() => loginSystemFor({ systemId: bare!.id }))
    expect((error as RobotError).exitCode).toBe(EXIT.usage)
    expect((error as RobotError).message).toContain(bare!.id)
  })
})
