import { defineConfig } from 'vitest/config'

/** Runs the SQL adapters' tests with the PostgreSQL server of the global setup (used while developing). */
export default defineConfig({
  test: {
    include: ['src/__tests__/pglite*.test.ts', 'src/__tests__/postgres*.test.ts'],
    environment: 'node',
    globalSetup: ['src/__tests__/postgres/global-setup.ts'],
  },
})
