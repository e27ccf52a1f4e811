import { defineConfig } from 'tsup'

// tsup builds the CJS files (one per entry) and the type declarations; the ESM build is then rewritten
// as one file per source module by ../../scripts/esm-modules.mjs (see there why), which also writes
// dist/courts.js for the `./courts` entry.
export default defineConfig({
  // `courts` and `courts/provenance` are the registry's two halves (see src/courts/compact-registry.ts).
  entry: {
    index: 'src/index.ts',
    sha1: 'src/sha1.ts',
    courts: 'src/courts/compact-registry.ts',
    'courts/provenance': 'src/courts/provenance.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  // Keep the output readable and tree-shakeable; consumers minify.
  treeshake: true,
  target: 'es2022',
  platform: 'neutral',
})
