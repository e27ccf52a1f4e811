import { playwright } from '@vitest/browser-playwright'
import { defineConfig } from 'vitest/config'
import { chromiumProvider } from '../../scripts/system-chromium.mjs'

/**
 * Three projects, all run by `vitest run` (the package's `test` script):
 *
 * - node: every `*.test.ts` except browser and PostgreSQL tests (fake-indexeddb, PGlite, HTTP, …).
 * - postgres: `postgres*.test.ts`, with the global setup that provides a PostgreSQL server.
 * - chromium: `*.browser.test.ts` in a real headless Chromium (Vitest browser mode over Playwright), so
 *   the IndexedDB adapter is also proven on a real IndexedDB and real BroadcastChannels.
 *
 * Chromium is CHROMIUM_PATH, else /usr/bin/chromium, else the one from the npm registry (`playwright install`
 * is not used): see scripts/system-chromium.mjs.
 */
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
            provider: chromiumProvider(
              playwright,
              'the chromium test project of @a2f/storage (`vitest run --project node` runs the Node tests alone)',
            ),
            headless: true,
            screenshotFailures: false,
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
})
