import { createTotp, totp } from '@a2f/core'
import { act, screen, waitFor } from '@testing-library/react'
import { useEffect, useMemo } from 'react'
import { describe, expect, it } from 'vitest'
import { useLiveCode } from '../data/use-live-code.js'
import { useTotp } from '../time/use-totp.js'
import { EPROC_EXAMPLE_KEY, FIXED_NOW } from '../test-support/fixtures.js'
import { renderWithA2F } from '../test-support/render.js'

describe('useTotp', () => {
  it('renders once per code, not per second', async () => {
    let renders = 0
    function Live() {
      const generator = useMemo(() => createTotp(EPROC_EXAMPLE_KEY), [])
      const live = useTotp(generator)
      // Counted per commit: StrictMode calls a render function twice, a commit happens once.
      useEffect(() => void renders++)
      return <output>{live?.code}</output>
    }
    const { clock } = await renderWithA2F(<Live />, { credentials: [] })
    expect(screen.getByRole('status').textContent).toBe(totp(EPROC_EXAMPLE_KEY, { timestamp: FIXED_NOW }))
    const before = renders
    act(() => clock.advance(15_000)) // 10 s → 25 s into the window: same code
    expect(renders).toBe(before)
    act(() => clock.advance(10_000)) // crosses the boundary at 30 s
    expect(renders).toBe(before + 1)
    expect(screen.getByRole('status').textContent).toBe(totp(EPROC_EXAMPLE_KEY, { timestamp: clock.now() }))
  })
})

describe('useLiveCode', () => {
  it('shows the store code and flips to expiring once, then to the next code', async () => {
    let renders = 0
    function Row({ id }: { id: string }) {
      const entry = useLiveCode(id)
      // Counted per commit: StrictMode calls a render function twice, a commit happens once.
      useEffect(() => void renders++)
      return <output data-expiring={entry.expiring}>{entry.code?.code ?? '…'}</output>
    }
    const { store, clock, rerender } = await renderWithA2F(<div />)
    const first = (await store.list()).find((summary) => summary.issuer === 'TRF4')
    rerender(<Row id={first!.id} />)
    const expected = totp(EPROC_EXAMPLE_KEY, { timestamp: FIXED_NOW })
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(expected))
    const settled = renders
    act(() => clock.advance(14_000)) // 24 s: running
    expect(renders).toBe(settled)
    act(() => clock.advance(1_000)) // 25 s: 5 s left → expiring
    expect(screen.getByRole('status').dataset.expiring).toBe('true')
    expect(renders).toBe(settled + 1)
    act(() => clock.advance(5_000)) // 30 s: the next window
    const next = totp(EPROC_EXAMPLE_KEY, { timestamp: clock.now() })
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(next))
    expect(screen.getByRole('status').dataset.expiring).toBe('false')
    expect(renders).toBe(settled + 2)
  })
})

describe('useLiveCode, removed credentials', () => {
  it('says a removed credential is missing instead of loading forever', async () => {
    function Row({ id }: { id: string }) {
      const entry = useLiveCode(id)
      return <output>{entry.missing ? 'missing' : (entry.code?.code ?? 'loading')}</output>
    }
    const { store, rerender } = await renderWithA2F(<div />)
    const first = (await store.list())[0]!
    rerender(<Row id={first.id} />)
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^\d{6}$/))
    await act(() => store.remove(first.id))
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('missing'))
  })
})
