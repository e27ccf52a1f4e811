import { defineConfig } from 'vitest/config'

/**
 * Node tests. The load test starts a throwaway PostgreSQL (scripts/postgres-server.mjs), 2 storage
 * servers and 2 client drivers (dist/server-process.js and dist/driver-process.js, built by turbo before
 * the tests): a missing piece fails, saying what to install; never skipped.
 */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    // The bounded run lasts 8 to 10 s, plus the start of PostgreSQL and 4 processes on 2 busy cores.
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
})
