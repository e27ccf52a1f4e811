import { totp } from '@a2f/core'
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { App } from './app.js'

const KEY = 'MMZD IMRU GZRG CNRQ GA2G MMRW MVQW IZBW'
const NOW = 1_750_000_012_000 // 8 s left in the step

const paste = (text: string) =>
  fireEvent.change(screen.getByLabelText('Chave de autenticação'), { target: { value: text } })
const grouped = (code: string) => `${code.slice(0, 3)} ${code.slice(3)}`

describe('sample app', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    vi.setSystemTime(NOW)
  })
  afterEach(() => {
    cleanup()
    vi.useRealTimers()
  })

  it('shows the live code and the seconds left for a pasted court key', () => {
    render(<App />)
    paste(KEY)
    expect(screen.getByText('Chave válida (160 bits).')).toBeTruthy()
    expect(screen.getByText(grouped(totp(KEY, { timestamp: NOW })))).toBeTruthy()
    expect(screen.getByRole('timer').getAttribute('aria-label')).toBe('Válido por 8 segundos')
  })

  it('ticks to the next code at the step boundary and previews it when 5 s remain', () => {
    render(<App />)
    paste(KEY)
    act(() => vi.advanceTimersByTime(3_000))
    expect(screen.getByText(/Próximo código/).textContent).toContain(
      grouped(totp(KEY, { timestamp: NOW + 30_000 })),
    )
    act(() => vi.advanceTimersByTime(5_000))
    expect(screen.getByText(grouped(totp(KEY, { timestamp: NOW + 8_000 })))).toBeTruthy()
    expect(screen.getByRole('timer').getAttribute('aria-label')).toBe('Válido por 30 segundos')
  })

  it('points at a mistyped character, in Portuguese', () => {
    render(<App />)
    paste('MMZD IMRU GZRG CNRQ GA2G MMRW MVQW IZB0')
    expect(screen.getByRole('status').textContent).toContain(
      'O caractere “0” (posição 39) não existe em chaves',
    )
    expect(screen.getByRole('status').textContent).toContain('Talvez seja “O”?')
    fireEvent.click(screen.getByRole('button', { name: 'Mostrar o caractere' }))
    const field = screen.getByLabelText<HTMLTextAreaElement>('Chave de autenticação')
    expect([field.selectionStart, field.selectionEnd]).toEqual([38, 39])
    expect(screen.queryByRole('timer')).toBeNull()
  })

  it('says when the key is incomplete', () => {
    render(<App />)
    paste('MMZD IMRU GZRG')
    expect(screen.getByRole('status').textContent).toBe(
      'A chave está incompleta: o tribunal mostra 32 caracteres, em grupos de 4.',
    )
  })
})
