import type { TestProject } from 'vitest/node'
import { startPostgres } from '../../../../../scripts/postgres-server.mjs'

/**
 * Vitest global setup: a real PostgreSQL server for the tests, started for the run and stopped after it.
 *
 * - `DATABASE_URL` set: that server is used (its role must be allowed to CREATE DATABASE: each test file
 *   gets its own database).
 * - Otherwise a throwaway server is started on 127.0.0.1 by scripts/postgres-server.mjs (shared with the
 *   benchmarks); without PostgreSQL installed the run fails, saying what to install. Never skipped.
 *
 * Tests read the URL with `inject('postgresUrl')`.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const fromEnvironment = process.env.DATABASE_URL
  if (fromEnvironment !== undefined && fromEnvironment !== '') {
    project.provide('postgresUrl', fromEnvironment)
    return async () => undefined
  }
  const server = await startPostgres()
  project.provide('postgresUrl', server.url)
  return server.stop
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** A superuser URL of the test server's maintenance database. */
    postgresUrl: string
  }
}
