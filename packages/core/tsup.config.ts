import { defineConfig } from 'tsup'

export default defineConfig({
  entry: ['src/index.ts', 'src/sha1.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  // Keep the output readable and tree-shakeable; consumers minify.
  treeshake: true,
  target: 'es2022',
  platform: 'neutral',
})
