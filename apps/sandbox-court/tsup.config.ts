import { defineConfig } from 'tsup'

// Three entries: the library (startSandboxCourt), the court's registry entry (browser-safe data) and
// the command line that runs the court.
export default defineConfig({
  entry: ['src/index.ts', 'src/court-system.ts', 'src/cli.ts'],
  format: ['esm'],
  dts: { entry: ['src/index.ts', 'src/court-system.ts'] },
  sourcemap: true,
  clean: true,
  target: 'node20',
  platform: 'node',
})
