import { defineConfig } from 'tsup'

/**
 * Two entries: the library (login function, store opening, Chromium launch) with its types, and the
 * command line. Dependencies stay external (installed next to the app); the shared Chromium settings of
 * the monorepo (scripts/system-chromium.mjs) are bundled in.
 */
export default defineConfig({
  entry: ['src/index.ts', 'src/cli.ts'],
  format: ['esm'],
  dts: { entry: 'src/index.ts' },
  sourcemap: true,
  clean: true,
  target: 'node20',
  platform: 'node',
  external: ['@a2f/core', '@a2f/storage', '@electric-sql/pglite', 'pg', 'playwright-core'],
})
