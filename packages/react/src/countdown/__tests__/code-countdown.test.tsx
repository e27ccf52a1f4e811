import { createTotp, totp } from '@a2f/core'
import { localeBundle } from '../../test-support/locales.js'
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { Profiler, type ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { mockClipboard } from '../../test-support/clipboard.js'
import { expectNoAxeViolations } from '../../test-support/axe.js'
import { createTestStore, EPROC_EXAMPLE_KEY, FIXED_NOW, manualClock } from '../../test-support/fixtures.js'
import { advance, grouped, renderStrict, renderWithA2F } from '../../test-support/render.js'
import { A2FProvider } from '../../provider/a2f-provider.js'
import { CodeCountdown } from '../code-countdown.js'
import { PeriodCountdown } from '../period-countdown.js'
import { REMAINING_VAR } from '../countdown-timer.js'
import { flakyStore, storeWithUnreadable, TRF4 } from './test-stores.js'

const codeAt = (timestamp: number) => totp(EPROC_EXAMPLE_KEY, { timestamp })
const spelled = (code: string) => code.split('').join(' ')
/** FIXED_NOW is 10 s into its window. */
const WINDOW_START = FIXED_NOW - 10_000
const WINDOW_END = WINDOW_START + 30_000

const root = () => screen.getByRole('group')
const digits = () => root().querySelector('.a2f-countdown-digits')?.textContent
const timer = () => screen.getByRole('timer')
const liveRegion = () => within(root()).getByRole('status')

describe('CodeCountdown sources', () => {
  it('shows a stored credential’s code, grouped 3+3, with the seconds left', async () => {
    await renderWithA2F(<CodeCountdown credentialId="trf4" label="Código do TRF4" />, { credentials: [TRF4] })
    await waitFor(() => expect(digits()).toBe(grouped(codeAt(FIXED_NOW))))
    expect(screen.getByRole('group', { name: 'Código do TRF4' })).toBeTruthy()
    expect(root().dataset.state).toBe('running')
    expect(timer().textContent).toBe('20 s')
    expect(timer().getAttribute('aria-label')).toBe('Tempo até o próximo código')
    // Screen readers get the digits one by one, outside the live region.
    expect(within(root()).getByText(`Código atual: ${spelled(codeAt(FIXED_NOW))}`)).toBeTruthy()
  })

  it('shows the codes of a key in memory (generator)', async () => {
    const generator = createTotp(EPROC_EXAMPLE_KEY)
    const result = await renderWithA2F(<CodeCountdown generator={generator} size="large" />, {
      credentials: [],
    })
    expect(digits()).toBe(grouped(codeAt(FIXED_NOW)))
    expect(root().dataset.size).toBe('large')
    await advance(result, 20_000)
    expect(digits()).toBe(grouped(codeAt(WINDOW_END)))
  })

  it('shows a code given by the host', async () => {
    await renderWithA2F(
      <CodeCountdown code="492039" nextCode="118204" validUntil={WINDOW_END} period={30} variant="bar" />,
      { credentials: [] },
    )
    expect(digits()).toBe('492 039')
    expect(root().dataset.variant).toBe('bar')
    expect(root().querySelector('.a2f-countdown-bar')).not.toBeNull()
    expect(root().querySelector('svg')).toBeNull()
    expect(timer().textContent).toBe('20 s')
  })

  it('follows the current window when the host gives a code without validUntil', async () => {
    const result = await renderWithA2F(<CodeCountdown code="492039" period={30} />, { credentials: [] })
    expect(timer().textContent).toBe('20 s')
    await advance(result, 25_000)
    expect(timer().textContent).toBe('25 s')
  })

  it('shows an empty state when no code is given, and a null generator the same', async () => {
    await renderWithA2F(
      <>
        <CodeCountdown />
        <CodeCountdown generator={null} />
      </>,
      { credentials: [] },
    )
    expect(screen.getAllByText('Nenhum código para exibir.')).toHaveLength(2)
    expect(screen.queryByRole('timer')).toBeNull()
  })
})

describe('CodeCountdown timing', () => {
  it('flips data-state to expiring at 5 s left and back to running with the new code', async () => {
    const result = await renderWithA2F(<CodeCountdown credentialId="trf4" />, { credentials: [TRF4] })
    await waitFor(() => expect(digits()).toBe(grouped(codeAt(FIXED_NOW))))
    await advance(result, 14_000) // 6 s left
    expect(root().dataset.state).toBe('running')
    await advance(result, 1_000) // 5 s left
    expect(root().dataset.state).toBe('expiring')
    await advance(result, 5_000) // the next window
    expect(digits()).toBe(grouped(codeAt(WINDOW_END)))
    expect(root().dataset.state).toBe('running')
  })

  it('honours expiringSeconds', async () => {
    const result = await renderWithA2F(
      <CodeCountdown generator={createTotp(EPROC_EXAMPLE_KEY)} expiringSeconds={10} />,
      {
        credentials: [],
      },
    )
    await advance(result, 9_000) // 11 s left
    expect(root().dataset.state).toBe('running')
    await advance(result, 1_000) // 10 s left
    expect(root().dataset.state).toBe('expiring')
  })

  it('updates the seconds text every second without rendering', async () => {
    let commits = 0
    const result = await renderWithA2F(
      <Profiler id="countdown" onRender={() => commits++}>
        <CodeCountdown generator={createTotp(EPROC_EXAMPLE_KEY)} />
      </Profiler>,
      { credentials: [] },
    )
    const settled = commits
    const seen: string[] = []
    for (let second = 0; second < 5; second++) {
      seen.push(timer().textContent ?? '')
      await advance(result, 1_000)
    }
    expect(seen).toEqual(['20 s', '19 s', '18 s', '17 s', '16 s'])
    expect(commits).toBe(settled)
  })

  it('moves the ring through a CSS variable written on the tick, not through renders', async () => {
    const result = await renderWithA2F(<CodeCountdown generator={createTotp(EPROC_EXAMPLE_KEY)} />, {
      credentials: [],
    })
    const read = () => Number(timer().style.getPropertyValue(REMAINING_VAR))
    expect(read()).toBeCloseTo(20 / 30, 3)
    await advance(result, 1_000)
    // Each tick aims at the next second and glides there (transition of --a2f-countdown-step).
    expect(read()).toBeCloseTo(18 / 30, 3)
    expect(timer().style.getPropertyValue('--a2f-countdown-step')).toBe('1000ms')
    await advance(result, 10_000)
    expect(read()).toBeCloseTo(8 / 30, 3)
  })

  it.each([
    ['a key in memory', { generator: createTotp(EPROC_EXAMPLE_KEY) }],
    ['a stored credential', { credentialId: 'trf4' }],
  ])('commits at most about twice per window with %s (not every second)', async (_, source) => {
    let commits = 0
    const result = await renderWithA2F(
      <Profiler id="countdown" onRender={() => commits++}>
        <CodeCountdown {...source} />
      </Profiler>,
      { credentials: [TRF4] },
    )
    await waitFor(() => expect(digits()).toBe(grouped(codeAt(FIXED_NOW))))
    await advance(result, 20_000) // to the window start
    commits = 0
    await advance(result, 60_000) // two whole windows
    // Per window: the new code, and entering 'expiring'. Never 30.
    expect(commits).toBeGreaterThanOrEqual(4)
    expect(commits).toBeLessThanOrEqual(6)
    expect(digits()).toBe(grouped(codeAt(WINDOW_END + 60_000)))
  })
})

describe('CodeCountdown announcements', () => {
  it('announces each new code once, digit by digit, and never the seconds', async () => {
    const result = await renderWithA2F(<CodeCountdown generator={createTotp(EPROC_EXAMPLE_KEY)} />, {
      credentials: [],
    })
    const region = liveRegion()
    expect(region.getAttribute('aria-live')).toBe('polite')
    expect(region.textContent).toBe('') // nothing on mount
    expect(region.contains(timer())).toBe(false)
    const changes: string[] = []
    const observer = new MutationObserver(() => changes.push(region.textContent ?? ''))
    observer.observe(region, { childList: true, characterData: true, subtree: true })
    await advance(result, 19_000) // 1 s left: 19 seconds ticked
    expect(changes).toEqual([])
    await advance(result, 1_000) // the new code
    expect(changes).toEqual([`Novo código: ${spelled(codeAt(WINDOW_END))}`])
    await advance(result, 30_000)
    expect(changes).toEqual([
      `Novo código: ${spelled(codeAt(WINDOW_END))}`,
      `Novo código: ${spelled(codeAt(WINDOW_END + 30_000))}`,
    ])
    observer.disconnect()
  })
})

describe('CodeCountdown next code', () => {
  it('previews the next code while expiring (auto)', async () => {
    const result = await renderWithA2F(<CodeCountdown credentialId="trf4" />, { credentials: [TRF4] })
    await waitFor(() => expect(digits()).toBe(grouped(codeAt(FIXED_NOW))))
    const next = grouped(codeAt(WINDOW_END))
    expect(screen.queryByText(`Próximo: ${next}`)).toBeNull()
    await advance(result, 16_000) // 4 s left
    expect(screen.getByText(`Próximo: ${next}`)).toBeTruthy()
    expect(screen.getByText(`Próximo código: ${spelled(codeAt(WINDOW_END))}`)).toBeTruthy()
    await expectNoAxeViolations(root().parentElement!)
  })

  it('always or never, as asked', async () => {
    await renderWithA2F(
      <>
        <CodeCountdown code="492039" nextCode="118204" validUntil={WINDOW_END} showNext="always" label="A" />
        <CodeCountdown
          code="492039"
          nextCode="118204"
          validUntil={WINDOW_END - 27_000}
          showNext="never"
          label="B"
        />
      </>,
      { credentials: [] },
    )
    expect(within(screen.getByRole('group', { name: 'A' })).getByText('Próximo: 118 204')).toBeTruthy()
    const b = screen.getByRole('group', { name: 'B' })
    expect(b.dataset.state).toBe('expiring')
    expect(within(b).queryByText('Próximo: 118 204')).toBeNull()
  })
})

describe('CodeCountdown copy', () => {
  it('copies the code without spaces and says so', async () => {
    const writeText = mockClipboard(async () => {})
    await renderWithA2F(<CodeCountdown code="492039" validUntil={WINDOW_END} />, { credentials: [] })
    const button = screen.getByRole('button', { name: 'Copiar código' })
    expect(button.dataset.state).toBe('idle')
    await act(async () => fireEvent.click(button))
    expect(writeText).toHaveBeenCalledWith('492039')
    expect(button.dataset.state).toBe('copied')
    expect(button.textContent).toBe('Copiado')
    expect(liveRegion().textContent).toBe('Código copiado para a área de transferência')
    await expectNoAxeViolations(root().parentElement!)
  })

  it('says when copying failed', async () => {
    mockClipboard(async () => {
      throw new DOMException('denied', 'NotAllowedError')
    })
    await renderWithA2F(<CodeCountdown code="492039" validUntil={WINDOW_END} />, { credentials: [] })
    const button = screen.getByRole('button', { name: 'Copiar código' })
    await act(async () => fireEvent.click(button))
    expect(button.dataset.state).toBe('failed')
    expect(button.textContent).toBe('Não foi possível copiar')
    expect(liveRegion().textContent).toBe('Não foi possível copiar')
  })

  it('has no copy button with copy={false}', async () => {
    await renderWithA2F(<CodeCountdown code="492039" validUntil={WINDOW_END} copy={false} />, {
      credentials: [],
    })
    expect(screen.queryByRole('button')).toBeNull()
  })
})

describe('CodeCountdown stored states', () => {
  it('shows loading until the store answers', async () => {
    await renderWithA2F(<CodeCountdown credentialId="trf4" />, { credentials: [TRF4] })
    expect(root().dataset.state).toBe('loading')
    expect(screen.getByText('Carregando código…')).toBeTruthy()
    await waitFor(() => expect(root().dataset.state).toBe('running'))
  })

  it('shows an unreadable credential as such', async () => {
    const clock = manualClock()
    const store = await storeWithUnreadable(clock)
    await renderWithA2F(<CodeCountdown credentialId="lost" />, { store, clock })
    await waitFor(() => expect(root().dataset.state).toBe('unreadable'))
    expect(screen.getByText(/cifrada com uma chave que este sistema não possui/)).toBeTruthy()
    expect(screen.queryByRole('timer')).toBeNull()
    expect(screen.queryByRole('button')).toBeNull()
    await expectNoAxeViolations(root().parentElement!)
  })

  it('shows an error with a retry when the store cannot give codes', async () => {
    const clock = manualClock()
    const failing = { codes: true }
    const store = flakyStore(await createTestStore([TRF4], { now: () => clock.now() }), failing)
    await renderWithA2F(<CodeCountdown credentialId="trf4" />, { store, clock })
    await waitFor(() => expect(root().dataset.state).toBe('error'))
    expect(screen.getByText('Não foi possível obter o código agora.')).toBeTruthy()
    await expectNoAxeViolations(root().parentElement!)
    failing.codes = false
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Tentar novamente' })))
    await waitFor(() => expect(digits()).toBe(grouped(codeAt(FIXED_NOW))))
  })

  it('keeps the last code while it is valid if fetching fails, and hides it once expired', async () => {
    const failing = { codes: false }
    const clock = manualClock()
    const store = flakyStore(await createTestStore([TRF4], { now: () => clock.now() }), failing)
    const result = await renderWithA2F(<CodeCountdown credentialId="trf4" />, { store, clock })
    await waitFor(() => expect(digits()).toBe(grouped(codeAt(FIXED_NOW))))
    failing.codes = true
    await advance(result, 20_000) // the window ends; the next fetch fails
    expect(root().dataset.state).toBe('error')
    expect(digits()).toBeUndefined()
  })
})

describe('CodeCountdown accessibility and languages', () => {
  it('has no axe violations running, as a bar, and large', async () => {
    const { container } = await renderWithA2F(
      <>
        <CodeCountdown code="492039" validUntil={WINDOW_END} label="Código do TRF4" />
        <CodeCountdown
          code="118204"
          validUntil={WINDOW_END}
          variant="bar"
          size="large"
          label="Código do TJRS"
        />
      </>,
      { credentials: [] },
    )
    await expectNoAxeViolations(container)
  })

  it('speaks English and Spanish', async () => {
    const clock = manualClock()
    const store = await createTestStore([])
    const ui = (locale: string) => (
      <A2FProvider store={store} clock={clock} locale={localeBundle(locale)}>
        <CodeCountdown code="492039" validUntil={WINDOW_END} />
      </A2FProvider>
    )
    const { rerender } = renderStrict(ui('en'))
    expect(screen.getByRole('group', { name: 'Verification code' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Copy code' })).toBeTruthy()
    expect(screen.getByRole('timer', { name: 'Time until the next code' })).toBeTruthy()
    rerender(ui('es'))
    expect(screen.getByRole('group', { name: 'Código de verificación' })).toBeTruthy()
  })
})

describe('PeriodCountdown', () => {
  it('counts down the shared window and renders only twice per window', async () => {
    let commits = 0
    const wrap = (node: ReactNode) => (
      <Profiler id="period" onRender={() => commits++}>
        {node}
      </Profiler>
    )
    const result = await renderWithA2F(wrap(<PeriodCountdown />), { credentials: [] })
    const element = document.querySelector<HTMLElement>('.a2f-countdown-period')!
    expect(element.dataset.variant).toBe('bar')
    expect(screen.getByRole('timer', { name: 'Tempo até os próximos códigos' }).textContent).toBe('20 s')
    commits = 0
    await advance(result, 15_000)
    expect(element.dataset.state).toBe('expiring')
    await advance(result, 5_000)
    expect(element.dataset.state).toBe('running')
    expect(screen.getByRole('timer').textContent).toBe('30 s')
    expect(commits).toBe(2)
    await expectNoAxeViolations(result.container)
  })

  it('takes a period, a ring and a label', async () => {
    await renderWithA2F(<PeriodCountdown period={60} variant="ring" label="Códigos do escritório" />, {
      credentials: [],
    })
    const timerElement = screen.getByRole('timer', { name: 'Códigos do escritório' })
    // FIXED_NOW is 14:00:10: 50 s left of the minute.
    expect(timerElement.textContent).toBe('50 s')
    expect(timerElement.querySelector('svg')).not.toBeNull()
  })
})
