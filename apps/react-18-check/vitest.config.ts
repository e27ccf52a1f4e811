import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

/**
 * @a2f/react's own unit tests, run again on React 18. The package's sources and tests are compiled here,
 * and `resolve.dedupe` makes every import of React (and of the libraries that bring their own React
 * instance: React Query, Testing Library) resolve from this app, which depends on React
 * 18 — so the widgets run on React 18 exactly as a React 18 host would run them.
 */
const reactPackage = fileURLToPath(new URL('../../packages/react/', import.meta.url))

export default defineConfig({
  resolve: {
    dedupe: [
      'react',
      'react-dom',
      '@tanstack/react-query',
      '@testing-library/react',
      '@testing-library/dom',
      '@testing-library/user-event',
    ],
  },
  test: {
    name: 'react-18',
    environment: 'jsdom',
    dir: reactPackage,
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    setupFiles: [`${reactPackage}src/test-support/setup.ts`, './check-react-version.ts'],
    testTimeout: 90_000,
  },
})
