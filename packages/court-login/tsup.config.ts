import { defineConfig } from 'tsup'

/**
 * ESM and CJS with their types. playwright-core (a peer) and @a2f/core stay external: the host's
 * Playwright drives the browser, and the host's core computes the codes.
 */
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  target: 'es2022',
  platform: 'node',
  external: ['@a2f/core', 'playwright-core'],
})
