/** See postgres-binaries.mjs. */
export const REGISTRY_POSTGRES_PACKAGE: string

export class PostgresNotFoundError extends Error {
  readonly code: 'POSTGRES_UNAVAILABLE'
}

export function findPostgres(env?: Readonly<Record<string, string | undefined>>): {
  /** The directory holding initdb, pg_ctl and postgres. */
  bin: string
  origin: 'system' | 'registry'
  /** The platform package, for the registry's. */
  package?: string
}
