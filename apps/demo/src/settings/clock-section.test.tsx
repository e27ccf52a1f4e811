/**
 * The clock check's wiring: a server 5 s ahead is measured from its Date header, the correction is
 * applied to the provider's clock (every code of the page follows it) and removed again.
 */
import { createClock } from '@a2f/core'
import { A2FProvider } from '@a2f/react'
import { createCredentialStore, createMasterKeyring, createMemoryAdapter } from '@a2f/storage'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ClockSection } from './clock-section.js'

afterEach(() => {
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

describe('clock section', () => {
  it('measures a server 5 s ahead, applies the correction to the codes and removes it', async () => {
    // Time stands still on a whole second (only Date is faked; timers run): the Date header, which has
    // whole seconds, then says exactly 5 s ahead, however slow the machine is.
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-11-21T15:00:00.000Z'))
    const requested: string[] = []
    vi.stubGlobal('fetch', async (url: string) => {
      requested.push(url)
      return new Response('{}', { headers: { date: new Date(Date.now() + 5_000).toUTCString() } })
    })
    const keys = await createMasterKeyring({ keys: { teste: new Uint8Array(32).fill(2) }, current: 'teste' })
    const store = createCredentialStore({ adapter: createMemoryAdapter(), keys, actor: 'teste' })
    const clock = createClock()
    const user = userEvent.setup()
    render(
      <A2FProvider store={store} clock={clock}>
        <ClockSection defaultUrl="http://127.0.0.1:5180/api/hora" />
      </A2FProvider>,
    )
    expect(screen.getByTestId('clock-applied').textContent).toBe('Correção em uso nos códigos: nenhuma.')
    await user.click(screen.getByRole('button', { name: 'Conferir o relógio' }))
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toMatch(/atrasado em relação ao servidor/),
    )
    expect(requested).toEqual(['http://127.0.0.1:5180/api/hora'])
    expect(screen.getByTestId('clock-offset').textContent).toBe('+5,0 s')

    await user.click(screen.getByRole('button', { name: 'Aplicar a correção aos códigos' }))
    expect(clock.offsetMs).toBe(5_000)
    expect(screen.getByTestId('clock-applied').textContent).toBe('Correção em uso nos códigos: +5,0 s.')
    expect(screen.queryByRole('button', { name: 'Aplicar a correção aos códigos' })).toBeNull()

    await user.click(screen.getByRole('button', { name: 'Remover a correção' }))
    expect(clock.offsetMs).toBe(0)
    expect(screen.getByTestId('clock-applied').textContent).toBe('Correção em uso nos códigos: nenhuma.')
  })
})
