import { defineConfig } from 'vitest/config'

/**
 * Node tests. The load test starts a throwaway PostgreSQL (scripts/postgres-server.mjs), a sandbox
 * court and 8 robot processes (dist/robot-process.js, built by turbo before the tests), 2 of them with
 * Chromium (scripts/system-chromium.mjs): a missing piece fails, saying what to install; never skipped.
 */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    // The load run lasts about 40 s, plus start-up of PostgreSQL, 2 browsers and 8 processes on 2 cores.
    testTimeout: 180_000,
    hookTimeout: 60_000,
  },
})
