/**
 * The countdown machine on its own (phases at the window's edges, prop getters and their merging) and
 * in React through `useCountdownMachine`, under StrictMode, against the store's real codes.
 */
import { totp } from '@a2f/core'
import { act, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { createTestStore, EPROC_EXAMPLE_KEY, manualClock } from '../../test-support/fixtures.js'
import { renderWithA2F } from '../../test-support/render.js'
import { connectCountdown, countdownPhaseKey, readCountdown } from '../countdown-machine.js'
import { mergeProps } from '../prop-getters.js'
import { useCountdownMachine } from '../use-countdown-machine.js'

describe('readCountdown', () => {
  it('reads the window, the seconds and the phase from the time', () => {
    expect(readCountdown({ now: 31_000 })).toMatchObject({
      phase: 'running',
      counter: 1,
      startsAt: 30_000,
      endsAt: 60_000,
      secondsLeft: 29,
    })
    // At most 5 s left: 'expiring' (the next code is worth showing); exactly 5 s still is.
    expect(readCountdown({ now: 55_000 }).phase).toBe('expiring')
    expect(readCountdown({ now: 54_999 }).phase).toBe('running')
    expect(readCountdown({ now: 59_500 }).secondsLeft).toBe(1)
    // A stored code that says when it expires, read after that: 'expired', nothing left.
    expect(readCountdown({ now: 61_000, validUntil: 60_000 })).toMatchObject({
      phase: 'expired',
      remainingMs: 0,
      secondsLeft: 0,
    })
    expect(readCountdown({ now: 45_000, period: 60 })).toMatchObject({ counter: 0, endsAt: 60_000 })
  })

  it('keys a phase-only view on the window and the phase, not the seconds', () => {
    const key = (now: number) => countdownPhaseKey(readCountdown({ now }))
    expect(key(31_000)).toBe(key(50_000))
    expect(key(56_000)).not.toBe(key(50_000))
    expect(key(61_000)).not.toBe(key(31_000))
  })
})

describe('connectCountdown', () => {
  const reading = readCountdown({ now: 56_000 })

  it('wires the parts as the shipped CodeCountdown does', () => {
    const onCopy = vi.fn()
    const api = connectCountdown(reading, { id: 'x', code: '492039', nextCode: '123456', onCopy })
    expect(api.groupedCode).toBe('492 039')
    expect(api.spokenCode).toBe('Código atual: 4 9 2 0 3 9')
    expect(api.showNext).toBe(true)
    expect(api.getRootProps()).toMatchObject({
      'data-scope': 'countdown',
      'data-part': 'root',
      role: 'group',
      'data-state': 'expiring',
    })
    expect(api.getCodeProps()).toMatchObject({ translate: 'no', 'aria-hidden': true })
    expect(api.getTimerProps()).toMatchObject({ role: 'timer', 'aria-live': 'off' })
    expect(api.getLiveRegionProps()).toMatchObject({ role: 'status', 'aria-live': 'polite' })
    ;(api.getCopyButtonProps().onClick as () => void)()
    expect(onCopy).toHaveBeenCalledWith('492039')
  })

  it('says "empty" and disables copying without a code', () => {
    const api = connectCountdown(reading, { id: 'x' })
    expect(api.getRootProps()['data-state']).toBe('empty')
    expect(api.getCopyButtonProps().disabled).toBe(true)
    expect(api.groupedCode).toBe('')
  })

  it("merges the host's props: classes join, its handlers first, the aria wiring stays ours", () => {
    const api = connectCountdown(reading, { id: 'x', code: '492039', onCopy: vi.fn() })
    const root = api.getRootProps({ className: 'flex gap-2', role: 'region', 'data-test': 'r' })
    expect(root).toMatchObject({ role: 'group', 'data-test': 'r' })
    const calls: string[] = []
    const merged = mergeProps(
      { className: 'a', onClick: () => calls.push('ours') },
      {
        className: 'b',
        onClick: (event: { defaultPrevented: boolean }) => calls.push(`theirs ${event.defaultPrevented}`),
      },
    )
    expect(merged.className).toBe('a b')
    ;(merged.onClick as (event: unknown) => void)({ defaultPrevented: false })
    expect(calls).toEqual(['theirs false', 'ours'])
    ;(merged.onClick as (event: unknown) => void)({ defaultPrevented: true })
    expect(calls).toEqual(['theirs false', 'ours', 'theirs true'])
  })
})

function HostCountdown({ credentialId }: { credentialId: string }) {
  const api = useCountdownMachine({ credentialId, labels: { label: 'Código do TRF4' } })
  return (
    <div {...api.getRootProps({ className: 'flex gap-2' })}>
      <span {...api.getCodeProps()}>{api.groupedCode}</span>
      <span {...api.getSpokenCodeProps()}>{api.spokenCode}</span>
      <span {...api.getTimerProps()}>{api.secondsLeft} s</span>
      <p {...api.getLiveRegionProps()}>{api.announcement}</p>
    </div>
  )
}

describe('useCountdownMachine', () => {
  it("shows the store's code, counts down, and announces the next code once", async () => {
    const clock = manualClock() // 10 s into a window
    const store = await createTestStore(
      [
        {
          id: 'trf4',
          systemId: 'trf4-eproc',
          issuer: 'TRF4',
          account: 'RS054321',
          secret: EPROC_EXAMPLE_KEY,
        },
      ],
      { now: () => clock.now() },
    )
    const rendered = await renderWithA2F(<HostCountdown credentialId="trf4" />, { clock, store })
    const group = await screen.findByRole('group', { name: 'Código do TRF4' }, { timeout: 3000 })
    const digits = () => group.querySelector('[data-part="code"]')?.textContent
    const expected = (t: number) =>
      totp(EPROC_EXAMPLE_KEY, { timestamp: t }).replace(/(\d{3})(\d{3})/, '$1 $2')
    await vi.waitFor(() => expect(digits()).toBe(expected(clock.now())))
    expect(screen.getByRole('timer').textContent).toBe('20 s')
    expect(screen.getByRole('status').textContent).toBe('')
    await act(async () => clock.advance(21_000))
    await vi.waitFor(() => expect(digits()).toBe(expected(clock.now())))
    expect(screen.getByRole('status').textContent).toMatch(/^Novo código: (\d ){5}\d$/)
    rendered.unmount()
  })
})
