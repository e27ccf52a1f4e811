import { defineConfig } from 'tsup'

/**
 * Two entries: the orchestrator (what the bench and the test call) and the robot process it spawns.
 * Dependencies stay external; so do the monorepo's scripts/*.mjs (PostgreSQL and Chromium set-up),
 * imported only from files at the top of src/, whose relative path is the same from dist/.
 */
export default defineConfig({
  entry: ['src/index.ts', 'src/robot-process.ts'],
  format: ['esm'],
  dts: { entry: 'src/index.ts' },
  sourcemap: true,
  clean: true,
  target: 'node20',
  platform: 'node',
  external: [/^@a2f\//, 'pg', 'playwright-core', /\/scripts\/[\w-]+\.mjs$/],
})
