/**
 * `pnpm bench` for @a2f/service-load: the load test at BENCH_BOUNDS (30 s; A2F_SERVICE_LOAD_DURATION_MS
 * to change it): one PostgreSQL, 2 storage server processes, 200 clients in 2 drivers, 2 SSE watchers,
 * no shedding (any 503 is the service's own). Prints the table; writes its section of BENCHMARKS.md
 * unless given --no-write. Exits 1 when a check fails (and then writes nothing).
 */
import os from 'node:os'
import pg from 'pg'
import { writeBenchSection } from '../../../scripts/bench-section.mjs'
import {
  BENCH_BOUNDS,
  CLAIM_IDS,
  CLIENTS,
  DRIVERS,
  KEY_GROUPS,
  LABEL_IDS,
  SERVERS,
  WRITERS,
  problems,
  provision,
  runServiceLoad,
} from '../dist/index.js'

const durationMs = Number(process.env.A2F_SERVICE_LOAD_DURATION_MS ?? BENCH_BOUNDS.durationMs)
const write = !process.argv.includes('--no-write')

const ms = (value) =>
  Number.isNaN(value) ? '—' : value >= 100 ? Math.round(value).toLocaleString('en') : value.toFixed(1)
const int = (value) => Math.round(value).toLocaleString('en')

const env = await provision()
let run, postgresVersion
try {
  const client = new pg.Client({ connectionString: env.postgresUrl })
  await client.connect()
  postgresVersion = (await client.query('show server_version')).rows[0].server_version
  await client.end()
  console.log(`Service load: ${SERVERS} servers, ${CLIENTS} clients, ${durationMs / 1000} s…`)
  run = await runServiceLoad(env, { ...BENCH_BOUNDS, durationMs })
} finally {
  await env.stop()
}

const { verdict, figures } = run
const failed = problems(verdict)
const cpu = os.cpus()[0]?.model ?? 'unknown CPU'
const shared = KEY_GROUPS.filter((entry) => entry.ids.length > 1)
const op = figures.byOperation
const row = (name, label) =>
  `| ${label} | ${int(op[name].latencyMs.count)} | ${int(op[name].perSecond)} | ${ms(op[name].latencyMs.p50)} | ${ms(op[name].latencyMs.p99)} | ${ms(op[name].latencyMs.max)} | ${op[name].deliberate503} |`
const lines = [
  '## The HTTP service under 200 clients (@a2f/service-load)',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${cpu}, Node ${process.version}, PostgreSQL ${postgresVersion}; everything on 127.0.0.1, on the same machine (2 cores shared with other jobs: figures vary from run to run).`,
  '',
  `${SERVERS} server processes (@a2f/storage's \`createHttpHandler\` over \`createPostgresAdapter\`, node:http, one \`pg\` pool of 10 each, same master key and bearer token) on one PostgreSQL; ${CLIENTS} concurrent clients (\`createHttpStore\`, one each) in ${DRIVERS} driver processes, half on each server, for ${durationMs / 1000} s with no pause: each loop \`codes()\` (all ${CLAIM_IDS.length + LABEL_IDS.length + 1} credentials of the tenant) then \`claimCode(id)\` on the next of ${CLAIM_IDS.length} credentials (${shared.length} groups share a key: ${shared.map((entry) => `${entry.ids.length}`).join(', ')} credentials; the clients of both servers claim from one counter sequence per key); ${WRITERS} of them also \`update\` a label credential of their own each loop. 2 SSE watchers (\`subscribe\`), one per server, check the change events. Latencies are of requests answered 200, at the client, queueing included (apps/service-load).`,
  '',
  '| check | result |',
  '|---|---:|',
  `| errors other than deliberate 503s | ${verdict.errorCount} |`,
  `| 503s (with Retry-After) | ${verdict.deliberate503} |`,
  `| counters claimed twice (of ${int(verdict.claims)} claims) | ${verdict.duplicateClaims.length} |`,
  ...verdict.watchers.map(
    (watcher) =>
      `| ${watcher.name}: committed updates lost / seen twice / out of order (of ${verdict.committed}; ${watcher.remote} from the other server) | ${watcher.lost.length} / ${watcher.duplicated.length} / ${watcher.outOfOrder.length} |`,
  ),
  '',
  `${int(figures.requests)} requests answered in ${(figures.durationMs / 1000).toFixed(1)} s: **${int(figures.requestsPerSecond)} requests/s** (${int(figures.loops)} loops).`,
  '',
  '| operation | requests | per s | p50 ms | p99 ms | max ms | 503s |',
  '|---|---:|---:|---:|---:|---:|---:|',
  row('codes', '`codes()` (GET /codes)'),
  row('claimCode', '`claimCode(id)` (POST …/claim-code)'),
  row('update', '`update(id, { label })` (PATCH)'),
  '',
  `Claims on the key shared by ${KEY_GROUPS[0].ids.length} credentials: ${int(figures.claimsByGroup.shared?.claims ?? 0)}, each a window of its own (the sequence runs ahead of the clock: a claim is a code no one else gets, not a code for now).`,
  '',
]
console.log(`\n${lines.join('\n')}`)
if (failed.length > 0) console.error(`\nService load FAILED:\n${failed.join('\n')}`)
if (write && failed.length === 0) console.log(`\nWrote ${writeBenchSection('@a2f/service-load', lines)}`)
process.exitCode = failed.length === 0 ? 0 : 1
