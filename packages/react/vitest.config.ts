import { defineConfig } from 'vitest/config'

/**
 * Unit tests of hooks and widgets: React Testing Library on jsdom, time driven by hand (manualClock) or
 * by Vitest's fake timers, axe on every widget. Real-browser checks of the same widgets are the Storybook
 * story tests (apps/storybook), which run in Chromium.
 */
export default defineConfig({
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    setupFiles: ['src/test-support/setup.ts'],
    // Generous: a 2-core CI machine runs every package's tests at once.
    testTimeout: 90_000,
  },
})
