import { defineConfig } from 'tsup'

export default defineConfig({
  entry: ['src/index.ts', 'src/locales/en.ts', 'src/locales/es.ts', 'src/locales/pt-br.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  target: 'es2022',
  platform: 'neutral',
  // The QR decoder (zxing-wasm and its .wasm) stays an import the host bundler resolves, and it is only
  // reached through a dynamic import, so nothing of it lands in the entry or loads before it is needed.
  external: ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query', 'zxing-wasm'],
})
