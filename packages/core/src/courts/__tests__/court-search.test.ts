// courtRegistry.search: accent- and case-insensitive word-prefix search, ranked acronym → name → rest.
import { describe, expect, it } from 'vitest'
import { isA2FError } from '../../errors.js'
import { courtRegistry, createCourtRegistry } from '../index.js'
import { sandboxSystem } from './fixtures.js'

const ids = (query: Parameters<typeof courtRegistry.search>[0]) =>
  courtRegistry.search(query).map((system) => system.id)
const allIds = courtRegistry.all().map((system) => system.id)

describe('search by text', () => {
  it.each(['trf 4', 'TRF4', 'trf-4', 'Trf4', '  trf   4 ', 'trf4 eproc'])('%j finds TRF4 first', (query) => {
    expect(ids(query)[0]).toBe('trf4-eproc')
  })

  it.each(['paraná', 'parana', 'PARANÁ', 'Parana'])('%j finds the courts of Paraná', (query) => {
    expect(ids(query)).toEqual(['tjpr-eproc-1g', 'jfpr-eproc', 'tjpr-projudi'])
  })

  it.each(['são paulo', 'sao paulo', 'SÃO PAULO', 'Sao-Paulo'])('%j finds the TJSP systems', (query) => {
    expect(ids(query)).toEqual(['tjsp-eproc-1g', 'tjsp-eproc-2g', 'tjsp-esaj'])
  })

  it.each(['justiça federal', 'justica federal', 'JUSTIÇA FEDERAL'])(
    '%j finds the TRFs and the federal sections',
    (query) => {
      const found = courtRegistry.search(query)
      expect(found.map((system) => system.id).sort()).toEqual(
        [
          'trf2-eproc',
          'jfrj-eproc',
          'jfes-eproc',
          'trf4-eproc',
          'jfrs-eproc',
          'jfsc-eproc',
          'jfpr-eproc',
          'trf6-eproc-1g',
          'trf6-eproc-2g',
        ].sort(),
      )
      // The sections carry the words in their names, so they rank before the TRFs (matched by segment).
      expect(found.slice(0, 5).every((system) => system.court.acronym.startsWith('JF'))).toBe(true)
    },
  )

  it.each([
    ['tjrs 2', ['tjrs-eproc-2g']],
    ['TJRS 1º grau', ['tjrs-eproc-1g']],
    ['tjrs segundo grau', ['tjrs-eproc-2g']],
    ['tjsc 2g', ['tjsc-eproc-2g']],
    ['tjrs', ['tjrs-eproc-1g', 'tjrs-eproc-2g']],
    [
      'rio grande do sul',
      ['tjrs-eproc-1g', 'tjrs-eproc-2g', 'tjmrs-eproc-1g', 'tjmrs-eproc-2g', 'jfrs-eproc'],
    ],
    [
      'justiça militar',
      [
        'tjmrs-eproc-1g',
        'tjmrs-eproc-2g',
        'tjmmg-eproc-1g',
        'tjmmg-eproc-2g',
        'jmu-eproc-1g',
        'jmu-eproc-2g',
      ],
    ],
    ['tjm-rs', ['tjmrs-eproc-1g', 'tjmrs-eproc-2g']],
    ['esaj', ['tjsp-esaj', 'tjms-esaj', 'tjce-esaj', 'tjac-esaj', 'tjal-esaj', 'tjam-esaj']],
    ['e-SAJ ceará', ['tjce-esaj']],
    ['pje', ['pje-pdpj', 'pje-eleitoral']],
    ['eleitoral', ['pje-eleitoral']],
    ['supremo', ['stf-peticionamento']],
    ['bahia', ['tjba-eproc-1g']],
    ['projudi', ['tjpr-projudi']],
    ['tribunal regional federal 6ª região', ['trf6-eproc-1g', 'trf6-eproc-2g']],
    ['turma nacional', ['tnu-eproc']],
    ['cjf', ['tnu-eproc']],
    ['stm', ['jmu-eproc-1g', 'jmu-eproc-2g']],
    ['eproc1g.tjsc.jus.br', ['tjsc-eproc-1g']],
    ['tribunal de justiça do estado de sergipe', ['tjse-eproc-1g', 'tjse-eproc-2g']],
    ['justiça federal de paraná', ['jfpr-eproc']],
    ['nenhum tribunal assim', []],
    ['trf 9', []],
  ])('%j → %j', (query, expected) => {
    expect(ids(query)).toEqual(expected)
  })

  it.each(['', '   ', '—', ' - / '])('the empty query %j returns every system', (query) => {
    expect(ids(query)).toEqual(allIds)
  })

  it('matches a query of connectives only as words, instead of ignoring it all', () => {
    expect(ids('do sul')).toEqual(ids('sul'))
    expect(ids('de').length).toBeLessThan(allIds.length)
  })

  it('ranks acronym matches, then name matches, then the rest, keeping registry order in ties', () => {
    const registry = createCourtRegistry([
      sandboxSystem({
        id: 'by-host',
        court: { acronym: 'QQQ', name: 'Bar' },
        loginUrl: 'https://abc.example/x/',
      }),
      sandboxSystem({ id: 'by-name-1', court: { acronym: 'XYZ', name: 'Abc Court' } }),
      sandboxSystem({ id: 'by-acronym', court: { acronym: 'ABC', name: 'Foo' } }),
      sandboxSystem({ id: 'by-name-2', court: { acronym: 'ZZZ', name: 'Court of Abcd' } }),
      sandboxSystem({ id: 'none', court: { acronym: 'NOP', name: 'Nothing' } }),
    ])
    expect(registry.search('abc').map((system) => system.id)).toEqual([
      'by-acronym',
      'by-name-1',
      'by-name-2',
      'by-host',
    ])
  })
})

describe('search by fields', () => {
  it.each([
    [{ uf: 'PR' }, ['tjpr-eproc-1g', 'jfpr-eproc', 'tjpr-projudi']],
    [{ uf: 'pr' }, ['tjpr-eproc-1g', 'jfpr-eproc', 'tjpr-projudi']],
    [{ uf: 'Paraná' }, ['tjpr-eproc-1g', 'jfpr-eproc', 'tjpr-projudi']],
    [{ court: 'trf4' }, ['trf4-eproc']],
    [{ court: 'TJM-RS' }, ['tjmrs-eproc-1g', 'tjmrs-eproc-2g']],
    [{ court: 'Justiça Federal do Paraná' }, ['jfpr-eproc']],
    [{ court: 'TJSP', system: 'e-SAJ' }, ['tjsp-esaj']],
    [{ system: 'ESAJ' }, ['tjsp-esaj', 'tjms-esaj', 'tjce-esaj', 'tjac-esaj', 'tjal-esaj', 'tjam-esaj']],
    [{ system: 'eproc', uf: 'RS', twoFactor: 'unknown' as const }, ['tjmrs-eproc-1g', 'tjmrs-eproc-2g']],
    [{ text: '2', court: 'TJRS' }, ['tjrs-eproc-2g']],
    [{ text: 'paraná', system: 'eproc' }, ['tjpr-eproc-1g', 'jfpr-eproc']],
    [{ twoFactor: 'optional' as const }, []],
    [{ uf: 'AM' }, ['tjam-esaj']],
    [{ uf: 'RR' }, []],
  ])('%j → %j', (query, expected) => {
    expect(ids(query)).toEqual(expected)
  })

  it('returns every system for an empty object', () => {
    expect(ids({})).toEqual(allIds)
  })

  it('finds every mandatory system and only those', () => {
    const found = courtRegistry.search({ twoFactor: 'mandatory' })
    expect(found.length).toBeGreaterThan(10)
    expect(found.every((system) => system.twoFactor.status === 'mandatory')).toBe(true)
  })

  it('treats undefined as the empty query, and refuses queries that are not text', () => {
    expect(ids(undefined as unknown as string)).toEqual(allIds)
    for (const query of [42, { text: 42 }, { uf: ['PR'] }, { court: null }]) {
      let error: unknown
      try {
        courtRegistry.search(query as unknown as string)
      } catch (caught) {
        error = caught
      }
      expect(isA2FError(error, 'OPTION_INVALID'), JSON.stringify(query)).toBe(true)
    }
  })

  it('returns a new array each time', () => {
    const first = courtRegistry.search('trf')
    first.pop()
    expect(courtRegistry.search('trf').length).toBe(first.length + 1)
  })
})
