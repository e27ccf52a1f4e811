import { defineConfig, type Options } from 'tsup'

const shared: Options = {
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  // Keep the output readable and tree-shakeable; consumers minify.
  treeshake: true,
  target: 'es2022',
  platform: 'neutral',
}

export default defineConfig([
  {
    ...shared,
    entry: { index: 'src/index.ts', sha1: 'src/sha1.ts' },
    clean: true,
  },
  {
    // `courts` and `courts/provenance` are the registry's two halves (see src/courts/compact-registry.ts),
    // built on their own, without chunks shared with the main entry: a page that imports a clock from
    // `@a2f/core` and the compact registry lazily (as @a2f/react does) would otherwise get the registry's
    // search code in a chunk that esbuild's code splitting loads up front (it splits by file, and the
    // shared file holds code only the lazy half uses). The cost is one copy of that code in a page that
    // uses both `courtRegistry` and the compact one. Errors are still recognized by `isA2FError` (by
    // name and code, as across CJS and ESM copies).
    ...shared,
    entry: { courts: 'src/courts/compact-registry.ts', 'courts/provenance': 'src/courts/provenance.ts' },
    splitting: false,
    clean: false,
  },
])
