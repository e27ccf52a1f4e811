/**
 * Bundled by run.mjs (React production build) and run in headless Chromium: renders a grid of N live
 * codes and lets the runner watch it tick. Two subjects:
 *
 * - `a2f`: <CredentialGrid> on a memory store (virtualized; one shared ticker; rows render when their
 *   code changes);
 * - `naive`: the hand-rolled pattern the issue warns about, with the same TOTP function — every row its
 *   own `setInterval` and its own state, re-rendering every second, all rows in the DOM.
 *
 * React commits are counted through the DevTools global hook (installed by the page before React loads),
 * which React calls on every commit, in production builds too.
 */
import { courtRegistry, createTotp, totpWindow } from '@a2f/core'
import { A2FProvider, CredentialGrid } from '../src/index.js'
import { QueryClient } from '@tanstack/react-query'
import { memo, useEffect, useMemo, useState } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { createTestStore, manyCredentials } from '../src/test-support/fixtures.js'

declare global {
  interface Window {
    __A2F_COMMITS__: number
    setupGrid(options: { count: number; subject: 'a2f' | 'naive' }): Promise<void>
    renderGrid(): Promise<{ firstRenderMs: number; rowsInDom: number }>
  }
}

const eprocIds = courtRegistry
  .all()
  .filter((system) => system.system === 'eproc')
  .map((system) => system.id)

let root: Root | undefined
let element: React.ReactElement | undefined

window.setupGrid = async ({ count, subject }) => {
  const inputs = manyCredentials(count, eprocIds)
  if (subject === 'a2f') {
    const store = await createTestStore(inputs)
    const queryClient = new QueryClient()
    element = (
      <A2FProvider store={store} queryClient={queryClient}>
        <CredentialGrid height={800} />
      </A2FProvider>
    )
  } else {
    const keys = inputs.map((input) => ({
      id: input.account,
      issuer: input.issuer,
      account: input.account,
      secret: input.secret as string,
    }))
    element = <NaiveGrid rows={keys} />
  }
}

window.renderGrid = async () => {
  const container = document.getElementById('root')!
  const started = performance.now()
  root = createRoot(container)
  root.render(element!)
  // Rendered = a live code (3+3 digits) is on screen.
  await new Promise<void>((resolve) => {
    const check = () =>
      /\d{3} \d{3}/.test(container.textContent ?? '') ? resolve() : requestAnimationFrame(check)
    check()
  })
  const firstRenderMs = performance.now() - started
  const rowsInDom = container.querySelectorAll('[role="row"], tr').length
  return { firstRenderMs, rowsInDom }
}

interface NaiveRow {
  id: string
  issuer: string
  account: string
  secret: string
}

function NaiveGrid({ rows }: { rows: NaiveRow[] }) {
  return (
    <table>
      <tbody>
        {rows.map((row) => (
          <NaiveRowView key={row.id} row={row} />
        ))}
      </tbody>
    </table>
  )
}

const NaiveRowView = memo(function NaiveRowView({ row }: { row: NaiveRow }) {
  const generator = useMemo(() => createTotp(row.secret), [row.secret])
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [])
  const code = generator.at(now)
  const seconds = Math.ceil(totpWindow({ timestamp: now }).remainingMs / 1000)
  return (
    <tr>
      <td>{row.issuer}</td>
      <td>{row.account}</td>
      <td>{`${code.slice(0, 3)} ${code.slice(3)}`}</td>
      <td>{seconds}s</td>
    </tr>
  )
})
