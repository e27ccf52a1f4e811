import { defineConfig } from 'vitest/config'

/**
 * Node tests. The login tests drive the real sandbox court (@a2f/sandbox-court, built by turbo before
 * them) in the system Chromium (scripts/system-chromium.mjs): a missing piece fails, it never skips.
 */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    // One Chromium at a time: each browser file starts its own, and CI has 2 cores.
    fileParallelism: false,
    // A browser on a 2-core CI machine next to other packages' tests.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
