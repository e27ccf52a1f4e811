/**
 * The example's one browser test, in the system Chromium (never `playwright install`): tests/page.spec.ts
 * starts `next start` on 127.0.0.1 at a free port over the production build (`next build` first: turbo's
 * `test` depends on `build`), opens the page and stops the server by its pid.
 */
import { defineConfig } from '@playwright/test'
import { resolveChromium } from '../../scripts/system-chromium.mjs'

export default defineConfig({
  testDir: 'tests',
  outputDir: 'test-results',
  workers: 1,
  retries: 0,
  reporter: 'list',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  use: {
    locale: 'pt-BR',
    timezoneId: 'America/Sao_Paulo',
    trace: 'retain-on-failure',
    launchOptions: await resolveChromium('the Next.js example test (apps/next-example)').then(
      ({ executablePath, args, env }) => ({ executablePath, args, env }),
    ),
  },
})
