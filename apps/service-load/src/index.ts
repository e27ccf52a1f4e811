/**
 * @a2f/service-load — the bounded load test of @a2f/storage's HTTP service (issue "Firm scale"): one
 * PostgreSQL on 127.0.0.1, 2 storage server processes on it, 200 concurrent clients in 2 driver
 * processes asking for codes and claiming them (4 of them also updating labels), 2 SSE watchers, and the
 * checks: no error but deliberate 503s, no event lost or duplicated at the watchers, no counter claimed
 * twice. The test runs TEST_BOUNDS; `pnpm bench` runs BENCH_BOUNDS and writes BENCHMARKS.md.
 *
 * ```ts
 * const env = await provision()
 * try {
 *   const run = await runServiceLoad(env, TEST_BOUNDS)
 *   problems(run.verdict) // []
 * } finally { await env.stop() }
 * ```
 */
export { checkRun, problems, type CheckInput, type ServiceVerdict, type WatcherVerdict } from './check-run.js'
export { serviceFigures, type ServiceFigures } from './figures.js'
export {
  BENCH_BOUNDS,
  CLAIM_IDS,
  CLIENTS,
  DRIVERS,
  KEY_GROUPS,
  LABEL_IDS,
  SERVERS,
  TEST_BOUNDS,
  WRITERS,
  groupOf,
  planClients,
  type KeyGroup,
  type PlannedClient,
  type RunBounds,
} from './plan.js'
export { provision, type ProvisionOptions, type RunningServer, type ServiceEnvironment } from './provision.js'
export type { DriverResult, Operation, RequestError } from './records.js'
export { deliberateWaitMs } from './retry-after.js'
export { runServiceLoad, type ServiceRun, type ServiceRunOptions } from './run-service-load.js'
