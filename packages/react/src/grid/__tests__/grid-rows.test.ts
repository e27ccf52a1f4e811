import { courtRegistry } from '@a2f/core'
import type { CredentialSummary } from '@a2f/storage'
import { describe, expect, it } from 'vitest'
import { gridMessages } from '../messages.js'
import { foldText, searchWords } from '../fold-text.js'
import { formatSince } from '../format-date.js'
import { buildGridRows, filterModels, NONE_VALUE, sortModels } from '../grid-rows.js'
import { createRowModelBuilder } from '../row-model.js'

const messages = gridMessages
const collator = new Intl.Collator('pt-BR', { sensitivity: 'base', numeric: true })
const texts = { otherAuthenticators: messages.otherAuthenticators, noOwner: messages.noOwner }

let next = 0
function summary(partial: Partial<CredentialSummary> & { account: string }): CredentialSummary {
  next++
  return {
    id: `id-${next}`,
    issuer: 'X',
    otp: { algorithm: 'SHA1', digits: 6, period: 30 },
    hasPassword: false,
    status: 'validated',
    keyId: 'k',
    createdAt: 0,
    updatedAt: next,
    version: 1,
    ...partial,
  }
}

const build = createRowModelBuilder(courtRegistry, messages)
const models = [
  summary({
    systemId: 'tjsp-eproc-1g',
    issuer: 'TJSP',
    account: 'SP1',
    owner: 'João Pedro Santos',
    status: 'pending',
  }),
  summary({ systemId: 'jfpr-eproc', issuer: 'JFPR', account: 'PR1', owner: 'Ana Beatriz Souza' }),
  summary({ systemId: 'trf4-eproc', issuer: 'TRF4', account: 'RS1', label: 'Intimações' }),
  summary({ issuer: 'Webmail', account: 'ana', owner: 'Ana Beatriz Souza' }),
].map(build)

describe('row models', () => {
  it('derive court, detail, group and search text from the registry', () => {
    const [tjsp, jfpr, trf4, webmail] = models
    expect(tjsp).toMatchObject({ court: 'TJSP', courtDetail: 'eproc · 1º grau', groupLabel: 'TJSP' })
    expect(jfpr).toMatchObject({
      court: 'JFPR',
      groupKey: 'trf4-eproc',
      groupLabel: 'TRF4 · JFRS · JFSC · JFPR',
    })
    expect(trf4!.rowName).toBe('TRF4 · RS1')
    expect(webmail).toMatchObject({ court: 'Webmail', groupKey: '', rowName: 'Webmail · ana' })
    expect(tjsp!.searchText).toContain('tribunal de justica do estado de sao paulo')
    // Cached by summary object: the same summary gives the same model.
    expect(build(tjsp!.credential)).toBe(tjsp)
  })
})

describe('filters', () => {
  it('match every folded word anywhere in court, issuer, login, owner or label', () => {
    const accounts = (words: string) =>
      filterModels(models, { words: searchWords(words) }).map((m) => m.credential.account)
    expect(accounts('SÃO   paulo')).toEqual(['SP1'])
    expect(accounts('joao')).toEqual(['SP1'])
    expect(accounts('ana')).toEqual(['PR1', 'ana'])
    expect(accounts('intimacoes')).toEqual(['RS1'])
    expect(accounts('parana')).toEqual(['PR1'])
    expect(accounts('ana webmail')).toEqual(['ana'])
    expect(accounts('nada')).toEqual([])
  })

  it('pick credentials without a system or owner with NONE_VALUE', () => {
    expect(filterModels(models, { systemId: NONE_VALUE }).map((m) => m.credential.account)).toEqual(['ana'])
    expect(filterModels(models, { owner: NONE_VALUE }).map((m) => m.credential.account)).toEqual(['RS1'])
    expect(filterModels(models, { status: 'pending' }).map((m) => m.credential.account)).toEqual(['SP1'])
  })

  it('fold accents and ordinal indicators', () => {
    expect(foldText('Região 4ª — JOÃO')).toBe('regiao 4a — joao')
    expect(searchWords('   ')).toEqual([])
  })
})

describe('sort and groups', () => {
  it('keeps credentials without owner last in both directions', () => {
    const order = (direction: 'asc' | 'desc') =>
      sortModels([...models], { by: 'owner', direction }, collator).map((m) => m.credential.account)
    expect(order('asc')).toEqual(['PR1', 'ana', 'SP1', 'RS1'])
    expect(order('desc')).toEqual(['SP1', 'PR1', 'ana', 'RS1'])
  })

  it('sorts by last change and by status (pending first)', () => {
    expect(
      sortModels([...models], { by: 'updated', direction: 'desc' }, collator)[0]!.credential.account,
    ).toBe('ana')
    expect(sortModels([...models], { by: 'status', direction: 'asc' }, collator)[0]!.credential.account).toBe(
      'SP1',
    )
  })

  it('groups by authenticator group with the others last', () => {
    const { rows, matches } = buildGridRows(
      models,
      {},
      { by: 'court', direction: 'asc' },
      'authenticator-group',
      collator,
      texts,
    )
    expect(matches).toBe(4)
    expect(
      rows.map((row) =>
        row.kind === 'group' ? `# ${row.label} (${row.count})` : row.model.credential.account,
      ),
    ).toEqual([
      '# TJSP (1)',
      'SP1',
      '# TRF4 · JFRS · JFSC · JFPR (2)',
      'PR1',
      'RS1',
      '# Outros autenticadores (1)',
      'ana',
    ])
  })

  it('groups by owner with "Sem responsável" last', () => {
    const { rows } = buildGridRows(models, {}, { by: 'login', direction: 'asc' }, 'owner', collator, texts)
    expect(
      rows.filter((row) => row.kind === 'group').map((row) => row.kind === 'group' && row.label),
    ).toEqual(['Ana Beatriz Souza', 'João Pedro Santos', 'Sem responsável'])
  })
})

describe('formatSince', () => {
  it('shows registry dates with their precision, without time-zone shifts', () => {
    expect(formatSince('pt-BR', '2024-04-22')).toBe('22/04/2024')
    expect(formatSince('pt-BR', '2024-08')).toBe('agosto de 2024')
    expect(formatSince('en', '2024-08')).toBe('August 2024')
    expect(formatSince('pt-BR', '2021')).toBe('2021')
  })
})
