/**
 * jsdom has no clipboard: tests install a spy as `navigator.clipboard.writeText`. The setup file removes
 * it after every test, so one test's clipboard never leaks into the next.
 */
import { vi } from 'vitest'

export function mockClipboard(writeText: (text: string) => Promise<void> = async () => {}) {
  const spy = vi.fn(writeText)
  Object.defineProperty(globalThis.navigator, 'clipboard', { value: { writeText: spy }, configurable: true })
  return spy
}

export function removeClipboard(): void {
  // Server-rendering tests run in Node, which (20) has no navigator at all.
  if (typeof navigator !== 'undefined') Reflect.deleteProperty(navigator, 'clipboard')
}
