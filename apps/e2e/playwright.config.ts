/**
 * The whole journey in a real Chromium (the system one, never `playwright install`): the sandbox court
 * on 5180 and the demo's production build on 4173, both started by global-setup.ts on 127.0.0.1 and
 * stopped at the end. One worker, in order: the journeys share a court and build on each other.
 * Two projects: `build`, every journey on the production build; `dev`, one journey on the demo's Vite dev
 * server (what `corepack pnpm dev` serves, StrictMode and all; tests/dev-server.spec.ts starts it on 5183).
 *
 * The builds (apps/demo/dist, apps/sandbox-court/dist, apps/robot/dist) come first: `turbo run test`
 * builds them; by hand, see README.md.
 */
import { defineConfig } from '@playwright/test'
import { resolveChromium } from '../../scripts/system-chromium.mjs'
import { checkBuilds } from './check-builds.js'

checkBuilds()

export default defineConfig({
  testDir: 'tests',
  outputDir: 'test-results',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  reporter: 'list',
  // A journey waits for a TOTP window now and then (at most 30 s), and the robot may wait for one too.
  timeout: 150_000,
  expect: { timeout: 10_000 },
  globalSetup: './global-setup.ts',
  use: {
    locale: 'pt-BR',
    timezoneId: 'America/Sao_Paulo',
    viewport: { width: 1280, height: 900 },
    trace: 'retain-on-failure',
    // CHROMIUM_PATH, /usr/bin/chromium or the npm registry's (unpacked at first use); one line says what
    // to install when there is none.
    launchOptions: await resolveChromium('the end-to-end tests (apps/e2e)').then(
      ({ executablePath, args, env }) => ({ executablePath, args, env }),
    ),
  },
  projects: [
    { name: 'build', testIgnore: 'dev-server.spec.ts' },
    { name: 'dev', testMatch: 'dev-server.spec.ts' },
  ],
})
