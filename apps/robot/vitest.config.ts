import { defineConfig } from 'vitest/config'

/**
 * Node tests only. The login tests drive the real sandbox court (@a2f/sandbox-court, built by turbo
 * before them) in the system Chromium, and the PostgreSQL test starts a throwaway server (or uses
 * A2F_DATABASE_URL): neither is ever skipped, a missing piece fails saying what to install.
 */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    // Generous: scrypt at the default cost and a browser on a 2-core CI machine next to other packages.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
