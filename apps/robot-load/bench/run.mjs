/**
 * `pnpm bench` for @a2f/robot-load: the 2-minute load run (8 robot processes on one PostgreSQL, one
 * authenticator, the two systems of the sandbox group), then the raw claim rate (8 claimers, 3 s per
 * phase). Prints the table; writes its section of BENCHMARKS.md unless given --no-write. Exits 1 when
 * a code was submitted twice, a "já foi utilizado" came back, or a window went unused.
 */
import os from 'node:os'
import pg from 'pg'
import { writeBenchSection } from '../../../scripts/bench-section.mjs'
import { CLAIMERS, LOAD_PLAN, loadFigures, measureClaimRate, provision, runLoad } from '../dist/index.js'

const DURATION_MS = Number(process.env.A2F_LOAD_DURATION_MS ?? 120_000)
const CLAIM_SECONDS = 3
const write = !process.argv.includes('--no-write')

const s = (ms) => (Number.isNaN(ms) ? '—' : (ms / 1000).toFixed(1))
const ms = (value) =>
  Number.isNaN(value) ? '—' : value >= 100 ? Math.round(value).toLocaleString('en') : value.toFixed(1)
const list = (counts) =>
  Object.entries(counts)
    .map(([key, value]) => `${key} ${value}`)
    .join(', ') || '—'

const env = await provision({ throwaway: CLAIMERS + 1 })
let run, figures, rates, postgresVersion
try {
  const client = new pg.Client({ connectionString: env.access.postgresUrl })
  await client.connect()
  postgresVersion = (await client.query('show server_version')).rows[0].server_version
  await client.end()
  console.log(`Load run: ${LOAD_PLAN.length} robots, ${DURATION_MS / 1000} s…`)
  run = await runLoad(env, {
    durationMs: DURATION_MS,
    onRecord: (record) => {
      if (record.type === 'login')
        console.log(
          `  ${record.robot} → ${record.systemId}: ${record.result}, counter ${record.counter}, waited ${s(record.waitMs ?? 0)} s`,
        )
    },
  })
  figures = loadFigures(run)
  console.log(`Claim rate: ${CLAIMERS} claimers, ${CLAIM_SECONDS} s per phase…`)
  rates = await measureClaimRate(env, { seconds: CLAIM_SECONDS })
} finally {
  await env.stop()
}

const { verdict } = run
const passed =
  verdict.duplicates.length === 0 &&
  verdict.alreadyUsed === 0 &&
  verdict.missingWindows.length === 0 &&
  verdict.failures.length === 0 &&
  verdict.brokenRobots.length === 0 &&
  figures.logins.total > 0
const cpu = os.cpus()[0]?.model ?? 'unknown CPU'
const phaseLabel = {
  'postgres-one-key': 'PostgreSQL store, all 8 on one key (one claim row)',
  'postgres-own-keys': 'PostgreSQL store, a key each',
  'http-one-key': 'storage HTTP client → 1 server, all 8 on one key',
  'http-own-keys': 'storage HTTP client → 1 server, a key each',
}
const lines = [
  '## Robots sharing one authenticator (@a2f/robot-load)',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${cpu}, Node ${process.version}, PostgreSQL ${postgresVersion}, Chromium (${env.origins.chromium}).`,
  '',
  `8 robot processes on one PostgreSQL log the same authenticator (sandbox user RS012345, kept as two credentials with one key, one per system) into the two systems of the sandbox group \`sandbox\` (classic eproc form, eproc behind Keycloak) for ${DURATION_MS / 1000} s: 2 with \`loginToCourt\` in Chromium, 6 over plain HTTP (fetch and the court's forms); 4 claim through the PostgreSQL store directly, 4 through @a2f/storage's HTTP client and one storage server on the same database (apps/robot-load/src/load-plan.ts). Each robot loops: password, \`claimCode(id, { minRemainingMs: 5000 })\`, wait \`waitMs\`, submit the code, then 10 s in its session; they start 1 s apart. A claim whose window opens after the run is released unsubmitted. The verdict comes from the robots' records (counters, never codes).`,
  '',
  '| check | result |',
  '|---|---:|',
  `| codes submitted twice | ${verdict.duplicates.length} |`,
  `| “já foi utilizado” answers | ${verdict.alreadyUsed} |`,
  `| 30-s windows from the first login to the last | ${figures.windows.used + figures.windows.missing} |`,
  `| of which without a login | ${figures.windows.missing} |`,
  `| other failed logins | ${verdict.failures.filter((failure) => failure.result !== 'already-used').length} |`,
  '',
  '| figure | value |',
  '|---|---:|',
  `| logins | ${figures.logins.total} (${list(figures.logins.bySystem)}) |`,
  `| logins by robot (login / claims) | ${list(figures.logins.byRobotKind)} |`,
  `| wait before the code, s (p50 / p95 / max) | ${s(figures.waitsMs.p50)} / ${s(figures.waitsMs.p95)} / ${s(figures.waitsMs.max)} |`,
  `| login without the wait, Chromium, s (p50 / max) | ${s(figures.loginMsByMethod.chromium.p50)} / ${s(figures.loginMsByMethod.chromium.max)} |`,
  `| login without the wait, HTTP, s (p50 / max) | ${s(figures.loginMsByMethod.http.p50)} / ${s(figures.loginMsByMethod.http.max)} |`,
  `| claims during the run (released unsubmitted) | ${figures.claims.total} (${figures.claims.released}) |`,
  `| one claim during the run, PostgreSQL store, ms (p50 / p95) | ${ms(figures.claims.latencyMsByPath.postgres.p50)} / ${ms(figures.claims.latencyMsByPath.postgres.p95)} |`,
  `| one claim during the run, storage HTTP, ms (p50 / p95) | ${ms(figures.claims.latencyMsByPath.http.p50)} / ${ms(figures.claims.latencyMsByPath.http.p95)} |`,
  '',
  'One authenticator serves one login per window, whatever the number of robots: the store hands counters out in the order robots claim, so robots queue for windows and the wait grows with the queue (8 robots: up to 8 windows ahead). More logins need more authenticators, not faster claims.',
  '',
  `### Raw claim rate (${CLAIMERS} processes, ${CLAIM_SECONDS} s per phase)`,
  '',
  'Each claimer calls `claimCode` back to back, never waiting for a window, on throwaway credentials in the same database (never the logins’ authenticator: these claims push a key’s last counter hours ahead). “One key”: all 8 update the same claim row and queue on its lock, the worst case; “a key each”: no row in common. A claim is the whole call: read the credential, open its key (cached), one upsert of the last counter with its audit row, the code.',
  '',
  '| claims through | claims/s | mean ms per claim per claimer | failures |',
  '|---|---:|---:|---:|',
  ...rates.map(
    (rate) =>
      `| ${phaseLabel[rate.name] ?? rate.name} | ${Math.round(rate.claimsPerSecond).toLocaleString('en')} | ${ms(rate.meanClaimMs)} | ${rate.failures} |`,
  ),
  '',
]
console.log(`\n${lines.join('\n')}`)
if (!passed) console.error(`\nLoad run FAILED: ${JSON.stringify(verdict)}`)
if (write && passed) console.log(`\nWrote ${writeBenchSection('@a2f/robot-load', lines)}`)
process.exitCode = passed ? 0 : 1
