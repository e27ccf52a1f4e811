// Schema of the built-in court data: every system well formed, every fact with its provenance, and the
// groups and methods that research/courts.md, courts-2026-12.md and the seeds establish. The facts
// courts-2026-12.md corrects or adds are tested one by one in courts-2026-12.test.ts.
import { describe, expect, it } from 'vitest'
import { courtRegistry, type CourtSystem } from '../index.js'

const systems = courtRegistry.all()

/** The research table's instances, the other eproc instances and the other systems. */
const EXPECTED_IDS = [
  'tjrs-eproc-1g',
  'tjrs-eproc-2g',
  'tjsc-eproc-1g',
  'tjsc-eproc-2g',
  'tjto-eproc-1g',
  'tjto-eproc-2g',
  'trf2-eproc',
  'jfrj-eproc',
  'jfes-eproc',
  'trf4-eproc',
  'jfrs-eproc',
  'jfsc-eproc',
  'jfpr-eproc',
  'tnu-eproc',
  'trf6-eproc-1g',
  'trf6-eproc-2g',
  'jmu-eproc-1g',
  'jmu-eproc-2g',
  'tjmg-eproc-1g',
  'tjmg-eproc-2g',
  'tjsp-eproc-1g',
  'tjsp-eproc-2g',
  'tjrj-eproc-1g',
  'tjrj-eproc-2g',
  'tjpr-eproc-1g',
  'tjse-eproc-1g',
  'tjse-eproc-2g',
  'tjms-eproc-1g',
  'tjms-eproc-2g',
  'tjmrs-eproc-1g',
  'tjmrs-eproc-2g',
  'pje-pdpj',
  'tjsp-esaj',
  'tjms-esaj',
  'tjce-esaj',
  'tjac-esaj',
  'tjpr-projudi',
  // Added from courts-2026-12.md §2.
  'tjba-eproc-1g',
  'tjmmg-eproc-1g',
  'tjmmg-eproc-2g',
  'pje-eleitoral',
  'tjal-esaj',
  'tjam-esaj',
  'stf-peticionamento',
]

/** The value at a dotted path ('twoFactor.totp.digits'), or undefined. */
function valueAt(system: CourtSystem, path: string): unknown {
  let value: unknown = system
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined
    value = (value as Record<string, unknown>)[key]
  }
  return value
}

/** The facts that must each have a provenance entry, for this system. */
function requiredFacts(system: CourtSystem): string[] {
  const facts = ['loginUrl', 'twoFactor.status', 'twoFactor.method', 'authenticatorGroup']
  if (system.twoFactor.since !== undefined) facts.push('twoFactor.since')
  if (system.twoFactor.totp !== undefined)
    facts.push('twoFactor.totp.algorithm', 'twoFactor.totp.digits', 'twoFactor.totp.period')
  if (system.twoFactor.enrollment !== undefined) facts.push('twoFactor.enrollment')
  if (system.twoFactor.alternatives !== undefined) facts.push('twoFactor.alternatives')
  // Every field of the login description is a fact of its own ('login.flow', 'login.selectors'…).
  for (const key of Object.keys(system.login ?? {})) facts.push(`login.${key}`)
  return facts
}

function group(id: string): string[] {
  const system = courtRegistry.get(id)
  if (system === undefined) throw new Error(`no system ${id}`)
  return systems
    .filter((other) => other.authenticatorGroup === system.authenticatorGroup)
    .map((other) => other.id)
}

describe('built-in court data', () => {
  it('holds every system of research/courts.md and courts-2026-12.md, once', () => {
    const ids = systems.map((system) => system.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect([...ids].sort()).toEqual([...EXPECTED_IDS].sort())
  })

  it.each(systems.map((system) => [system.id, system] as const))(
    '%s has an absolute https login URL',
    (_id, system) => {
      const url = new URL(system.loginUrl)
      expect(url.protocol).toBe('https:')
      expect(url.hostname).toMatch(/\.jus\.br$/)
      expect(system.loginUrl).not.toMatch(/\s/)
    },
  )

  it.each(systems.map((system) => [system.id, system] as const))(
    '%s has a well-formed court',
    (_id, system) => {
      const { court } = system
      expect(court.acronym).toMatch(/^[A-Z0-9-]+$/)
      expect(court.name.length).toBeGreaterThan(10)
      if (court.uf !== undefined) expect(court.uf).toMatch(/^[A-Z]{2}$/)
      if (court.cnj !== undefined) {
        // 1 STF, 4 federal, 6 electoral, 7 military of the Union, 8 state, 9 state military.
        expect([1, 4, 6, 7, 8, 9]).toContain(court.cnj.segment)
        expect(court.cnj.tribunal).toMatch(/^\d{2}$/)
      }
    },
  )

  it.each(systems.map((system) => [system.id, system] as const))(
    '%s has provenance for every fact',
    (_id, system) => {
      const fields = system.provenance.map((entry) => entry.field)
      for (const fact of requiredFacts(system)) expect(fields, fact).toContain(fact)
      for (const entry of system.provenance) {
        expect(['verified', 'code-only', 'seed-only', 'inferred']).toContain(entry.confidence)
        expect(entry.checkedAt).toMatch(/^\d{4}-\d{2}(-\d{2})?$/)
        // Facts only the seed supports date from the seed (2024-08); the rest were compared with
        // research/courts.md (2026-11-21) or courts-2026-12.md (2026-12-04).
        if (entry.confidence === 'seed-only') expect(entry.checkedAt).toBe('2024-08')
        else expect(['2026-11-21', '2026-12-04']).toContain(entry.checkedAt)
        // Every login fact was compared with courts-2026-12.md, the first source of login flows.
        if (entry.field.startsWith('login.')) expect(entry.checkedAt).toBe('2026-12-04')
        expect(entry.source.trim().length).toBeGreaterThan(10)
        // No provenance for a fact the system does not have (a typo in `field`).
        expect(valueAt(system, entry.field), entry.field).toBeDefined()
      }
    },
  )

  it('gives every group at least one system, and systems of a group one kind', () => {
    const groups = new Map<string, CourtSystem[]>()
    for (const system of systems) {
      expect(system.authenticatorGroup).toMatch(/^[a-z0-9-]+$/)
      groups.set(system.authenticatorGroup, [...(groups.get(system.authenticatorGroup) ?? []), system])
    }
    for (const [, members] of groups) {
      expect(members.length).toBeGreaterThan(0)
      expect(new Set(members.map((system) => system.system)).size).toBe(1)
      expect(new Set(members.map((system) => system.twoFactor.method)).size).toBe(1)
    }
  })

  it('puts TRF4 and its three federal sections in one group, and nothing else', () => {
    expect(group('trf4-eproc')).toEqual(['trf4-eproc', 'jfrs-eproc', 'jfsc-eproc', 'jfpr-eproc'])
    const trf4 = courtRegistry.get('trf4-eproc')
    expect(trf4?.provenance.find((entry) => entry.field === 'authenticatorGroup')?.confidence).toBe(
      'seed-only',
    )
  })

  it('groups the 2nd Region, and the degrees of one court', () => {
    expect(group('trf2-eproc')).toEqual(['trf2-eproc', 'jfrj-eproc', 'jfes-eproc'])
    expect(group('tjrs-eproc-1g')).toEqual(['tjrs-eproc-1g', 'tjrs-eproc-2g'])
    expect(group('trf6-eproc-2g')).toEqual(['trf6-eproc-1g', 'trf6-eproc-2g'])
    expect(group('tjmrs-eproc-1g')).toEqual(['tjmrs-eproc-1g', 'tjmrs-eproc-2g'])
  })

  it('gives e-SAJ and PJe groups of their own', () => {
    for (const system of systems.filter(
      (candidate) => candidate.system === 'esaj' || candidate.system === 'pje',
    )) {
      expect(group(system.id)).toEqual([system.id])
    }
  })

  it('marks e-SAJ as an e-mail code, with no authenticator parameters', () => {
    const esaj = systems.filter((system) => system.system === 'esaj')
    expect(esaj.map((system) => system.court.acronym)).toEqual([
      'TJSP',
      'TJMS',
      'TJCE',
      'TJAC',
      'TJAL',
      'TJAM',
    ])
    for (const system of esaj) {
      expect(system.twoFactor.method).toBe('email-code')
      expect(system.twoFactor.totp).toBeUndefined()
      expect(system.login?.flow).toBe('esaj')
    }
    expect(esaj.map((system) => system.twoFactor.since)).toEqual([
      '2025-03-24',
      '2025-04-01',
      '2025-10-06',
      undefined,
      undefined,
      undefined,
    ])
    // TJAL and TJAM: Softplan lists them, no source gives the rule for lawyers.
    expect(esaj.map((system) => system.twoFactor.status)).toEqual([
      'mandatory',
      'mandatory',
      'mandatory',
      'mandatory',
      'unknown',
      'unknown',
    ])
  })

  it('gives every TOTP system its parameters, SHA1 / 6 digits / 30 s', () => {
    for (const system of systems.filter((candidate) => candidate.twoFactor.method === 'totp')) {
      expect(system.twoFactor.totp, system.id).toEqual({ algorithm: 'SHA1', digits: 6, period: 30 })
    }
  })

  it('asks for a personal e-mail, refusing jus.br and gov.br, on every eproc', () => {
    for (const system of systems.filter((candidate) => candidate.system === 'eproc')) {
      expect(system.twoFactor.enrollment, system.id).toEqual({
        personalEmailRequired: true,
        refusedEmailSuffixes: ['jus.br', 'gov.br'],
      })
    }
    const confidence = (id: string) =>
      courtRegistry.get(id)?.provenance.find((entry) => entry.field === 'twoFactor.enrollment')?.confidence
    expect(confidence('jmu-eproc-1g')).toBe('verified') // seed 001
    expect(confidence('trf2-eproc')).toBe('seed-only') // seed 003's screen
    expect(confidence('tjrs-eproc-1g')).toBe('inferred')
  })

  it('records PJe as TOTP since 2025-11-03 with gov.br as the alternative', () => {
    const pje = courtRegistry.get('pje-pdpj')
    expect(pje?.twoFactor).toMatchObject({
      status: 'mandatory',
      method: 'totp',
      since: '2025-11-03',
      alternatives: ['govbr'],
    })
  })

  it('records Projudi TJPR as TOTP, mandatory since 2021-09-13', () => {
    expect(courtRegistry.get('tjpr-projudi')?.twoFactor).toMatchObject({
      status: 'mandatory',
      method: 'totp',
      since: '2021-09-13',
    })
  })

  it('prefers the research over the seed, keeping the seed value in the source', () => {
    const source = (id: string, field: string) =>
      courtRegistry.get(id)?.provenance.find((entry) => entry.field === field)?.source ?? ''
    expect(courtRegistry.get('tjsc-eproc-1g')?.twoFactor.status).toBe('mandatory')
    expect(source('tjsc-eproc-1g', 'twoFactor.status')).toContain('OPCIONAL')
    expect(courtRegistry.get('tjto-eproc-1g')?.twoFactor).toMatchObject({
      status: 'mandatory',
      since: '2025-02-24',
    })
    expect(source('tjto-eproc-1g', 'twoFactor.status')).toContain('NAO TEM A OPCAO')
    expect(courtRegistry.get('trf6-eproc-1g')?.loginUrl).toBe('https://eproc1g.trf6.jus.br/eproc/')
    expect(source('trf6-eproc-1g', 'loginUrl')).toContain('typo')
  })

  it('names courts in full Portuguese, with their CNJ code', () => {
    expect(courtRegistry.get('tjrs-eproc-1g')?.court).toEqual({
      acronym: 'TJRS',
      name: 'Tribunal de Justiça do Estado do Rio Grande do Sul',
      uf: 'RS',
      cnj: { segment: 8, tribunal: '21' },
    })
    expect(courtRegistry.get('trf4-eproc')?.court.name).toBe('Tribunal Regional Federal da 4ª Região')
    expect(courtRegistry.get('jfpr-eproc')?.court).toMatchObject({
      name: 'Justiça Federal do Paraná',
      uf: 'PR',
    })
    expect(courtRegistry.get('tjmrs-eproc-1g')?.court.cnj).toEqual({ segment: 9, tribunal: '21' })
  })

  it('is deeply frozen', () => {
    const system = courtRegistry.get('trf4-eproc') as CourtSystem
    expect(Object.isFrozen(systems)).toBe(true)
    for (const part of [
      system,
      system.court,
      system.court.cnj,
      system.twoFactor,
      system.twoFactor.totp,
      system.twoFactor.enrollment,
      system.twoFactor.enrollment?.refusedEmailSuffixes,
      system.provenance,
      system.provenance[0],
      system.login,
      system.login?.selectors,
      system.login?.extra,
    ]) {
      expect(Object.isFrozen(part)).toBe(true)
    }
    expect(() => {
      ;(system as { loginUrl: string }).loginUrl = 'https://evil.example/'
    }).toThrow(TypeError)
    expect(() => (systems as CourtSystem[]).push(system)).toThrow(TypeError)
    expect(courtRegistry.get('trf4-eproc')?.loginUrl).toBe('https://eproc.trf4.jus.br/eproc2trf4/')
  })
})
