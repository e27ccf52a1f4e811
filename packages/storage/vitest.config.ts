import { accessSync, constants } from 'node:fs'
import { playwright } from '@vitest/browser-playwright'
import { defineConfig } from 'vitest/config'

/**
 * Three projects, all run by `vitest run` (the package's `test` script):
 *
 * - node: every `*.test.ts` except browser and PostgreSQL tests (fake-indexeddb, PGlite, HTTP, …).
 * - postgres: `postgres*.test.ts`, with the global setup that provides a PostgreSQL server.
 * - chromium: `*.browser.test.ts` in a real headless Chromium (Vitest browser mode over Playwright), so
 *   the IndexedDB adapter is also proven on a real IndexedDB and real BroadcastChannels.
 *
 * Chromium is the system one (`playwright install` is not used): `CHROMIUM_PATH`, else /usr/bin/chromium.
 */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

const chromiumArgs = [
  '--headless',
  '--no-sandbox', // CI containers run as root, where Chromium's sandbox cannot start
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** Fails the run, saying what is missing, when the Chromium to launch is not there. Never skips. */
function checkChromium(): void {
  try {
    accessSync(chromiumPath, constants.X_OK)
  } catch {
    throw new Error(
      `Chromium not found at ${chromiumPath} (or not executable): apt-get install -y chromium, ` +
        'or set CHROMIUM_PATH to a Chromium or Chrome executable. The chromium test project needs it; ' +
        'run `vitest run --project node` to run the Node tests alone.',
    )
  }
}

/**
 * Playwright's provider, checking the executable when the chromium project starts its browser, not when
 * this file loads: `vitest run --project node` must not need Chromium.
 */
function systemChromium() {
  const provider = playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } })
  return {
    ...provider,
    providerFactory(project: Parameters<typeof provider.providerFactory>[0]) {
      checkChromium()
      return provider.providerFactory(project)
    },
  }
}

export default defineConfig({
  test: {
    // Timeouts are generous: a 2-core CI machine runs both projects at once.
    projects: [
      {
        test: {
          name: 'node',
          include: ['src/**/*.test.ts'],
          exclude: ['src/**/*.browser.test.ts', 'src/**/postgres*.test.ts', '**/node_modules/**'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'postgres',
          include: ['src/**/postgres*.test.ts'],
          environment: 'node',
          // Starts a throwaway PostgreSQL server (or uses DATABASE_URL); only when this project has tests
          // to run, so the other projects do not need PostgreSQL.
          globalSetup: ['src/__tests__/postgres/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'chromium',
          include: ['src/**/*.browser.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
          browser: {
            enabled: true,
            provider: systemChromium(),
            headless: true,
            screenshotFailures: false,
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
})
