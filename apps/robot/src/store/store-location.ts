/**
 * Where the robot keeps its credentials: PostgreSQL by URL, else PGlite (embedded PostgreSQL) in a
 * directory. Flags win over the environment, so one command can point elsewhere without unsetting it.
 *
 * ```ts
 * resolveStoreLocation({}, { A2F_DATABASE_URL: 'postgres://robot@db/a2f' }) // { kind: 'postgres', url }
 * resolveStoreLocation({ dataDir: '/var/lib/robot' }, {})                    // { kind: 'pglite', dataDir }
 * ```
 */
import { resolve } from 'node:path'
import { usageError } from '../cli/robot-error.js'

export type StoreLocation = { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string }

export type Environment = Readonly<Record<string, string | undefined>>

export const DEFAULT_DATA_DIR = './.a2f-robot'

export function resolveStoreLocation(
  flags: { database?: string | undefined; dataDir?: string | undefined },
  env: Environment,
  cwd: string = process.cwd(),
): StoreLocation {
  if (flags.database !== undefined && flags.dataDir !== undefined) {
    throw usageError('Use --database ou --data-dir, não os dois.')
  }
  if (flags.database !== undefined) return postgres(flags.database, '--database')
  if (flags.dataDir !== undefined) return pglite(flags.dataDir, '--data-dir', cwd)
  const url = nonEmpty(env.A2F_DATABASE_URL)
  if (url !== undefined) return postgres(url, 'A2F_DATABASE_URL')
  return pglite(nonEmpty(env.A2F_ROBOT_DATA_DIR) ?? DEFAULT_DATA_DIR, 'A2F_ROBOT_DATA_DIR', cwd)
}

function postgres(url: string, source: string): StoreLocation {
  // The URL may hold the database password: it is checked, never quoted back.
  if (!/^postgres(ql)?:\/\/./i.test(url.trim())) {
    throw usageError(`${source} deve ser uma URL do PostgreSQL (postgres://…).`)
  }
  return { kind: 'postgres', url: url.trim() }
}

function pglite(dataDir: string, source: string, cwd: string): StoreLocation {
  if (dataDir.trim() === '') throw usageError(`${source} não pode ser vazio.`)
  return { kind: 'pglite', dataDir: resolve(cwd, dataDir) }
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value
}
