/**
 * A PostgreSQL database of the test's own: on A2F_DATABASE_URL's server when set (its role must be
 * allowed to CREATE DATABASE; the robot's tables never land in that database itself), else on a
 * throwaway server started by the repository's scripts/postgres-server.mjs — which fails, saying what to
 * install, when PostgreSQL is missing. Never skipped.
 */
import pg from 'pg'
import { startPostgres } from '../../../../../scripts/postgres-server.mjs'

export interface TestDatabase {
  url: string
  /** Runs one query on the database (to look at what the robot stored). */
  query<R>(sql: string): Promise<R[]>
  dispose(): Promise<void>
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const fromEnvironment = process.env.A2F_DATABASE_URL
  const server =
    fromEnvironment !== undefined && fromEnvironment !== ''
      ? { url: fromEnvironment, stop: async () => undefined }
      : await startPostgres()
  const name = `a2f_robot_${process.pid}_${Math.random().toString(36).slice(2, 10)}`
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: server.url })
    await client.connect()
    try {
      await client.query(sql)
    } finally {
      await client.end()
    }
  }
  try {
    await admin(`create database ${name}`)
  } catch (error) {
    await server.stop()
    throw error
  }
  const url = new URL(server.url)
  url.pathname = `/${name}`
  return {
    url: url.href,
    async query<R>(sql: string) {
      const client = new pg.Client({ connectionString: url.href })
      await client.connect()
      try {
        return (await client.query(sql)).rows as R[]
      } finally {
        await client.end()
      }
    },
    async dispose() {
      try {
        await admin(`drop database if exists ${name} with (force)`)
      } finally {
        await server.stop()
      }
    },
  }
}
