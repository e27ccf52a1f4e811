import { courtRegistry } from '@a2f/core'
import type { CredentialInput } from '@a2f/storage'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { expectNoAxeViolations } from '../../test-support/axe.js'
import { createTestStore, SAMPLE_CREDENTIALS } from '../../test-support/fixtures.js'
import { renderWithA2F } from '../../test-support/render.js'
import { computeCompliance } from '../compliance.js'
import { ComplianceView } from '../compliance-view.js'
import { CredentialGrid } from '../credential-grid.js'

/** Mandatory TOTP groups of the built-in registry, registry order. */
const MANDATORY = [
  'tjrs-eproc',
  'tjsc-eproc',
  'tjto-eproc',
  'trf2-eproc',
  'trf4-eproc',
  'trf6-eproc',
  'pje-pdpj',
  'pje-eleitoral',
  'tjpr-projudi',
]

describe('computeCompliance', () => {
  it('reports SAMPLE_CREDENTIALS per owner, missing and pending first', async () => {
    const store = await createTestStore(SAMPLE_CREDENTIALS)
    const report = computeCompliance(courtRegistry, await store.list())
    expect(report.columns.map((column) => column.owner)).toEqual([
      'Ana Beatriz Souza',
      'Carlos Eduardo Lima',
      'Fernanda Oliveira',
    ])
    expect(report.groups.map((group) => group.key).sort()).toEqual([...MANDATORY].sort())
    // Three owners: no group has all three validated.
    expect(report.incomplete).toBe(9)
    // Ana: TRF4 and TJRS; Fernanda: TRF2; Carlos: TJSC pending.
    expect(report.counts).toEqual({ validated: 3, pending: 1, missing: 23 })
    const trf4 = report.groups.find((group) => group.key === 'trf4-eproc')!
    expect(trf4.members).toEqual(['TRF4', 'JFRS', 'JFSC', 'JFPR'])
    expect(trf4.since).toBe('2024-04-22')
    expect(trf4.cells.map((cell) => cell.state)).toEqual(['validated', 'missing', 'missing'])
    // Every group has a missing owner, so registry order decides.
    expect(report.groups.map((group) => group.state)).toEqual(Array(9).fill('missing'))
  })

  it('counts the whole office in one column when no credential names an owner', () => {
    const summaries = [
      { systemId: 'trf4-eproc', status: 'validated' },
      { systemId: 'jfpr-eproc', status: 'pending' },
      { systemId: 'tjsc-eproc-2g', status: 'pending' },
      { systemId: 'tjmg-eproc-1g', status: 'validated' }, // not mandatory
    ].map((partial, index) => ({
      id: String(index),
      issuer: 'X',
      account: `A${index}`,
      otp: { algorithm: 'SHA1' as const, digits: 6, period: 30 },
      hasPassword: false,
      keyId: 'k',
      createdAt: 0,
      updatedAt: 0,
      version: 1,
      ...partial,
      status: partial.status as 'validated' | 'pending',
    }))
    const report = computeCompliance(courtRegistry, summaries)
    expect(report.columns).toEqual([{ kind: 'office' }])
    expect(report.incomplete).toBe(8)
    expect(report.counts).toEqual({ validated: 1, pending: 1, missing: 7 })
    // Missing first, then pending, then validated.
    const states = report.groups.map((group) => group.state)
    expect(states.slice(0, 7)).toEqual(Array(7).fill('missing'))
    expect(states.slice(7)).toEqual(['pending', 'validated'])
    expect(report.groups[7]!.key).toBe('tjsc-eproc')
  })

  it('takes the owners it is given', async () => {
    const store = await createTestStore(SAMPLE_CREDENTIALS)
    const report = computeCompliance(courtRegistry, await store.list(), { owners: ['Ana Beatriz Souza'] })
    expect(report.incomplete).toBe(7)
    expect(report.groups.slice(7).map((group) => group.key)).toEqual(['tjrs-eproc', 'trf4-eproc'])
  })
})

describe('ComplianceView', () => {
  it('shows the counts and one row per mandatory authenticator group', async () => {
    const { container } = await renderWithA2F(<ComplianceView />)
    expect(await screen.findByText('9 tribunais obrigatórios sem autenticador validado')).toBeTruthy()
    expect(screen.getByText('23 cadastros faltando · 1 pendente de confirmação')).toBeTruthy()
    const table = screen.getByRole('table', { name: 'Tribunais com 2FA obrigatório' })
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual([
      'Tribunal',
      'Obrigatório desde',
      'Ana Beatriz Souza',
      'Carlos Eduardo Lima',
      'Fernanda Oliveira',
    ])
    const trf4 = within(table)
      .getByRole('rowheader', { name: /TRF4 · JFRS · JFSC · JFPR/ })
      .closest('tr')!
    expect(
      within(trf4)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['22/04/2024', 'ValidadoRS054321', 'Sem autenticador', 'Sem autenticador'])
    const tjsc = within(table).getByRole('rowheader', { name: /^TJSC/ }).closest('tr')!
    expect(within(tjsc).getAllByRole('cell')[2]!.textContent).toBe('PendenteSC012345')
    expect(within(table).getAllByRole('row')).toHaveLength(10)
    await expectNoAxeViolations(container)
  })

  it('has one "Escritório" column when no credential names an owner, and a summary when all is done', async () => {
    const office: CredentialInput[] = MANDATORY.map((group, index) => ({
      systemId: courtRegistry.all().find((system) => system.authenticatorGroup === group)!.id,
      issuer: 'X',
      account: `A${index}`,
      secret: 'JBSWY3DPEHPK3PXP',
      status: 'validated',
    }))
    await renderWithA2F(<ComplianceView />, { credentials: office })
    expect(
      await screen.findByText('Todos os 9 tribunais obrigatórios têm autenticador validado'),
    ).toBeTruthy()
    expect(screen.getByRole('columnheader', { name: 'Escritório' })).toBeTruthy()
  })

  it('is the "Conformidade" tab of the grid, controlled or not', async () => {
    const user = userEvent.setup()
    const onViewChange = vi.fn()
    const { container } = await renderWithA2F(<CredentialGrid onViewChange={onViewChange} />)
    const tab = screen.getByRole('tab', { name: 'Conformidade' })
    expect(screen.getByRole('tab', { name: 'Credenciais' }).getAttribute('aria-selected')).toBe('true')
    await user.click(tab)
    expect(tab.getAttribute('aria-selected')).toBe('true')
    expect(onViewChange).toHaveBeenCalledWith('compliance')
    expect(await screen.findByText('9 tribunais obrigatórios sem autenticador validado')).toBeTruthy()
    expect(screen.getByRole('tabpanel', { name: 'Conformidade' })).toBeTruthy()
    await expectNoAxeViolations(container)

    // Arrow keys move between tabs (automatic activation).
    await user.keyboard('{ArrowLeft}')
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Credenciais' }))
    await waitFor(() => expect(screen.getByRole('table', { name: 'Credenciais 2FA' })).toBeTruthy())
  })

  it('shows one owner when the grid is for one lawyer', async () => {
    await renderWithA2F(<CredentialGrid owner="Ana Beatriz Souza" defaultView="compliance" />)
    expect(await screen.findByText('7 tribunais obrigatórios sem autenticador validado')).toBeTruthy()
    expect(screen.getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Tribunal',
      'Obrigatório desde',
      'Ana Beatriz Souza',
    ])
  })
})
