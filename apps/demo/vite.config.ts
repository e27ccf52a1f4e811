import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [react()],
  // Loopback only: the sample app holds authenticator keys.
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  // One bundle of React, the widgets, the court registry and the storage's crypto (~165 kB gzip); the QR
  // reader (zxing-wasm) is split off and loaded on the first image.
  build: { chunkSizeWarningLimit: 600 },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.tsx', 'src/**/*.test.ts'],
    setupFiles: ['src/test/setup.ts'],
    // Real scrypt derivations (cheap parameters) and IndexedDB transactions: slower than pure UI tests.
    testTimeout: 20_000,
  },
})
