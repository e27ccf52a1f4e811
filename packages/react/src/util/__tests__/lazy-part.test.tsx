/**
 * `lazyPart`: the fallback until the chunk arrives, the part at once on later mounts (no Suspense
 * round), the server's render is the fallback, and a failed import is tried again by the next mount.
 */
import { act, screen } from '@testing-library/react'
import { renderToString } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'
import { renderStrict } from '../../test-support/render.js'
import { lazyPart } from '../lazy-part.js'

function Greeting({ name }: { name: string }) {
  return <p>Olá, {name}</p>
}

function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((yes, no) => {
    resolve = yes
    reject = no
  })
  return { promise, resolve, reject }
}

describe('lazyPart', () => {
  it('renders the fallback until the chunk arrives, then the part with its props', async () => {
    const chunk = deferred<typeof Greeting>()
    const load = vi.fn(() => chunk.promise)
    const part = lazyPart(load)
    renderStrict(<part.Part name="Ana" fallback={<p role="status">Carregando…</p>} />)
    expect(screen.getByRole('status').textContent).toBe('Carregando…')
    await act(async () => chunk.resolve(Greeting))
    expect(screen.getByText('Olá, Ana')).toBeTruthy()
    expect(screen.queryByRole('status')).toBeNull()
    // StrictMode mounts twice: still one request for the chunk.
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('renders synchronously once preloaded, with no fallback frame', async () => {
    const part = lazyPart(() => Promise.resolve(Greeting))
    await part.preload()
    renderStrict(<part.Part name="Bruno" fallback={<p role="status">Carregando…</p>} />)
    expect(screen.getByText('Olá, Bruno')).toBeTruthy()
  })

  it('renders the fallback on the server', () => {
    const part = lazyPart(() => Promise.resolve(Greeting))
    const html = renderToString(<part.Part name="Caio" fallback={<p>Carregando…</p>} />)
    expect(html).toBe('<p>Carregando…</p>')
  })

  it('asks again after a failed import, on the next mount', async () => {
    const first = deferred<typeof Greeting>()
    const load = vi
      .fn<() => Promise<typeof Greeting>>()
      .mockReturnValueOnce(first.promise)
      .mockResolvedValue(Greeting)
    const part = lazyPart(load)
    const view = renderStrict(<part.Part name="Dora" fallback={<p role="status">Carregando…</p>} />)
    await act(async () => first.reject(new Error('chunk failed')))
    expect(screen.getByRole('status')).toBeTruthy()
    view.unmount()
    renderStrict(<part.Part name="Dora" fallback={<p role="status">Carregando…</p>} />)
    expect(await screen.findByText('Olá, Dora')).toBeTruthy()
    expect(load).toHaveBeenCalledTimes(2)
  })
})
