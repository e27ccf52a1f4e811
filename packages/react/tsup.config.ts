import { defineConfig } from 'tsup'

export default defineConfig({
  entry: [
    'src/index.ts',
    'src/headless/index.ts',
    'src/locales/en.ts',
    'src/locales/es.ts',
    'src/locales/pt-br.ts',
  ],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  // Split the CJS build too (ESM splits by default): a dynamic import stays a lazy `import()` of its own
  // chunk instead of being inlined, so `require('@a2f/react')` never loads zxing-wasm or other lazy parts.
  splitting: true,
  target: 'es2022',
  platform: 'neutral',
  // The QR decoder (zxing-wasm and its .wasm) stays an import the host bundler resolves, and it is only
  // reached through a dynamic import, so nothing of it lands in the entry or loads before it is needed.
  external: ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query', 'zxing-wasm'],
  // CJS has no `import.meta.url`; left alone, the bundler stands in `require('url')` for it, which a browser
  // bundle of the CJS build cannot resolve. There it is undefined, and the QR reader asks for `wasmUrl`.
  esbuildOptions(options, { format }) {
    if (format === 'cjs') options.define = { ...options.define, 'import.meta.url': 'undefined' }
  },
})
