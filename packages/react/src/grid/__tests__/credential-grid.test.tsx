import { courtRegistry, totp } from '@a2f/core'
import { storageError, type CredentialInput } from '@a2f/storage'
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { expectNoAxeViolations } from '../../test-support/axe.js'
import {
  createTestStore,
  EPROC_EXAMPLE_KEY,
  FIXED_NOW,
  manualClock,
  manyCredentials,
  OWNERS,
  SAMPLE_CREDENTIALS,
} from '../../test-support/fixtures.js'
import { renderWithA2F } from '../../test-support/render.js'
import { groupCode } from '../../util/group-code.js'
import { CredentialGrid } from '../credential-grid.js'
import {
  badgeOf,
  cell,
  credentialRows,
  deferred,
  logins,
  rowOf,
  waitForGrid,
  wrapStore,
} from './grid-test-helpers.js'

const EPROC_IDS = courtRegistry
  .all()
  .filter((system) => system.system === 'eproc')
  .map((system) => system.id)

/** SAMPLE_CREDENTIALS plus São Paulo and João, for the accent-insensitive search. */
const WITH_SAO_PAULO: CredentialInput[] = [
  ...SAMPLE_CREDENTIALS,
  {
    systemId: 'tjsp-eproc-1g',
    issuer: 'TJSP',
    account: 'SP112233',
    owner: OWNERS[3],
    secret: 'ONSWG4TFORZWK5DTMVRXEZLU',
    status: 'pending',
  },
]

describe('CredentialGrid: rows', () => {
  it('shows court, login, owner, status, live code and authenticator group', async () => {
    await renderWithA2F(<CredentialGrid />)
    const table = await waitForGrid()
    // The header row and five credentials.
    expect(table.getAttribute('aria-rowcount')).toBe('6')
    expect(credentialRows()).toHaveLength(5)

    const trf4 = rowOf('RS054321', 'TRF4')
    expect(cell(trf4, 'court').textContent).toContain('TRF4')
    expect(cell(trf4, 'court').textContent).toContain('eproc · 2º grau')
    expect(within(cell(trf4, 'court')).getByText('TRF4').title).toBe('Tribunal Regional Federal da 4ª Região')
    expect(cell(trf4, 'owner').textContent).toBe('Ana Beatriz Souza')
    expect(badgeOf(trf4)).toBe('Validada')
    expect(within(cell(trf4, 'status')).getByText('Validada').title).toMatch(
      /^Validada em 21 de novembro de 2026/,
    )
    expect(cell(trf4, 'status').querySelector('time')?.textContent).toBe('21/11/2026')
    expect(cell(trf4, 'code').querySelector('.a2f-grid-code-value')?.textContent).toBe(
      groupCode(totp(EPROC_EXAMPLE_KEY, { timestamp: FIXED_NOW })),
    )
    expect(cell(trf4, 'group').textContent).toBe('TRF4 · JFRS · JFSC · JFPR')

    const tjsc = rowOf('SC012345')
    expect(badgeOf(tjsc)).toBe('Pendente')
    expect(within(cell(tjsc, 'status')).getByText('Pendente').title).toBe(
      'Código ainda não confirmado no tribunal',
    )

    // A credential outside the registry: its issuer, no group.
    const intranet = rowOf('fernanda')
    expect(cell(intranet, 'court').textContent).toBe('Intranet do escritório')
    expect(cell(intranet, 'group').textContent).toBe('—')

    // Rows are windowed: each carries its position among all rows.
    expect(credentialRows().map((row) => row.getAttribute('aria-rowindex'))).toEqual([
      '2',
      '3',
      '4',
      '5',
      '6',
    ])
  })

  it('marks an expiring code and shows the next one small', async () => {
    const { clock } = await renderWithA2F(<CredentialGrid />)
    await waitForGrid()
    const code = () => cell(rowOf('RS054321', 'TRF4'), 'code').querySelector('.a2f-grid-code') as HTMLElement
    expect(code().dataset.state).toBe('running')
    expect(code().querySelector('.a2f-grid-code-next')).toBeNull()
    act(() => clock.advance(15_000)) // 25 s into the window: 5 s left
    expect(code().dataset.state).toBe('expiring')
    const next = groupCode(totp(EPROC_EXAMPLE_KEY, { timestamp: FIXED_NOW + 30_000 }))
    expect(code().querySelector('.a2f-grid-code-next')?.textContent).toBe(`próximo ${next}`)
  })

  it('shows an unreadable record as "Ilegível" with the reason', async () => {
    const store = await createTestStore(SAMPLE_CREDENTIALS.slice(0, 2), { now: () => FIXED_NOW })
    const [first] = await store.list()
    const broken = wrapStore(store, {
      codes: async (query) => {
        const result = await store.codes(query)
        return {
          codes: result.codes.filter((code) => code.id !== first!.id),
          unreadable: [{ id: first!.id, reason: 'CIPHERTEXT' }],
        }
      },
    })
    await renderWithA2F(<CredentialGrid />, { store: broken })
    await waitFor(() => expect(screen.getByText('Ilegível')).toBeTruthy())
    const code = screen.getByText('Ilegível').closest('.a2f-grid-code') as HTMLElement
    expect(code.dataset.state).toBe('unreadable')
    expect(code.textContent).toContain('dados corrompidos ou adulterados')
  })
})

describe('CredentialGrid: search, filters, sort, groups', () => {
  it('searches without accents and case, and offers to clear a search without results', async () => {
    const user = userEvent.setup()
    await renderWithA2F(<CredentialGrid />, { credentials: WITH_SAO_PAULO })
    await waitForGrid()
    const search = screen.getByRole('searchbox', { name: 'Buscar' })

    await user.type(search, 'sao paulo')
    await waitFor(() => expect(logins()).toEqual(['SP112233']))
    expect(screen.getByText('1 de 6 credenciais')).toBeTruthy()

    await user.clear(search)
    await user.type(search, 'JOAO')
    await waitFor(() => expect(logins()).toEqual(['SP112233']))

    await user.clear(search)
    await user.type(search, 'rs054321 trf')
    await waitFor(() => expect(logins()).toEqual(['RS054321']))

    await user.clear(search)
    await user.type(search, 'tribunal inexistente')
    await waitFor(() =>
      expect(screen.getByText('Nenhuma credencial encontrada para “tribunal inexistente”.')).toBeTruthy(),
    )
    expect(screen.queryByRole('table')).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Limpar busca e filtros' }))
    await waitFor(() => expect(credentialRows()).toHaveLength(6))
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('')
  })

  it('filters by status, court system and owner', async () => {
    const user = userEvent.setup()
    await renderWithA2F(<CredentialGrid />)
    await waitForGrid()

    await user.selectOptions(screen.getByRole('combobox', { name: 'Situação' }), 'pending')
    await waitFor(() => expect(logins()).toEqual(['SC012345']))
    await user.selectOptions(screen.getByRole('combobox', { name: 'Situação' }), 'all')

    const court = screen.getByRole('combobox', { name: 'Tribunal' })
    expect(
      within(court)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      'Todos os tribunais',
      'TJRS · eproc · 1º grau',
      'TJSC · eproc · 1º grau',
      'TRF2 · eproc · 2º grau',
      'TRF4 · eproc · 2º grau',
      'Sem tribunal',
    ])
    await user.selectOptions(court, 'trf2-eproc')
    await waitFor(() => expect(logins()).toEqual(['RJ198765']))
    await user.selectOptions(court, 'Sem tribunal')
    await waitFor(() => expect(logins()).toEqual(['fernanda']))
    await user.selectOptions(court, '')

    await user.selectOptions(screen.getByRole('combobox', { name: 'Responsável' }), 'Fernanda Oliveira')
    await waitFor(() => expect(logins().sort()).toEqual(['RJ198765', 'fernanda']))
  })

  it('sorts by clicking column headers, with aria-sort, and by last change', async () => {
    const user = userEvent.setup()
    await renderWithA2F(<CredentialGrid />)
    await waitForGrid()
    const header = (name: string) =>
      screen
        .getByRole('button', { name: new RegExp(`^${name}`) })
        .closest('[role="columnheader"]') as HTMLElement

    // Default: court ascending ('Intranet do escritório' sorts among the acronyms).
    expect(header('Tribunal').getAttribute('aria-sort')).toBe('ascending')
    expect(logins()).toEqual(['fernanda', 'RS054321', 'SC012345', 'RJ198765', 'RS054321'])

    await user.click(screen.getByRole('button', { name: /^Login/ }))
    expect(header('Login').getAttribute('aria-sort')).toBe('ascending')
    expect(header('Tribunal').hasAttribute('aria-sort')).toBe(false)
    expect(logins()).toEqual(['fernanda', 'RJ198765', 'RS054321', 'RS054321', 'SC012345'])

    await user.click(screen.getByRole('button', { name: /^Login/ }))
    expect(header('Login').getAttribute('aria-sort')).toBe('descending')
    expect(logins()).toEqual(['SC012345', 'RS054321', 'RS054321', 'RJ198765', 'fernanda'])

    await user.click(screen.getByRole('button', { name: /^Situação/ }))
    expect(logins()[0]).toBe('SC012345') // pending first

    await user.selectOptions(screen.getByRole('combobox', { name: 'Ordenar por' }), 'updated')
    expect(screen.getByRole('button', { name: 'Ordem decrescente' })).toBeTruthy()
    // Created in SAMPLE order at the same instant: ties fall back to the court.
    await user.click(screen.getByRole('button', { name: 'Ordem decrescente' }))
    expect(screen.getByRole('button', { name: 'Ordem crescente' })).toBeTruthy()
  })

  it('groups by authenticator group and by owner, with a header row and count per group', async () => {
    const user = userEvent.setup()
    const many: CredentialInput[] = [
      ...SAMPLE_CREDENTIALS,
      {
        systemId: 'jfpr-eproc',
        issuer: 'JFPR',
        account: 'PR777',
        owner: OWNERS[1],
        secret: 'JBSWY3DPEHPK3PXQ',
      },
    ]
    await renderWithA2F(<CredentialGrid />, { credentials: many })
    const table = await waitForGrid()
    const groupRows = () =>
      [...document.querySelectorAll('.a2f-grid-group-row')].map((row) => row.textContent?.trim())

    await user.selectOptions(screen.getByRole('combobox', { name: 'Agrupar por' }), 'authenticator-group')
    expect(groupRows()).toEqual([
      'TJRS 1 credencial',
      'TJSC 1 credencial',
      'TRF2 · JFRJ · JFES 1 credencial',
      'TRF4 · JFRS · JFSC · JFPR 2 credenciais',
      'Outros autenticadores 1 credencial',
    ])
    // Group headers are rows too: 1 header + 5 groups + 6 credentials.
    expect(table.getAttribute('aria-rowcount')).toBe('12')
    const trf4Group = [...document.querySelectorAll<HTMLElement>('.a2f-grid-group-row')][3]!
    expect(within(trf4Group).getByRole('rowheader').getAttribute('aria-colspan')).toBe('7')

    await user.selectOptions(screen.getByRole('combobox', { name: 'Agrupar por' }), 'owner')
    expect(groupRows()).toEqual([
      'Ana Beatriz Souza 2 credenciais',
      'Carlos Eduardo Lima 2 credenciais',
      'Fernanda Oliveira 2 credenciais',
    ])
  })

  it('honours controlled sort and grouping, and reports changes', async () => {
    const user = userEvent.setup()
    const sorts: unknown[] = []
    await renderWithA2F(
      <CredentialGrid
        sort={{ by: 'owner', direction: 'desc' }}
        onSortChange={(sort) => sorts.push(sort)}
        groupBy="none"
      />,
    )
    await waitForGrid()
    const firstOwner = () => cell(credentialRows()[0]!, 'owner').textContent
    expect(firstOwner()).toBe('Fernanda Oliveira') // owner descending
    await user.click(screen.getByRole('button', { name: /^Login/ }))
    expect(sorts).toEqual([{ by: 'login', direction: 'asc' }])
    expect(firstOwner()).toBe('Fernanda Oliveira') // controlled: unchanged until the host passes the new sort
  })
})

describe('CredentialGrid: 10,000 rows', () => {
  it('renders only a window of rows, keeps aria-rowcount, and scrolls to the end', async () => {
    const clock = manualClock()
    const store = await createTestStore(manyCredentials(10_000, EPROC_IDS), { now: () => clock.now() })
    await renderWithA2F(<CredentialGrid defaultSort={{ by: 'login', direction: 'asc' }} />, { store, clock })
    const table = await waitForGrid()
    expect(table.getAttribute('aria-rowcount')).toBe('10001')
    expect(screen.getByText('10.000 credenciais')).toBeTruthy()
    const rendered = credentialRows()
    expect(rendered.length).toBeGreaterThan(5)
    expect(rendered.length).toBeLessThan(100)
    expect(rendered[0]!.getAttribute('aria-rowindex')).toBe('2')
    expect(logins()[0]).toBe('OAB100000')

    table.scrollTop = 56 * 10_000
    fireEvent.scroll(table)
    await waitFor(() => expect(logins()).toContain('OAB109999'))
    expect(credentialRows().length).toBeLessThan(100)
    expect(rowOf('OAB109999').getAttribute('aria-rowindex')).toBe('10001')
  }, 60_000)
})

describe('CredentialGrid: states', () => {
  it('shows a loading state while the list is pending', async () => {
    const store = await createTestStore(SAMPLE_CREDENTIALS)
    const never = deferred<never>()
    const { container } = await renderWithA2F(<CredentialGrid />, {
      store: wrapStore(store, { list: () => never.promise }),
    })
    expect(screen.getByText('Carregando credenciais…').getAttribute('role')).toBe('status')
    const table = screen.getByRole('table', { name: 'Credenciais 2FA' })
    expect(table.getAttribute('aria-busy')).toBe('true')
    expect(screen.queryByRole('searchbox')).toBeNull()
    await expectNoAxeViolations(container)
  })

  it('shows the error with a retry that refetches', async () => {
    const user = userEvent.setup()
    const store = await createTestStore(SAMPLE_CREDENTIALS)
    let fail = true
    const failing = wrapStore(store, {
      list: (query) =>
        fail
          ? Promise.reject(storageError('UNAVAILABLE', { operation: 'list', adapter: 'memory' }))
          : store.list(query),
    })
    const { container } = await renderWithA2F(<CredentialGrid />, { store: failing })
    const message = await screen.findByText(/Não foi possível carregar as credenciais\./)
    expect(message.textContent).toContain('O armazenamento não está disponível agora.')
    expect(message.getAttribute('role')).toBe('alert')
    await expectNoAxeViolations(container)
    fail = false
    await user.click(screen.getByRole('button', { name: 'Tentar novamente' }))
    await waitFor(() => expect(credentialRows()).toHaveLength(5))
  })

  it('shows the empty state with the host action', async () => {
    const { container } = await renderWithA2F(
      <CredentialGrid emptyAction={<button type="button">Nova credencial 2FA</button>} />,
      { credentials: [] },
    )
    expect(await screen.findByText('Nenhuma credencial 2FA cadastrada')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Nova credencial 2FA' })).toBeTruthy()
    expect(screen.queryByRole('searchbox')).toBeNull()
    await expectNoAxeViolations(container)
  })

  it('passes the server-side query and the owner to the store', async () => {
    const store = await createTestStore(SAMPLE_CREDENTIALS)
    const queries: unknown[] = []
    const spying = wrapStore(store, {
      list: (query) => {
        queries.push(query)
        return store.list(query)
      },
    })
    await renderWithA2F(<CredentialGrid owner="Fernanda Oliveira" query={{ status: 'validated' }} />, {
      store: spying,
    })
    await waitForGrid()
    expect(queries).toContainEqual({ status: 'validated', owner: 'Fernanda Oliveira' })
    expect(logins().sort()).toEqual(['RJ198765', 'fernanda'])
    expect(screen.queryByRole('combobox', { name: 'Responsável' })).toBeNull()
  })

  it('has no axe violations, plain and grouped', async () => {
    const user = userEvent.setup()
    const { container } = await renderWithA2F(<CredentialGrid />)
    await waitForGrid()
    await expectNoAxeViolations(container)
    await user.selectOptions(screen.getByRole('combobox', { name: 'Agrupar por' }), 'owner')
    await expectNoAxeViolations(container)
  })
})

describe('CredentialGrid: languages', () => {
  it('speaks English and Spanish', async () => {
    const { unmount } = await renderWithA2F(<CredentialGrid />, { locale: 'en' })
    await waitFor(() => expect(credentialRows()).toHaveLength(5))
    expect(screen.getByRole('table', { name: '2FA credentials' })).toBeTruthy()
    expect(screen.getByRole('tab', { name: 'Compliance' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Actions for TRF4 · RS054321' })).toBeTruthy()
    expect(within(cell(rowOf('RS054321', 'TRF4'), 'status')).getByText('Validated').title).toMatch(
      /^Validated on November 21, 2026/,
    )
    unmount()
    await renderWithA2F(<CredentialGrid />, { locale: 'es' })
    await waitFor(() => expect(credentialRows()).toHaveLength(5))
    expect(screen.getByRole('table', { name: 'Credenciales 2FA' })).toBeTruthy()
    expect(cell(rowOf('RS054321', 'TRF4'), 'court').textContent).toContain('eproc · 2.ª instancia')
  })
})
