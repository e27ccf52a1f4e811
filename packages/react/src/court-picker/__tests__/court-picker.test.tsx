import { courtRegistry, type CourtSystem } from '@a2f/core'
import { compactCourtRegistry } from '@a2f/core/courts'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { expectNoAxeViolations } from '../../test-support/axe.js'
import { renderWithA2F } from '../../test-support/render.js'
import { CourtPicker } from '../court-picker.js'
import { formatFactDate, groupByStatus } from '../court-facts.js'

const noCredentials = { credentials: [] }

function optionIds(): string[] {
  return screen.getAllByRole('option').map((option) => option.dataset.systemId ?? '')
}

function activeOption(): HTMLElement | null {
  const id = screen.getByRole('combobox').getAttribute('aria-activedescendant')
  return id ? document.getElementById(id) : null
}

describe('CourtPicker search', () => {
  it('lists every system of the registry, the ones that demand 2FA first', async () => {
    await renderWithA2F(<CourtPicker />, noCredentials)
    const ids = optionIds()
    expect(ids).toHaveLength(courtRegistry.all().length)
    const statuses = ids.map((id) => courtRegistry.get(id)?.twoFactor.status)
    const firstUnknown = statuses.indexOf('unknown')
    expect(firstUnknown).toBeGreaterThan(0)
    expect(statuses.slice(0, firstUnknown).every((status) => status === 'mandatory')).toBe(true)
    expect(statuses.slice(firstUnknown).includes('mandatory')).toBe(false)
    const list = screen.getByRole('listbox')
    expect(within(list).getByRole('group', { name: '2FA obrigatório' })).toBeTruthy()
    expect(within(list).getByRole('group', { name: '2FA não informado' })).toBeTruthy()
    expect(within(list).getAllByRole('group')).toHaveLength(2)
  })

  it.each([
    ['trf 4', ['trf4-eproc']],
    ['TRF4', ['trf4-eproc']],
    ['  trf   4 ', ['trf4-eproc']],
    ['parana', ['jfpr-eproc', 'tjpr-projudi', 'tjpr-eproc-1g']],
    ['PARANÁ', ['jfpr-eproc', 'tjpr-projudi', 'tjpr-eproc-1g']],
    ['são paulo', ['tjsp-esaj', 'tjsp-eproc-1g', 'tjsp-eproc-2g']],
    ['sao paulo', ['tjsp-esaj', 'tjsp-eproc-1g', 'tjsp-eproc-2g']],
  ])('finds %j regardless of accents, case and spacing', async (query, expected) => {
    const user = userEvent.setup()
    await renderWithA2F(<CourtPicker />, noCredentials)
    await user.type(screen.getByRole('combobox', { name: 'Tribunal e sistema' }), query)
    expect(optionIds()).toEqual(expected)
  })

  it('says so when nothing matches, without an empty listbox', async () => {
    const user = userEvent.setup()
    const { container } = await renderWithA2F(<CourtPicker />, noCredentials)
    const input = screen.getByRole('combobox')
    await user.type(input, 'tribunal de marte')
    expect(screen.queryByRole('listbox')).toBeNull()
    expect(input.getAttribute('aria-expanded')).toBe('false')
    const status = screen.getByRole('status')
    expect(status.textContent).toBe('Nenhum sistema de tribunal encontrado para «tribunal de marte».')
    expect(input.getAttribute('aria-describedby')).toContain(status.id)
    await expectNoAxeViolations(container)
  })

  it('offers only what `filter` lets through', async () => {
    await renderWithA2F(
      <CourtPicker filter={(system) => system.twoFactor.method === 'email-code'} />,
      noCredentials,
    )
    expect(optionIds()).toEqual([
      'tjsp-esaj',
      'tjms-esaj',
      'tjce-esaj',
      'tjac-esaj',
      'stf-peticionamento',
      'tjal-esaj',
      'tjam-esaj',
    ])
  })
})

describe('CourtPicker options', () => {
  it('show court, system, degree, state, 2FA badge, since and the date the status was checked', async () => {
    const user = userEvent.setup()
    await renderWithA2F(<CourtPicker />, noCredentials)
    await user.type(screen.getByRole('combobox'), 'tjrs')
    const first = screen.getAllByRole('option')[0]!
    expect(first.dataset.systemId).toBe('tjrs-eproc-1g')
    expect(first.textContent).toContain('TJRS')
    expect(first.textContent).toContain('Tribunal de Justiça do Estado do Rio Grande do Sul')
    expect(first.textContent).toContain('eproc · 1º grau · RS')
    const badge = first.querySelector('.a2f-badge')!
    expect(badge.getAttribute('data-status')).toBe('mandatory')
    expect(badge.textContent).toBe('Obrigatório')
    expect(first.textContent).toContain('desde 23/09/2024')
    // checkedAt of the provenance entry of 'twoFactor.status'
    expect(first.textContent).toContain('conferido em 04/12/2026')
  })

  it('show the seed-only date of a fact only the 2024 wiki supports, and "unknown" statuses', async () => {
    const user = userEvent.setup()
    await renderWithA2F(<CourtPicker />, noCredentials)
    await user.type(screen.getByRole('combobox'), 'tnu')
    const tnu = screen.getByRole('option')
    expect(tnu.querySelector('.a2f-badge')?.getAttribute('data-status')).toBe('unknown')
    expect(tnu.textContent).toContain('Não informado')
    expect(tnu.textContent).toContain('conferido em 08/2024')
    expect(tnu.textContent).not.toContain('desde')
  })

  it('say "código por e-mail" and that there is no key for e-SAJ', async () => {
    const user = userEvent.setup()
    await renderWithA2F(<CourtPicker />, noCredentials)
    await user.type(screen.getByRole('combobox'), 'esaj sp')
    const esaj = screen.getByRole('option')
    expect(esaj.dataset.systemId).toBe('tjsp-esaj')
    expect(esaj.textContent).toContain('e-SAJ · Grau único · SP')
    expect(esaj.textContent).toContain('código por e-mail (sem chave de autenticador)')
    expect(esaj.textContent).toContain('desde 24/03/2025')
  })

  it('speak English and Spanish', async () => {
    const user = userEvent.setup()
    const english = await renderWithA2F(<CourtPicker />, { ...noCredentials, locale: 'en' })
    await user.type(screen.getByRole('combobox', { name: 'Court and system' }), 'trf 4')
    expect(screen.getByRole('option').textContent).toContain('Mandatory')
    expect(screen.getByRole('option').textContent).toContain('since 04/22/2024')
    english.unmount()
    await renderWithA2F(<CourtPicker />, { ...noCredentials, locale: 'es' })
    await user.type(screen.getByRole('combobox', { name: 'Tribunal y sistema' }), 'trf 4')
    expect(screen.getByRole('option').textContent).toContain('Obligatorio')
    expect(screen.getByRole('option').textContent).toContain('2.ª instancia')
  })
})

describe('CourtPicker keyboard', () => {
  it('moves with arrows, Home and End, and chooses with Enter (uncontrolled)', async () => {
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    await renderWithA2F(<CourtPicker onValueChange={onValueChange} />, noCredentials)
    const input = screen.getByRole('combobox')
    await user.type(input, 'parana')
    // The best match is highlighted as soon as there is a search, so Enter alone takes it.
    expect(activeOption()?.dataset.systemId).toBe('jfpr-eproc')
    await user.keyboard('{ArrowDown}')
    expect(activeOption()?.dataset.systemId).toBe('tjpr-projudi')
    await user.keyboard('{End}')
    expect(activeOption()?.dataset.systemId).toBe('tjpr-eproc-1g')
    await user.keyboard('{ArrowDown}') // stays on the last
    expect(activeOption()?.dataset.systemId).toBe('tjpr-eproc-1g')
    await user.keyboard('{Home}')
    expect(activeOption()?.dataset.systemId).toBe('jfpr-eproc')
    await user.keyboard('{ArrowUp}') // stays on the first
    await user.keyboard('{ArrowDown}{Enter}')
    expect(onValueChange).toHaveBeenCalledTimes(1)
    // The built-in registry a provider falls back to is the compact one (@a2f/core/courts).
    expect(onValueChange).toHaveBeenCalledWith('tjpr-projudi', compactCourtRegistry.get('tjpr-projudi'))
    const chosen = screen.getAllByRole('option', { selected: true })
    expect(chosen.map((option) => option.dataset.systemId)).toEqual(['tjpr-projudi'])
    expect(document.activeElement).toBe(input)
  })

  it('starts from the chosen option when the search is empty, and Escape clears the search', async () => {
    const user = userEvent.setup()
    await renderWithA2F(<CourtPicker defaultValue="trf4-eproc" />, noCredentials)
    const input = screen.getByRole('combobox')
    expect(input.hasAttribute('aria-activedescendant')).toBe(false)
    input.focus()
    await user.keyboard('{ArrowDown}')
    expect(activeOption()?.dataset.systemId).toBe('trf4-eproc')
    await user.keyboard('{ArrowDown}')
    expect(activeOption()?.dataset.systemId).toBe('jfrs-eproc')
    await user.type(input, 'tjsc')
    expect(optionIds()).toEqual(['tjsc-eproc-1g', 'tjsc-eproc-2g'])
    await user.keyboard('{Escape}')
    expect((input as HTMLInputElement).value).toBe('')
    expect(optionIds()).toHaveLength(courtRegistry.all().length)
  })

  it('Enter without an option does not submit a surrounding form', async () => {
    const user = userEvent.setup()
    const onSubmit = vi.fn((event: Event) => event.preventDefault())
    await renderWithA2F(
      <form onSubmit={(event) => onSubmit(event.nativeEvent)}>
        <CourtPicker />
      </form>,
      noCredentials,
    )
    await user.type(screen.getByRole('combobox'), 'trf4{Enter}')
    expect(onSubmit).not.toHaveBeenCalled()
  })

  it('chooses with the mouse too, keeping focus in the field', async () => {
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    await renderWithA2F(<CourtPicker onValueChange={onValueChange} />, noCredentials)
    const input = screen.getByRole('combobox')
    await user.type(input, 'trf 2')
    await user.click(screen.getByRole('option', { name: /TRF2/ }))
    expect(onValueChange).toHaveBeenCalledWith('trf2-eproc', expect.objectContaining({ id: 'trf2-eproc' }))
    expect(document.activeElement).toBe(input)
  })
})

describe('CourtPicker controlled', () => {
  it('shows `value` and changes only when the owner says so', async () => {
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    const { rerender } = await renderWithA2F(
      <CourtPicker value="trf4-eproc" onValueChange={onValueChange} />,
      noCredentials,
    )
    const selected = () => screen.queryAllByRole('option', { selected: true }).map((o) => o.dataset.systemId)
    expect(selected()).toEqual(['trf4-eproc'])
    await user.type(screen.getByRole('combobox'), 'jfpr{Enter}')
    expect(onValueChange).toHaveBeenLastCalledWith('jfpr-eproc', expect.anything())
    expect(selected()).toEqual([]) // still TRF4, which is filtered out of this search
    await user.clear(screen.getByRole('combobox'))
    expect(selected()).toEqual(['trf4-eproc'])
    rerender(<CourtPicker value="jfpr-eproc" onValueChange={onValueChange} />)
    expect(selected()).toEqual(['jfpr-eproc'])
  })

  it('works with a state owner', async () => {
    const user = userEvent.setup()
    let last: CourtSystem | undefined
    function Owner() {
      const [id, setId] = useState<string | undefined>(undefined)
      return (
        <>
          <CourtPicker
            value={id}
            onValueChange={(next, system) => {
              last = system
              setId(next)
            }}
          />
          <output>{id ?? 'none'}</output>
        </>
      )
    }
    await renderWithA2F(<Owner />, noCredentials)
    expect(screen.getByText('none')).toBeTruthy()
    await user.type(screen.getByRole('combobox'), 'pje{Enter}')
    expect(screen.getByText('pje-pdpj')).toBeTruthy()
    expect(last?.court.acronym).toBe('CNJ')
    expect(screen.getByRole('option', { selected: true }).dataset.systemId).toBe('pje-pdpj')
  })
})

describe('CourtPicker accessibility', () => {
  it('is a labelled combobox owning a listbox of grouped options, axe-clean', async () => {
    const user = userEvent.setup()
    const { container } = await renderWithA2F(<CourtPicker defaultValue="trf4-eproc" />, noCredentials)
    const input = screen.getByRole('combobox', { name: 'Tribunal e sistema' })
    const list = screen.getByRole('listbox', { name: 'Sistemas de tribunais' })
    expect(input.getAttribute('aria-controls')).toBe(list.id)
    expect(input.getAttribute('aria-expanded')).toBe('true')
    expect(within(list).getAllByRole('group').length).toBeGreaterThan(1)
    await expectNoAxeViolations(container)
    await user.type(input, 'trf{ArrowDown}')
    expect(activeOption()).not.toBeNull()
    await expectNoAxeViolations(container)
  })

  it('takes a custom label and className', async () => {
    const { container } = await renderWithA2F(
      <CourtPicker label="Sistema do tribunal" className="minha-classe" />,
      noCredentials,
    )
    expect(screen.getByRole('combobox', { name: 'Sistema do tribunal' })).toBeTruthy()
    expect(container.firstElementChild?.className).toBe('a2f-court-picker a2f-field minha-classe')
  })
})

describe('court facts', () => {
  it('formats registry dates as calendar days in the locale', () => {
    expect(formatFactDate('2024-04-22', 'pt-BR')).toBe('22/04/2024')
    expect(formatFactDate('2024-08', 'pt-BR')).toBe('08/2024')
    expect(formatFactDate('2024', 'pt-BR')).toBe('2024')
    expect(formatFactDate('2024-04-22', 'en')).toBe('04/22/2024')
    expect(formatFactDate('soon', 'pt-BR')).toBe('soon')
  })

  it('groups by status in a fixed order, keeping the rank inside a group', () => {
    const groups = groupByStatus(courtRegistry.search('paraná'))
    expect(groups.map((group) => [group.status, group.systems.map((system) => system.id)])).toEqual([
      ['mandatory', ['jfpr-eproc', 'tjpr-projudi']],
      ['unknown', ['tjpr-eproc-1g']],
    ])
  })
})
