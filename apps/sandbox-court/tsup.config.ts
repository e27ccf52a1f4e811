import { defineConfig } from 'tsup'

// Two entries: the library (startSandboxCourt, with types) and the command line that runs it.
export default defineConfig({
  entry: ['src/index.ts', 'src/cli.ts'],
  format: ['esm'],
  dts: { entry: 'src/index.ts' },
  sourcemap: true,
  clean: true,
  target: 'node20',
  platform: 'node',
})
