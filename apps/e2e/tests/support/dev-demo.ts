/**
 * The demo as `corepack pnpm dev` serves it: Vite's dev server with apps/demo's own vite.config.ts
 * (React's development build, so `<StrictMode>` in main.tsx really mounts, cleans up and mounts again),
 * on its own port, talking to the sandbox court that global-setup.ts started on 5180 — the port
 * `pnpm dev` gives the court too. Started by the dev journey's worker and stopped after it, so it cannot
 * outlive the run.
 *
 * NODE_ENV is set to 'development' while it runs: global-setup.ts's `vite preview` sets it to
 * 'production' in the runner, the workers inherit it, and Vite would then serve React's production build,
 * where StrictMode checks nothing and the journey would pass with the bug it exists to catch.
 *
 * @example
 * const demo = await startDevDemo()   // http://127.0.0.1:5183/
 * await page.goto(demo.url)
 * await demo.close()
 */
import { fileURLToPath } from 'node:url'
import { createServer } from 'vite'

/** Not Vite's 5173 (nor 5174, its next choice): a developer's own `pnpm dev` may be running. */
export const DEV_DEMO_PORT = 5183

export interface DevDemo {
  url: string
  close(): Promise<void>
}

export async function startDevDemo(): Promise<DevDemo> {
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'development'
  const restore = () => {
    if (nodeEnv === undefined) delete process.env.NODE_ENV
    else process.env.NODE_ENV = nodeEnv
  }
  const server = await createServer({
    root: fileURLToPath(new URL('../../../demo/', import.meta.url)),
    mode: 'development',
    // apps/demo/vite.config.ts is found in the root and used as `pnpm dev` uses it; only the port moves,
    // and the pre-bundled dependencies go to a cache of their own (a developer's `pnpm dev` keeps its).
    server: { host: '127.0.0.1', port: DEV_DEMO_PORT, strictPort: true },
    cacheDir: fileURLToPath(new URL('../../node_modules/.vite-dev-demo/', import.meta.url)),
    logLevel: 'warn',
    clearScreen: false,
  })
  try {
    await server.listen()
  } catch (error) {
    await server.close()
    restore()
    const text = String((error as { message?: unknown }).message ?? error)
    if (/EADDRINUSE|already in use/i.test(text))
      throw new Error(
        `Port ${DEV_DEMO_PORT} on 127.0.0.1 is taken, and the dev-server journey needs it for the demo's ` +
          'Vite dev server. Stop whatever listens there and run the tests again.',
      )
    throw error
  }
  return {
    url: `http://127.0.0.1:${DEV_DEMO_PORT}/`,
    close: async () => {
      await server.close()
      restore()
    },
  }
}
