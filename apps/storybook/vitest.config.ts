import { storybookTest } from '@storybook/addon-vitest/vitest-plugin'
import { playwright } from '@vitest/browser-playwright'
import { defineConfig } from 'vitest/config'
import { chromiumProvider } from '../../scripts/system-chromium.mjs'
import { aliases } from './.storybook/main.js'

/**
 * Every story is a test: it renders in a real headless Chromium (scripts/system-chromium.mjs), its `play` function
 * runs, and axe checks it (addon-a11y, `a11y.test: 'error'`). Run by the README's test command.
 */
export default defineConfig({
  resolve: { alias: aliases },
  test: {
    projects: [
      {
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: {
          name: 'storybook',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          browser: {
            enabled: true,
            headless: true,
            provider: chromiumProvider(playwright, 'the Storybook story tests'),
            screenshotFailures: false,
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
})
