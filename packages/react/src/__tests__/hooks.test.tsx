/**
 * The headless layer on its own: provider errors and text overrides, the countdown hooks, the code
 * book's batching and single ticker, and the optimistic mutations with their rollback.
 */
import { ConflictError, type CredentialSummary } from '@a2f/storage'
import { act, screen, waitFor } from '@testing-library/react'
import { useEffect, type ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { useA2F } from '../provider/a2f-context.js'
import { useMessages } from '../i18n/use-messages.js'
import { A2FProvider } from '../provider/a2f-provider.js'
import { useCredentials } from '../data/use-credentials.js'
import { useRemoveCredential, useUpdateCredential } from '../data/use-credential-mutations.js'
import { useLiveCode } from '../data/use-live-code.js'
import { useCountdown } from '../time/use-countdown.js'
import { useSecondsText } from '../time/use-seconds-text.js'
import { createTestStore, FIXED_NOW, manualClock, withOverrides } from '../test-support/fixtures.js'
import { localeBundle } from '../test-support/locales.js'
import { renderHookStrict, renderStrict, renderWithA2F } from '../test-support/render.js'

describe('A2FProvider', () => {
  it('tells what is missing when a hook is used outside it', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() => renderHookStrict(() => useA2F())).toThrow(/needs an <A2FProvider store=\{…\}> above it/)
    vi.restoreAllMocks()
  })

  it('speaks pt-BR by default, another language from its bundle, and merges overrides', async () => {
    const store = await createTestStore([])
    const wrapper = (props: { children: ReactNode; locale?: string; save?: string }) => (
      <A2FProvider
        store={store}
        {...(props.locale ? { locale: localeBundle(props.locale) } : {})}
        {...(props.save ? { messages: { common: { save: props.save } } } : {})}
      >
        {props.children}
      </A2FProvider>
    )
    const pt = renderHookStrict(() => useMessages(), { wrapper })
    expect(pt.result.current.common.save).toBe('Salvar')
    const es = renderHookStrict(() => useMessages(), {
      wrapper: (p) => wrapper({ ...p, locale: 'es', save: 'Listo' }),
    })
    expect(es.result.current.common.save).toBe('Listo')
    expect(es.result.current.common.cancel).toBe('Cancelar')
    expect(es.result.current.common.copied).toBe('Copiado')
    const en = renderHookStrict(() => [useMessages(), useA2F().locale] as const, {
      wrapper: (p) => wrapper({ ...p, locale: 'en' }),
    })
    expect(en.result.current[0].common.retry).toBe('Try again')
    expect(en.result.current[1]).toBe('en')
  })
})

describe('useCountdown', () => {
  it('renders on a new code and when it starts expiring, not every second', async () => {
    let renders = 0
    function Probe() {
      const countdown = useCountdown({ period: 30 })
      // Counted per commit: StrictMode calls a render function twice, a commit happens once.
      useEffect(() => void renders++)
      return <output>{`${countdown.counter}:${countdown.state}`}</output>
    }
    const { clock } = await renderWithA2F(<Probe />, { credentials: [] })
    const counter = Math.floor(FIXED_NOW / 30_000)
    expect(screen.getByRole('status').textContent).toBe(`${counter}:running`)
    const start = renders
    act(() => clock.advance(14_000)) // 24 s into the window
    expect(renders).toBe(start)
    act(() => clock.advance(1_000)) // 25 s: 5 s left
    expect(screen.getByRole('status').textContent).toBe(`${counter}:expiring`)
    act(() => clock.advance(5_000))
    expect(screen.getByRole('status').textContent).toBe(`${counter + 1}:running`)
    expect(renders).toBe(start + 2)
  })

  it("with resolution 'second', renders every second", async () => {
    function Probe() {
      return <output>{useCountdown({ resolution: 'second' }).secondsLeft}</output>
    }
    const { clock } = await renderWithA2F(<Probe />, { credentials: [] })
    expect(screen.getByRole('status').textContent).toBe('20')
    act(() => clock.advance(1_000))
    expect(screen.getByRole('status').textContent).toBe('19')
  })
})

describe('useSecondsText', () => {
  it('writes the seconds into the element without rendering', async () => {
    let renders = 0
    function Probe() {
      const ref = useSecondsText(FIXED_NOW + 20_000, (s) => `${s} s`)
      // Counted per commit: StrictMode calls a render function twice, a commit happens once.
      useEffect(() => void renders++)
      return <span data-testid="seconds" ref={ref} />
    }
    const { clock } = await renderWithA2F(<Probe />, { credentials: [] })
    expect(screen.getByTestId('seconds').textContent).toBe('20 s')
    const start = renders
    act(() => clock.advance(3_000))
    expect(screen.getByTestId('seconds').textContent).toBe('17 s')
    expect(renders).toBe(start)
  })
})

describe('the code book', () => {
  it('asks the store once for every code on screen, and runs one timer for all of them', async () => {
    const clock = manualClock()
    const scheduled = vi.fn()
    const base = await createTestStore()
    const store = withOverrides(base, { codes: vi.fn(base.codes.bind(base)) })
    const summaries = await base.list()
    function Row({ id }: { id: string }) {
      const { code } = useLiveCode(id)
      return <li>{code?.code ?? '…'}</li>
    }
    // Count the clock's subscriptions per interval through a spy on subscribe.
    const subscribe = clock.subscribe.bind(clock)
    clock.subscribe = (listener, options) => {
      scheduled(options?.intervalMs)
      return subscribe(listener, options)
    }
    renderStrict(
      <A2FProvider store={store} clock={clock}>
        <ul>
          {summaries.map((summary) => (
            <Row key={summary.id} id={summary.id} />
          ))}
        </ul>
      </A2FProvider>,
    )
    await waitFor(() =>
      expect(screen.getAllByRole('listitem').every((li) => /^\d{6}$/.test(li.textContent!))).toBe(true),
    )
    expect(store.codes).toHaveBeenCalledTimes(1)
    expect(vi.mocked(store.codes).mock.calls[0]![0]!.ids).toHaveLength(summaries.length)
    expect(scheduled).toHaveBeenCalledTimes(1) // one tick subscription for five rows
    act(() => clock.advance(20_000)) // the next window: one more call, for all rows
    await waitFor(() => expect(store.codes).toHaveBeenCalledTimes(2))
  })
})

describe('the code book, at the end of a window', () => {
  it('fetches the next codes while the current ones expire and shows them on the boundary tick', async () => {
    const base = await createTestStore()
    const codes = vi.fn(base.codes.bind(base))
    const store = withOverrides(base, { codes })
    const clock = manualClock()
    const [first] = await base.list()
    function Row() {
      const { code, expiring } = useLiveCode(first!.id)
      return <output data-expiring={expiring}>{code?.code ?? '…'}</output>
    }
    renderStrict(
      <A2FProvider store={store} clock={clock}>
        <Row />
      </A2FProvider>,
    )
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^\d{6}$/))
    const windowEnd = (Math.floor(FIXED_NOW / 30_000) + 1) * 30_000
    act(() => clock.advance(windowEnd - 5_000 - FIXED_NOW)) // 5 s left: expiring, and the next codes asked for
    expect(screen.getByRole('status').dataset.expiring).toBe('true')
    expect(codes).toHaveBeenLastCalledWith({ ids: [first!.id], timestamp: windowEnd })
    await act(async () => {}) // the answer arrives
    const calls = codes.mock.calls.length
    act(() => clock.advance(5_000)) // the boundary
    // Shown in the same tick, without asking the store again.
    const expected = (await base.codes({ ids: [first!.id], timestamp: windowEnd })).codes[0]!.code
    expect(screen.getByRole('status').textContent).toBe(expected)
    expect(screen.getByRole('status').dataset.expiring).toBe('false')
    expect(codes).toHaveBeenCalledTimes(calls)
  })
})

describe('mutations', () => {
  it('shows an update at once and keeps it when the store accepts it', async () => {
    const { store, result } = await renderMutations()
    await waitFor(() => expect(result.current.list).toHaveLength(1))
    const credential = result.current.list[0]!
    let release!: () => void
    const gate = new Promise<void>((resolve) => (release = resolve))
    const update = store.update.bind(store)
    store.update = async (...args) => {
      await gate
      return update(...args)
    }
    act(() =>
      result.current.update.mutate({
        id: credential.id,
        patch: { owner: 'Ana' },
        expectedVersion: credential.version,
      }),
    )
    await waitFor(() => expect(result.current.list[0]!.owner).toBe('Ana')) // before the store answered
    expect((await store.getSummary(credential.id)).owner).toBeUndefined()
    release()
    await waitFor(() => expect(result.current.update.isSuccess).toBe(true))
    expect((await store.getSummary(credential.id)).owner).toBe('Ana')
  })

  it('rolls back on a conflict and shows what the store holds', async () => {
    const { store, result } = await renderMutations()
    await waitFor(() => expect(result.current.list).toHaveLength(1))
    const seen = result.current.list[0]!
    // Someone else renames the owner first.
    await store.update(seen.id, { owner: 'Carlos' }, { expectedVersion: seen.version })
    act(() =>
      result.current.update.mutate({ id: seen.id, patch: { owner: 'Ana' }, expectedVersion: seen.version }),
    )
    await waitFor(() => expect(result.current.update.error).toBeInstanceOf(ConflictError))
    await waitFor(() => expect(result.current.list[0]!.owner).toBe('Carlos'))
  })

  it('removes at once and puts the credential back if the store refuses', async () => {
    const { store, result } = await renderMutations()
    await waitFor(() => expect(result.current.list).toHaveLength(1))
    const seen = result.current.list[0]!
    await store.update(seen.id, { notes: 'changed' }, { expectedVersion: seen.version })
    act(() => result.current.remove.mutate({ id: seen.id, expectedVersion: seen.version }))
    await waitFor(() => expect(result.current.remove.error).toBeInstanceOf(ConflictError))
    expect(result.current.list.map((c) => c.id)).toEqual([seen.id])
    const fresh = result.current.list[0]!
    await waitFor(() => expect(result.current.list[0]!.version).toBe(seen.version + 1))
    act(() => result.current.remove.mutate({ id: fresh.id, expectedVersion: seen.version + 1 }))
    await waitFor(() => expect(result.current.list).toEqual([]))
    expect(await store.list()).toEqual([])
  })
})

async function renderMutations() {
  const store = await createTestStore([{ issuer: 'TRF4', account: 'RS054321', secret: 'JBSWY3DPEHPK3PXP' }])
  const wrapper = ({ children }: { children: ReactNode }) => (
    <A2FProvider store={store} clock={manualClock()}>
      {children}
    </A2FProvider>
  )
  const { result } = renderHookStrict(
    () => {
      const list: CredentialSummary[] = useCredentials().data ?? []
      return { list, update: useUpdateCredential(), remove: useRemoveCredential() }
    },
    { wrapper },
  )
  return { store, result }
}
