import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { clockOffsetFromDate, createClock, isA2FError } from '../../index.js'

describe('clockOffsetFromDate', () => {
  it('compares the server date with the midpoint of the round trip', () => {
    // Sent at …:36.800 local, received at …:37.400 local: midpoint …:37.100. The server said …:40.
    const sentAt = Date.parse('2026-03-02T12:00:36.800Z')
    const receivedAt = Date.parse('2026-03-02T12:00:37.400Z')
    expect(clockOffsetFromDate('Mon, 02 Mar 2026 12:00:40 GMT', sentAt, receivedAt)).toBe(2_900)
    expect(clockOffsetFromDate(new Date('2026-03-02T12:00:35Z'), sentAt, receivedAt)).toBe(-2_100)
  })

  it('is zero for a server in agreement with an instant answer', () => {
    const t = Date.parse('2026-03-02T12:00:00Z')
    expect(clockOffsetFromDate('Mon, 02 Mar 2026 12:00:00 GMT', t, t)).toBe(0)
  })

  it.each(['', 'yesterday', 'Mon, 32 Foo 2026'])('refuses %j as DATE_INVALID', (header) => {
    expect(() => clockOffsetFromDate(header, 0, 0)).toThrow(expect.objectContaining({ code: 'DATE_INVALID' }))
  })

  it('refuses an invalid Date object and a reply received before it was sent', () => {
    expect(() => clockOffsetFromDate(new Date(Number.NaN), 0, 0)).toThrow(
      expect.objectContaining({ code: 'DATE_INVALID' }),
    )
    let error: unknown
    try {
      clockOffsetFromDate('Mon, 02 Mar 2026 12:00:00 GMT', 10, 5)
    } catch (caught) {
      error = caught
    }
    expect(isA2FError(error, 'OPTION_INVALID') && error.details.option).toBe('receivedAt')
  })
})

describe('createClock', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    vi.setSystemTime(1_750_000_000_400)
  })
  afterEach(() => vi.useRealTimers())

  it('adds the offset to the time source', () => {
    const clock = createClock({ offsetMs: 1_500, now: () => 10_000 })
    expect(clock.now()).toBe(11_500)
    expect(clock.offsetMs).toBe(1_500)
  })

  it('ticks on whole seconds of corrected time, once per second', () => {
    const clock = createClock()
    const ticks: number[] = []
    clock.subscribe((now) => ticks.push(now))
    vi.advanceTimersByTime(599)
    expect(ticks).toEqual([])
    vi.advanceTimersByTime(1)
    expect(ticks).toEqual([1_750_000_001_000])
    vi.advanceTimersByTime(3_000)
    expect(ticks).toEqual([1_750_000_001_000, 1_750_000_002_000, 1_750_000_003_000, 1_750_000_004_000])
  })

  it('shares one timer among all listeners of an interval', () => {
    const clock = createClock()
    const calls = { a: 0, b: 0 }
    const stops = Array.from({ length: 1_000 }, (_, i) =>
      clock.subscribe(() => (i % 2 ? calls.a++ : calls.b++), { intervalMs: 30_000 }),
    )
    expect(vi.getTimerCount()).toBe(1)
    vi.advanceTimersByTime(30_000)
    expect(calls).toEqual({ a: 500, b: 500 })
    for (const stop of stops) stop()
    expect(vi.getTimerCount()).toBe(0)
  })

  it('fires on boundaries of the corrected time, and re-aligns when the offset changes', () => {
    // 30 s boundaries fall on …020_000 and …050_000. Corrected time starts at …049_000.
    const clock = createClock({ offsetMs: 49_000 - 400 })
    const ticks: number[] = []
    clock.subscribe((now) => ticks.push(now), { intervalMs: 30_000 })
    vi.advanceTimersByTime(1_000)
    expect(ticks).toEqual([1_750_000_050_000])
    clock.setOffset(0) // corrected time jumps back to …001_400: listeners hear it at once
    expect(ticks).toEqual([1_750_000_050_000, 1_750_000_001_400])
    vi.advanceTimersByTime(18_599)
    expect(ticks).toHaveLength(2)
    vi.advanceTimersByTime(1)
    expect(ticks.at(-1)).toBe(1_750_000_020_000)
  })

  it('waits for the boundary when a timer fires early', () => {
    let time = 1_000
    const pending: { callback: () => void; ms: number }[] = []
    const clock = createClock({
      now: () => time,
      setTimeout: (callback, ms) => pending.push({ callback, ms }),
      clearTimeout: () => {},
    })
    const ticks: number[] = []
    clock.subscribe((now) => ticks.push(now))
    expect(pending[0]?.ms).toBe(1_000)
    time = 1_990 // 10 ms early
    pending.shift()!.callback()
    expect(ticks).toEqual([])
    expect(pending[0]?.ms).toBe(10)
    time = 2_000
    pending.shift()!.callback()
    expect(ticks).toEqual([2_000])
  })

  it('lets the same listener subscribe twice and leave once', () => {
    const clock = createClock()
    let count = 0
    const listener = () => count++
    const stopFirst = clock.subscribe(listener)
    clock.subscribe(listener)
    stopFirst()
    stopFirst()
    vi.advanceTimersByTime(600)
    expect(count).toBe(1)
  })

  it.each([
    ['offsetMs', () => createClock({ offsetMs: Number.NaN })],
    ['offsetMs', () => createClock().setOffset(Number.POSITIVE_INFINITY)],
    ['intervalMs', () => createClock().subscribe(() => {}, { intervalMs: 0 })],
    ['listener', () => createClock().subscribe('tick' as unknown as () => void)],
  ])('refuses an invalid %s', (option, act) => {
    let error: unknown
    try {
      act()
    } catch (caught) {
      error = caught
    }
    expect(isA2FError(error, 'OPTION_INVALID') && error.details.option).toBe(option)
  })
})
