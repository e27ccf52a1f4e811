import { defineConfig } from 'tsup'

/**
 * Three entries: the orchestrator (what the bench and the test call), and the two kinds of process it
 * spawns: a storage server and a client driver. Dependencies stay external; so do the monorepo's
 * scripts/*.mjs (PostgreSQL set-up), imported only from files at the top of src/, whose relative path is
 * the same from dist/.
 */
export default defineConfig({
  entry: ['src/index.ts', 'src/server-process.ts', 'src/driver-process.ts'],
  format: ['esm'],
  dts: { entry: 'src/index.ts' },
  sourcemap: true,
  clean: true,
  target: 'node20',
  platform: 'node',
  external: [/^@a2f\//, 'pg', /\/scripts\/[\w-]+\.mjs$/],
})
