// createCourtRegistry: get/all, matchUrl, sharedWith and extend.
import { describe, expect, it } from 'vitest'
import { courtRegistry, createCourtRegistry, type CourtSystem } from '../index.js'
import { sandboxSystem } from './fixtures.js'

describe('get and all', () => {
  it('finds systems by id', () => {
    expect(courtRegistry.get('trf4-eproc')?.court.acronym).toBe('TRF4')
    expect(courtRegistry.get('TRF4-EPROC')).toBeUndefined()
    expect(courtRegistry.get('nope')).toBeUndefined()
  })

  it('returns the same frozen list each time', () => {
    expect(courtRegistry.all()).toBe(courtRegistry.all())
  })
})

describe('matchUrl', () => {
  it.each([
    ['https://eproc.trf4.jus.br/eproc2trf4/controlador.php?acao=principal', 'trf4-eproc'],
    ['https://eproc.trf4.jus.br/eproc2trf4/', 'trf4-eproc'],
    ['https://eproc.trf4.jus.br/eproc2trf4', 'trf4-eproc'],
    ['http://eproc.trf4.jus.br/eproc2trf4/externo_controlador.php', 'trf4-eproc'],
    ['HTTPS://EPROC.TRF4.JUS.BR/eproc2trf4/index.php', 'trf4-eproc'],
    ['https://eproc.trf4.jus.br:443/eproc2trf4/', 'trf4-eproc'],
    ['https://user:secret@eproc.trf4.jus.br/eproc2trf4/', 'trf4-eproc'],
    ['https://eproc.trf4.jus.br/eproc2trf4/controlador.php#top', 'trf4-eproc'],
    // The login URL names a file; its directory is what counts.
    ['https://eproc2g.tjrs.jus.br/eproc/controlador.php?acao=painel_adv', 'tjrs-eproc-2g'],
    ['https://eproc2g.tjrs.jus.br/eproc/index.php', 'tjrs-eproc-2g'],
    ['https://eproc1g.tjrs.jus.br/eproc/externo_controlador.php?acao=principal', 'tjrs-eproc-1g'],
    ['https://eproc.jfpr.jus.br/eprocV2/controlador.php', 'jfpr-eproc'],
    ['https://eproc1.tjto.jus.br/eprocV2_prod_1grau/controlador.php', 'tjto-eproc-1g'],
    ['https://eproc2.tjto.jus.br/eprocV2_prod_2grau/', 'tjto-eproc-2g'],
    ['https://eproc1g.stm.jus.br/eproc_1g_prod/controlador.php', 'jmu-eproc-1g'],
    [
      'https://esaj.tjsp.jus.br/sajcas/login?service=https%3A%2F%2Fesaj.tjsp.jus.br%2Fesaj%2Fj_spring_cas_security_check',
      'tjsp-esaj',
    ],
    ['https://esaj.tjce.jus.br/sajcas/verificarCodigo', 'tjce-esaj'],
    [
      'https://sso.cloud.pje.jus.br/auth/realms/pje/protocol/openid-connect/auth?client_id=pje-trf1-1g',
      'pje-pdpj',
    ],
    ['https://sso.cloud.pje.jus.br/auth/realms/pje/login-actions/authenticate', 'pje-pdpj'],
    ['https://projudi.tjpr.jus.br/projudi/usuario/logon.do', 'tjpr-projudi'],
  ])('%s → %s', (url, id) => {
    expect(courtRegistry.matchUrl(url)?.id).toBe(id)
  })

  it.each([
    'https://eproc.trf4.jus.br/',
    'https://eproc.trf4.jus.br/eproc2trf4x/',
    'https://eproc.trf4.jus.br/EPROC2TRF4/',
    'https://eproc.trf4.jus.br:8443/eproc2trf4/',
    'https://eproc.trf4.jus.br.evil.example/eproc2trf4/',
    'https://evil.example/eproc.trf4.jus.br/eproc2trf4/',
    'https://eproc1g.tjrs.jus.br/outro/',
    'https://esaj.tjsp.jus.br/cpopg/open.do',
    'ftp://eproc.trf4.jus.br/eproc2trf4/',
    'javascript:alert(1)',
    'eproc.trf4.jus.br/eproc2trf4/',
    '/eproc2trf4/',
    'not a url',
    '',
    'https://',
    'http://[::1/',
  ])('%j → undefined', (url) => {
    expect(courtRegistry.matchUrl(url)).toBeUndefined()
  })

  it('never throws, whatever it is given', () => {
    for (const value of [undefined, null, 42, {}, [], Symbol.iterator]) {
      expect(courtRegistry.matchUrl(value as unknown as string)).toBeUndefined()
    }
  })

  it('lets the longest login directory win', () => {
    const registry = courtRegistry.extend([
      sandboxSystem({
        id: 'trf4-training',
        loginUrl: 'https://eproc.trf4.jus.br/eproc2trf4/treinamento/login.php',
      }),
    ])
    expect(registry.matchUrl('https://eproc.trf4.jus.br/eproc2trf4/treinamento/controlador.php')?.id).toBe(
      'trf4-training',
    )
    expect(registry.matchUrl('https://eproc.trf4.jus.br/eproc2trf4/controlador.php')?.id).toBe('trf4-eproc')
  })

  it('keeps registry order when two systems share a directory', () => {
    const registry = createCourtRegistry([
      sandboxSystem({ id: 'first', loginUrl: 'https://court.example/app/login' }),
      sandboxSystem({ id: 'second', loginUrl: 'https://court.example/app/' }),
    ])
    expect(registry.matchUrl('https://court.example/app/page')?.id).toBe('first')
  })

  it('matches a local sandbox court by host and port', () => {
    const registry = courtRegistry.extend([sandboxSystem()])
    expect(registry.matchUrl('http://localhost:5174/eproc/controlador.php?acao=login')?.id).toBe(
      'sandbox-eproc',
    )
    expect(registry.matchUrl('http://LOCALHOST:5174/eproc/')?.id).toBe('sandbox-eproc')
    expect(registry.matchUrl('http://localhost:3000/eproc/')).toBeUndefined()
    expect(registry.matchUrl('http://localhost/eproc/')).toBeUndefined()
  })

  it('covers a whole host when the login URL is at its root', () => {
    const registry = createCourtRegistry([sandboxSystem({ loginUrl: 'http://127.0.0.1:8080' })])
    expect(registry.matchUrl('http://127.0.0.1:8080/any/page')?.id).toBe('sandbox-eproc')
  })
})

describe('sharedWith', () => {
  it.each([
    ['trf4-eproc', ['jfrs-eproc', 'jfsc-eproc', 'jfpr-eproc']],
    ['jfsc-eproc', ['trf4-eproc', 'jfrs-eproc', 'jfpr-eproc']],
    ['trf2-eproc', ['jfrj-eproc', 'jfes-eproc']],
    ['jfes-eproc', ['trf2-eproc', 'jfrj-eproc']],
    ['tjrs-eproc-1g', ['tjrs-eproc-2g']],
    ['tjrs-eproc-2g', ['tjrs-eproc-1g']],
    ['trf6-eproc-1g', ['trf6-eproc-2g']],
    ['jmu-eproc-2g', ['jmu-eproc-1g']],
    ['tjpr-eproc-1g', []],
    ['tnu-eproc', []],
    ['pje-pdpj', []],
    ['tjsp-esaj', []],
    ['tjpr-projudi', []],
    ['nope', []],
    ['', []],
  ])('%s → %j', (id, expected) => {
    expect(courtRegistry.sharedWith(id).map((system) => system.id)).toEqual(expected)
  })
})

describe('extend', () => {
  it('adds systems at the end and leaves the original unchanged', () => {
    const before = courtRegistry.all()
    const extended = courtRegistry.extend([sandboxSystem()])
    expect(extended.all().length).toBe(before.length + 1)
    expect(extended.all().at(-1)?.id).toBe('sandbox-eproc')
    expect(extended.get('sandbox-eproc')?.court.name).toBe('Tribunal de Testes')
    expect(courtRegistry.get('sandbox-eproc')).toBeUndefined()
    expect(courtRegistry.all()).toBe(before)
    expect(courtRegistry.all().length).toBe(before.length)
  })

  it('overrides by id in place', () => {
    const original = courtRegistry.get('jfrs-eproc') as CourtSystem
    const override: CourtSystem = {
      ...original,
      authenticatorGroup: 'jfrs-own',
      loginUrl: 'https://eproc.jfrs.jus.br/eprocV3/',
    }
    const extended = courtRegistry.extend([override])
    const position = courtRegistry.all().findIndex((system) => system.id === 'jfrs-eproc')
    expect(extended.all()[position]?.loginUrl).toBe('https://eproc.jfrs.jus.br/eprocV3/')
    expect(extended.all().length).toBe(courtRegistry.all().length)
    expect(extended.sharedWith('trf4-eproc').map((system) => system.id)).toEqual(['jfsc-eproc', 'jfpr-eproc'])
    expect(extended.matchUrl('https://eproc.jfrs.jus.br/eprocV3/x')?.id).toBe('jfrs-eproc')
    expect(extended.matchUrl('https://eproc.jfrs.jus.br/eprocV2/x')).toBeUndefined()
    expect(courtRegistry.get('jfrs-eproc')).toBe(original)
    expect(courtRegistry.sharedWith('trf4-eproc')).toHaveLength(3)
  })

  it('lets new systems join an existing group', () => {
    const extended = courtRegistry.extend([sandboxSystem({ authenticatorGroup: 'trf4-eproc' })])
    expect(extended.sharedWith('sandbox-eproc').map((system) => system.id)).toEqual([
      'trf4-eproc',
      'jfrs-eproc',
      'jfsc-eproc',
      'jfpr-eproc',
    ])
  })

  it('keeps a frozen copy, untouched by later changes to the input', () => {
    const input = sandboxSystem()
    const extended = courtRegistry.extend([input])
    input.loginUrl = 'https://changed.example/'
    input.court.name = 'Changed'
    const kept = extended.get('sandbox-eproc') as CourtSystem
    expect(kept.loginUrl).toBe('http://localhost:5174/eproc/')
    expect(kept.court.name).toBe('Tribunal de Testes')
    expect(Object.isFrozen(kept.court)).toBe(true)
    expect(extended.matchUrl('http://localhost:5174/eproc/')?.id).toBe('sandbox-eproc')
  })

  it('chains', () => {
    const extended = courtRegistry.extend([sandboxSystem()]).extend([sandboxSystem({ id: 'sandbox-2' })])
    expect(
      extended
        .all()
        .slice(-2)
        .map((system) => system.id),
    ).toEqual(['sandbox-eproc', 'sandbox-2'])
    expect(extended.search('sandbox').map((system) => system.id)).toEqual(['sandbox-eproc', 'sandbox-2'])
  })
})
