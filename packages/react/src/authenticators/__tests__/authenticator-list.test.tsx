import { totp } from '@a2f/core'
import { storageError, type CredentialInput, type CredentialStore } from '@a2f/storage'
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Profiler, useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { mockClipboard } from '../../test-support/clipboard.js'
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
import { advance, grouped, renderWithA2F } from '../../test-support/render.js'
import { storeWithUnreadable } from '../../countdown/__tests__/test-stores.js'
import { AuthenticatorList } from '../authenticator-list.js'

const ANA = OWNERS[0]!
const TRF4_CODE = totp(EPROC_EXAMPLE_KEY, { timestamp: FIXED_NOW })
const WINDOW_END = FIXED_NOW + 20_000

const items = () => screen.queryAllByRole('listitem')
const item = (issuer: string) =>
  items().find((li) => li.querySelector('.a2f-authenticators-issuer')?.textContent === issuer)!
const codeButton = (issuer: string) => item(issuer).querySelector<HTMLButtonElement>('[data-code-button]')!
const digitsOf = (issuer: string) => item(issuer)?.querySelector('.a2f-authenticators-digits')?.textContent
const hideToggle = () => screen.getByRole('button', { name: 'Ocultar códigos' })
const announcer = () =>
  within(screen.getByRole('region', { name: 'Meus autenticadores' })).getByRole('status')

async function renderList(ui = <AuthenticatorList />, credentials: CredentialInput[] = SAMPLE_CREDENTIALS) {
  const result = await renderWithA2F(ui, { credentials })
  await waitFor(() => expect(items().length).toBeGreaterThan(0))
  await waitFor(() => expect(items().every((li) => li.dataset.state === 'running')).toBe(true))
  return result
}

describe('AuthenticatorList content', () => {
  it('shows one lawyer’s authenticators with court names, live codes and statuses', async () => {
    const { container } = await renderList(<AuthenticatorList owner={ANA} />)
    expect(items().map((li) => li.querySelector('.a2f-authenticators-issuer')?.textContent)).toEqual([
      'TJRS',
      'TRF4',
    ])
    expect(within(item('TRF4')).getByText('Tribunal Regional Federal da 4ª Região')).toBeTruthy()
    expect(within(item('TRF4')).getByText('RS054321')).toBeTruthy()
    expect(digitsOf('TRF4')).toBe(grouped(TRF4_CODE))
    expect(screen.getByText('2 autenticadores')).toBeTruthy()
    await expectNoAxeViolations(container)
  })

  it('marks pending credentials and lists credentials without a court', async () => {
    await renderList()
    expect(within(item('TJSC')).getByText('Pendente')).toBeTruthy()
    expect(within(item('TRF4')).queryByText('Pendente')).toBeNull()
    expect(item('Intranet do escritório')).toBeTruthy()
    expect(item('Intranet do escritório').querySelector('.a2f-authenticators-court')).toBeNull()
  })

  it('uses one shared countdown when every period is 30 s, and one per card otherwise', async () => {
    await renderList()
    expect(screen.getAllByRole('timer')).toHaveLength(1)
    expect(screen.getByRole('timer', { name: 'Tempo até os próximos códigos' })).toBeTruthy()
  })

  it('gives each card its own countdown when periods differ', async () => {
    await renderList(<AuthenticatorList />, [
      SAMPLE_CREDENTIALS[0]!,
      { ...SAMPLE_CREDENTIALS[1]!, otp: { period: 60 } },
    ])
    expect(screen.getAllByRole('timer')).toHaveLength(2)
    expect(screen.getByRole('timer', { name: 'Tempo até o próximo código — TJRS' }).textContent).toBe('50 s')
    expect(screen.getByRole('timer', { name: 'Tempo até o próximo código — TRF4' }).textContent).toBe('20 s')
  })

  it('shows the next code while a code expires, and the new code after', async () => {
    const result = await renderList(<AuthenticatorList owner={ANA} />)
    const next = grouped(totp(EPROC_EXAMPLE_KEY, { timestamp: WINDOW_END }))
    expect(within(item('TRF4')).queryByText(`Próximo: ${next}`)).toBeNull()
    await advance(result, 16_000)
    expect(item('TRF4').dataset.state).toBe('expiring')
    expect(within(item('TRF4')).getByText(`Próximo: ${next}`)).toBeTruthy()
    await advance(result, 4_000)
    expect(digitsOf('TRF4')).toBe(next)
    expect(item('TRF4').dataset.state).toBe('running')
  })
})

describe('AuthenticatorList search', () => {
  it.each([
    ['justica', ['TJRS', 'TJSC']],
    ['JUSTIÇA santa', ['TJSC']],
    ['regiao 4', ['TRF4']],
    ['trf', ['TRF2', 'TRF4']],
    ['rj198', ['TRF2']],
    ['escritorio', ['Intranet do escritório']],
  ])('finds “%s” whatever the accents and case', async (query, expected) => {
    await renderList()
    fireEvent.change(screen.getByRole('searchbox', { name: 'Buscar autenticador' }), {
      target: { value: query },
    })
    expect(items().map((li) => li.querySelector('.a2f-authenticators-issuer')?.textContent)).toEqual(expected)
  })

  it('says when nothing matches', async () => {
    const { container } = await renderList()
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'stf' } })
    expect(items()).toHaveLength(0)
    expect(screen.getByText('Nenhum autenticador encontrado para “stf”.')).toBeTruthy()
    await expectNoAxeViolations(container)
  })

  it('has no search box with searchable={false}', async () => {
    await renderList(<AuthenticatorList searchable={false} />)
    expect(screen.queryByRole('searchbox')).toBeNull()
  })
})

describe('AuthenticatorList hidden codes', () => {
  it('masks every code, reveals one on tap, and forgets reveals when masking is switched', async () => {
    const { container } = await renderList(<AuthenticatorList owner={ANA} />)
    expect(hideToggle().getAttribute('aria-pressed')).toBe('false')
    fireEvent.click(hideToggle())
    expect(hideToggle().getAttribute('aria-pressed')).toBe('true')
    expect(digitsOf('TRF4')).toBe('••• •••')
    expect(digitsOf('TJRS')).toBe('••• •••')
    expect(container.textContent).not.toContain(grouped(TRF4_CODE))
    await expectNoAxeViolations(container)

    const button = screen.getByRole('button', { name: 'Mostrar código — TRF4, RS054321' })
    fireEvent.click(button)
    expect(digitsOf('TRF4')).toBe(grouped(TRF4_CODE))
    expect(digitsOf('TJRS')).toBe('••• •••')
    // The same button now copies, and keeps the focus.
    expect(codeButton('TRF4')).toBe(button)

    fireEvent.click(hideToggle())
    fireEvent.click(hideToggle())
    expect(digitsOf('TRF4')).toBe('••• •••')
  })

  it('copies a masked code without revealing it', async () => {
    const writeText = mockClipboard()
    await renderList(<AuthenticatorList owner={ANA} defaultHideCodes />)
    await act(async () =>
      fireEvent.click(screen.getByRole('button', { name: 'Copiar código — TRF4, RS054321' })),
    )
    expect(writeText).toHaveBeenCalledWith(TRF4_CODE)
    expect(digitsOf('TRF4')).toBe('••• •••')
    expect(announcer().textContent).toBe('Código de TRF4 copiado')
  })

  it('can be controlled', async () => {
    const changes: boolean[] = []
    function Host() {
      const [hidden, setHidden] = useState(true)
      return (
        <AuthenticatorList
          owner={ANA}
          hideCodes={hidden}
          onHideCodesChange={(next) => {
            changes.push(next)
            setHidden(next)
          }}
        />
      )
    }
    await renderList(<Host />)
    expect(digitsOf('TRF4')).toBe('••• •••')
    fireEvent.click(hideToggle())
    expect(changes).toEqual([false])
    expect(digitsOf('TRF4')).toBe(grouped(TRF4_CODE))
  })

  it('stays as the host says when controlled and the host refuses', async () => {
    const onChange = vi.fn()
    await renderList(<AuthenticatorList owner={ANA} hideCodes={false} onHideCodesChange={onChange} />)
    fireEvent.click(hideToggle())
    expect(onChange).toHaveBeenCalledWith(true)
    expect(digitsOf('TRF4')).toBe(grouped(TRF4_CODE))
  })
})

describe('AuthenticatorList copy and keyboard', () => {
  it('copies on click with feedback, and on Enter', async () => {
    // user-event installs its own clipboard on setup: set it up first, then replace the clipboard.
    const user = userEvent.setup()
    const writeText = mockClipboard()
    await renderList(<AuthenticatorList owner={ANA} />)
    const button = screen.getByRole('button', {
      name: `TRF4, RS054321: código ${TRF4_CODE.split('').join(' ')}. Copiar`,
    })
    await act(async () => fireEvent.click(button))
    expect(writeText).toHaveBeenLastCalledWith(TRF4_CODE)
    expect(button.dataset.state).toBe('copied')
    expect(within(item('TRF4')).getByText('Copiado')).toBeTruthy()
    expect(announcer().textContent).toBe('Código de TRF4 copiado')

    codeButton('TJRS').focus()
    await user.keyboard('{Enter}')
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(2))
    expect(announcer().textContent).toBe('Código de TJRS copiado')
  })

  it('says when copying failed', async () => {
    mockClipboard(async () => {
      throw new Error('denied')
    })
    await renderList(<AuthenticatorList owner={ANA} />)
    await act(async () => fireEvent.click(codeButton('TRF4')))
    expect(codeButton('TRF4').dataset.state).toBe('failed')
    expect(within(item('TRF4')).getByText('Não foi possível copiar')).toBeTruthy()
    expect(announcer().textContent).toBe('Não foi possível copiar o código')
  })

  it('moves between codes with the arrow keys, Home and End', async () => {
    await renderList()
    const user = userEvent.setup()
    // Alphabetical: Intranet do escritório, TJRS, TJSC, TRF2, TRF4.
    expect(items().map((li) => li.querySelector('.a2f-authenticators-issuer')?.textContent)).toEqual([
      'Intranet do escritório',
      'TJRS',
      'TJSC',
      'TRF2',
      'TRF4',
    ])
    codeButton('TJRS').focus()
    await user.keyboard('{ArrowDown}')
    expect(document.activeElement).toBe(codeButton('TJSC'))
    await user.keyboard('{End}')
    expect(document.activeElement).toBe(codeButton('TRF4'))
    await user.keyboard('{ArrowUp}')
    expect(document.activeElement).toBe(codeButton('TRF2'))
    await user.keyboard('{Home}')
    expect(document.activeElement).toBe(codeButton('Intranet do escritório'))
    await user.keyboard('{ArrowUp}')
    expect(document.activeElement).toBe(codeButton('Intranet do escritório'))
    await user.keyboard('{Tab}')
    expect(document.activeElement).toBe(codeButton('TJRS'))
  })
})

describe('AuthenticatorList states', () => {
  it('shows an empty state', async () => {
    const { container } = await renderWithA2F(<AuthenticatorList />, { credentials: [] })
    await waitFor(() => expect(screen.getByText('Nenhum autenticador cadastrado.')).toBeTruthy())
    expect(container.querySelector('.a2f-authenticators')?.getAttribute('data-state')).toBe('empty')
    await expectNoAxeViolations(container)
  })

  it('is empty for a lawyer without credentials', async () => {
    await renderWithA2F(<AuthenticatorList owner="Maria Ninguém" />)
    await waitFor(() => expect(screen.getByText('Nenhum autenticador cadastrado.')).toBeTruthy())
  })

  it('shows loading while the store answers', async () => {
    const base = await createTestStore([])
    const store: CredentialStore = { ...base, list: () => new Promise(() => {}) }
    const { container } = await renderWithA2F(<AuthenticatorList />, { store })
    const section = screen.getByRole('region', { name: 'Meus autenticadores' })
    expect(section.dataset.state).toBe('loading')
    expect(section.getAttribute('aria-busy')).toBe('true')
    expect(screen.getByText('Carregando…')).toBeTruthy()
    await expectNoAxeViolations(container)
  })

  it('shows an error with a retry', async () => {
    const base = await createTestStore(SAMPLE_CREDENTIALS)
    let failing = true
    const store: CredentialStore = {
      ...base,
      list: async (query) => {
        if (failing) throw storageError('UNAVAILABLE', { operation: 'list', adapter: 'memory' })
        return base.list(query)
      },
    }
    const { container } = await renderWithA2F(<AuthenticatorList />, { store })
    await waitFor(() => expect(screen.getByText(/Não foi possível carregar os autenticadores/)).toBeTruthy())
    expect(screen.getByText(/O armazenamento não está disponível agora/)).toBeTruthy()
    await expectNoAxeViolations(container)
    failing = false
    fireEvent.click(screen.getByRole('button', { name: 'Tentar novamente' }))
    await waitFor(() => expect(items()).toHaveLength(5))
  })

  it('shows an unreadable credential as such, and the others normally', async () => {
    const clock = manualClock()
    const store = await storeWithUnreadable(clock)
    const { container } = await renderWithA2F(<AuthenticatorList />, { store, clock })
    await waitFor(() => expect(item('TJRS')?.dataset.state).toBe('unreadable'))
    expect(within(item('TJRS')).getByText(/Não é possível abrir esta credencial/)).toBeTruthy()
    expect(within(item('TJRS')).queryByRole('button')).toBeNull()
    await waitFor(() => expect(digitsOf('TRF4')).toBe(grouped(TRF4_CODE)))
    await expectNoAxeViolations(container)
  })

  it('speaks English', async () => {
    await renderWithA2F(<AuthenticatorList />, { locale: 'en' })
    await waitFor(() => expect(screen.getByText('5 authenticators')).toBeTruthy())
    expect(screen.getByRole('button', { name: 'Hide codes' })).toBeTruthy()
    expect(screen.getByRole('searchbox', { name: 'Search authenticators' })).toBeTruthy()
  })
})

describe('AuthenticatorList performance', () => {
  it('commits a few times per window with 200 cards, never per second', async () => {
    const systems = ['trf4-eproc', 'tjrs-eproc-1g', 'tjsc-eproc-1g', 'trf2-eproc']
    let commits = 0
    const result = await renderWithA2F(
      <Profiler id="list" onRender={() => commits++}>
        <AuthenticatorList />
      </Profiler>,
      { credentials: manyCredentials(200, systems) },
    )
    await waitFor(() => expect(items()).toHaveLength(200))
    await waitFor(() => expect(items().every((li) => li.dataset.state === 'running')).toBe(true))
    await advance(result, 20_000) // to a window start
    commits = 0
    await advance(result, 60_000)
    // Per window: new codes (one batched fetch) and entering 'expiring' (cards and the shared bar).
    expect(commits).toBeLessThanOrEqual(8)
    expect(items().every((li) => li.dataset.state === 'running')).toBe(true)
  })
})
