/**
 * TOTP windows as a person at the keyboard sees them: a code typed in the last seconds of its 30-second
 * window may expire on the way, so a journey reads a code only when enough time is left, and otherwise
 * waits for the page to show the next one (an expectation on the page, not a fixed sleep).
 *
 * The demo, the court and this process share the machine's clock (the demo applies no offset here).
 *
 * @example
 * const code = await freshCode(() => wizardCode(page))   // ≥ 8 s left to type it
 */
import { expect } from '@playwright/test'

export const PERIOD_MS = 30_000

/** Milliseconds left in the current window. */
export function msLeft(now = Date.now()): number {
  return PERIOD_MS - (now % PERIOD_MS)
}

/** The index of the current window (changes every 30 s). */
export function windowIndex(now = Date.now()): number {
  return Math.floor(now / PERIOD_MS)
}

/**
 * The code `read` shows, once at least `minLeftMs` remain in its window (default 8 s): near the boundary,
 * waits until the page shows the next code. `after`: first wait until the page shows a code other than
 * this one (a code already used).
 */
export async function freshCode(
  read: () => Promise<string>,
  options: { minLeftMs?: number; after?: string } = {},
): Promise<string> {
  const poll = { timeout: PERIOD_MS + 5_000, intervals: [250] }
  if (options.after !== undefined) await expect.poll(read, poll).not.toBe(options.after)
  if (msLeft() < (options.minLeftMs ?? 8_000)) {
    const old = await read()
    await expect.poll(read, poll).not.toBe(old)
  }
  const code = await read()
  expect(code).toMatch(/^\d{6}$/)
  return code
}

/**
 * Runs `read` within one window: when a boundary passes while it runs, it runs again, so the values it
 * returns belong to the same window.
 */
export async function withinOneWindow<T>(read: () => Promise<T>, minLeftMs = 5_000): Promise<T> {
  for (let attempt = 0; attempt < 3; attempt++) {
    if (msLeft() < minLeftMs) await new Promise((resolve) => setTimeout(resolve, msLeft() + 250))
    const before = windowIndex()
    const value = await read()
    if (windowIndex() === before) return value
  }
  throw new Error('Could not read within one TOTP window three times in a row.')
}
