/**
 * Live codes under React StrictMode, which host apps run in development: StrictMode mounts, runs every
 * effect's cleanup once, and mounts again. A resource the provider disposed in that cleanup stayed
 * disposed, and the live code never showed under `pnpm dev` ("Carregando código…" for good). This file
 * wraps StrictMode itself, so it keeps guarding the bug whatever the default render helper does.
 */
import { totp } from '@a2f/core'
import { QueryClient } from '@tanstack/react-query'
import { render, screen, waitFor } from '@testing-library/react'
import { StrictMode, type ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { CodeCountdown } from '../countdown/code-countdown.js'
import { createCodeBook } from '../data/code-book.js'
import { CredentialGrid } from '../grid/credential-grid.js'
import { cell, rowOf } from '../grid/__tests__/grid-test-helpers.js'
import { A2FProvider } from '../provider/a2f-provider.js'
import {
  createTestStore,
  EPROC_EXAMPLE_KEY,
  FIXED_NOW,
  manualClock,
  withOverrides,
} from '../test-support/fixtures.js'
import { grouped } from '../test-support/render.js'
import { TRF4 } from '../countdown/__tests__/test-stores.js'

const code = grouped(totp(EPROC_EXAMPLE_KEY, { timestamp: FIXED_NOW }))

/** Renders under StrictMode, and counts the store's `codes` calls. */
async function renderLive(node: ReactNode) {
  const clock = manualClock()
  const base = await createTestStore([TRF4], { now: () => clock.now() })
  const calls = { codes: 0 }
  const store = withOverrides(base, {
    codes: (query) => {
      calls.codes++
      return base.codes(query)
    },
  })
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  render(
    <StrictMode>
      <A2FProvider store={store} clock={clock} queryClient={queryClient}>
        {node}
      </A2FProvider>
    </StrictMode>,
  )
  return calls
}

describe('live codes under StrictMode', () => {
  it('the countdown of a stored credential shows its code, asking the store once', async () => {
    const calls = await renderLive(<CodeCountdown credentialId="trf4" />)
    await waitFor(() => expect(document.querySelector('.a2f-countdown-digits')?.textContent).toBe(code))
    expect(screen.queryByText('Carregando código…')).toBeNull()
    // Subscribed, unsubscribed and subscribed again in one commit: still one fetch.
    expect(calls.codes).toBe(1)
  })

  it('the grid shows the code in its Código column', async () => {
    await renderLive(<CredentialGrid />)
    await waitFor(() =>
      expect(cell(rowOf('RS054321', 'TRF4'), 'code').querySelector('.a2f-grid-code-value')?.textContent).toBe(
        code,
      ),
    )
    expect(screen.queryByText('Gerando código…')).toBeNull()
  })
})

describe('the code book', () => {
  it('fetches again for a subscriber that comes back after dispose (StrictMode’s second mount)', async () => {
    const clock = manualClock()
    const store = await createTestStore([TRF4], { now: () => clock.now() })
    const book = createCodeBook(store, clock)
    const first = book.subscribe('trf4', () => {})
    first()
    book.dispose()
    let notified = 0
    const stop = book.subscribe('trf4', () => notified++)
    await waitFor(() => expect(book.get('trf4').code?.code).toBe(code.replace(' ', '')))
    expect(notified).toBeGreaterThan(0)
    stop()
  })

  it('asks once for a code whose answer is slow, through ticks and a subscriber that comes back', async () => {
    const clock = manualClock()
    const base = await createTestStore([TRF4], { now: () => clock.now() })
    let release!: () => void
    const gate = new Promise<void>((resolve) => (release = resolve))
    let calls = 0
    const store = withOverrides(base, {
      codes: async (query) => {
        calls++
        await gate
        return base.codes(query)
      },
    })
    const book = createCodeBook(store, clock)
    book.subscribe('trf4', () => {})()
    const stop = book.subscribe('trf4', () => {})
    await Promise.resolve() // the batched fetch starts
    book.subscribe('trf4', () => {})() // another row showing the same credential comes and goes
    for (let second = 0; second < 3; second++) clock.advance(1000) // ticks while the store is answering
    release()
    await waitFor(() =>
      expect(book.get('trf4').code?.code).toBe(totp(EPROC_EXAMPLE_KEY, { timestamp: FIXED_NOW })),
    )
    expect(calls).toBe(1)
    stop()
  })
})
