/**
 * Before any test (playwright.config.ts has already found the Chromium to launch), the two servers
 * start, in this process:
 * the sandbox court on 5180 and the demo's production build (vite preview) on 4173, on 127.0.0.1. The
 * returned function stops them. Started here rather than as Playwright `webServer` commands, they cannot
 * outlive the run: an interrupted run (Ctrl+C, turbo stopping at another task's failure) takes them down.
 */
import { startSandboxCourt } from '@a2f/sandbox-court'
import { fileURLToPath } from 'node:url'
import { preview } from 'vite'
import { COURT_PORT, DEMO_PORT } from './tests/support/addresses.js'

export default async function globalSetup(): Promise<() => Promise<void>> {
  const court = await listening('the sandbox court', COURT_PORT, () =>
    startSandboxCourt({ port: COURT_PORT }),
  )
  const demo = await listening('the demo', DEMO_PORT, () =>
    preview({
      root: fileURLToPath(new URL('../demo/', import.meta.url)),
      configFile: false,
      logLevel: 'warn',
      preview: { host: '127.0.0.1', port: DEMO_PORT, strictPort: true },
    }),
  ).catch(async (error: unknown) => {
    await court.close()
    throw error
  })
  return async () => {
    await demo.close()
    await court.close()
  }
}

/** Starts a server; a port already taken is named, with the usual culprit. */
async function listening<T>(what: string, port: number, start: () => Promise<T>): Promise<T> {
  try {
    return await start()
  } catch (error) {
    const text = String((error as { message?: unknown }).message ?? error)
    if (/EADDRINUSE|already in use|em uso/i.test(text))
      throw new Error(
        `Port ${port} on 127.0.0.1 is taken, and the end-to-end tests need it for ${what}. ` +
          'Is `pnpm dev` (the demo and the sandbox court) still running? Stop it and run the tests again.',
      )
    throw error
  }
}
