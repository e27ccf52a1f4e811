import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    // The differential and property suites compute tens of thousands of codes; on a 2-core CI machine
    // running the other packages' tests at the same time they take several times longer than alone.
    testTimeout: 60_000,
  },
})
