/**
 * The code book without React: one batched `codes()` call for the ids on show, listeners told only when
 * what they show changes (the code once per window, expiring once), the next window's code fetched ahead
 * and swapped in on time, missing and failing credentials, and the tick stopped by the last subscriber.
 */
import { totp } from '@a2f/core'
import { describe, expect, it, vi } from 'vitest'
import { createTestStore, EPROC_EXAMPLE_KEY, FIXED_NOW, manualClock } from '../../test-support/fixtures.js'
import { createCodeBook } from '../code-book.js'

const TRF4 = {
  id: 'trf4',
  systemId: 'trf4-eproc',
  issuer: 'TRF4',
  account: 'RS054321',
  secret: EPROC_EXAMPLE_KEY,
}
const TJRS = { ...TRF4, id: 'tjrs', systemId: 'tjrs-eproc-1g', issuer: 'TJRS' }

async function setup() {
  const clock = manualClock() // FIXED_NOW: 10 s into its window
  const store = await createTestStore([TRF4, TJRS], { now: () => clock.now() })
  const codes = vi.spyOn(store, 'codes')
  const book = createCodeBook(store, clock)
  return { clock, store, codes, book }
}

describe('createCodeBook', () => {
  it('fetches the ids on show in one batched call and gives the store’s codes', async () => {
    const { book, codes } = await setup()
    expect(book.get('trf4')).toEqual({ expiring: false })
    const listener = vi.fn()
    book.subscribe('trf4', listener)
    book.subscribe('tjrs', listener)
    await vi.waitFor(() => expect(book.get('tjrs').code).toBeDefined())
    expect(codes).toHaveBeenCalledTimes(1)
    expect(codes.mock.calls[0]![0]).toMatchObject({ ids: expect.arrayContaining(['trf4', 'tjrs']) })
    expect(book.get('trf4').code?.code).toBe(totp(EPROC_EXAMPLE_KEY, { timestamp: FIXED_NOW }))
  })

  it('tells a row when it starts expiring and when the new window’s code is in, not every second', async () => {
    const { book, clock } = await setup()
    const listener = vi.fn()
    book.subscribe('trf4', listener)
    await vi.waitFor(() => expect(book.get('trf4').code).toBeDefined())
    const first = book.get('trf4').code!.code
    listener.mockClear()
    clock.advance(10_000) // 10 s left: nothing to show differently
    expect(listener).not.toHaveBeenCalled()
    clock.advance(5_000) // 5 s left: expiring
    await vi.waitFor(() => expect(book.get('trf4').expiring).toBe(true))
    clock.advance(5_000) // the next window
    await vi.waitFor(() => expect(book.get('trf4').code?.code).not.toBe(first))
    expect(book.get('trf4')).toMatchObject({ expiring: false })
    expect(book.get('trf4').code!.code).toBe(totp(EPROC_EXAMPLE_KEY, { timestamp: clock.now() }))
    expect(listener.mock.calls.length).toBeLessThanOrEqual(3)
  })

  it('marks a credential the store no longer has as missing', async () => {
    const { book, store } = await setup()
    await store.remove('tjrs')
    book.subscribe('tjrs', () => undefined)
    await vi.waitFor(() => expect(book.get('tjrs').missing).toBe(true))
  })

  it('keeps the error of a failing store on the entry, and refetches on refresh', async () => {
    const { book, codes } = await setup()
    codes.mockRejectedValueOnce(Object.assign(new Error('down'), { code: 'STORAGE_UNAVAILABLE' }))
    book.subscribe('trf4', () => undefined)
    await vi.waitFor(() => expect(book.get('trf4').error).toBeDefined())
    book.refresh()
    await vi.waitFor(() => expect(book.get('trf4').code).toBeDefined())
    expect(book.get('trf4').error).toBeUndefined()
  })

  it('stops asking the store once the last subscriber leaves, and starts again on the next', async () => {
    const { book, clock, codes } = await setup()
    const stop = book.subscribe('trf4', () => undefined)
    await vi.waitFor(() => expect(book.get('trf4').code).toBeDefined())
    stop()
    const calls = codes.mock.calls.length
    clock.advance(90_000)
    expect(codes.mock.calls.length).toBe(calls)
    book.subscribe('trf4', () => undefined)
    await vi.waitFor(() => expect(codes.mock.calls.length).toBeGreaterThan(calls))
  })
})
