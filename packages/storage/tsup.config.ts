import { defineConfig } from 'tsup'

export default defineConfig({
  entry: ['src/index.ts', 'src/indexeddb.ts', 'src/postgres.ts', 'src/pglite.ts', 'src/http.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  target: 'es2022',
  platform: 'neutral',
})
