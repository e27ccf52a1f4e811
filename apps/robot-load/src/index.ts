/**
 * @a2f/robot-load — the load run of issue 15: 8 robot processes on one PostgreSQL logging the same
 * authenticator into the two systems of the sandbox group 'sandbox' (2 with `loginToCourt` in
 * Chromium, 6 over plain HTTP; claims through the PostgreSQL store and through @a2f/storage's HTTP
 * client), with the checks that no code is submitted twice, none is answered "já foi utilizado" and
 * every window is used, and the raw claim rate. `pnpm bench` runs it for 2 minutes.
 *
 * ```ts
 * const env = await provision({ throwaway: CLAIMERS + 1 })
 * try {
 *   const run = await runLoad(env, { durationMs: 120_000 })
 *   const rates = await measureClaimRate(env, { seconds: 3 })
 * } finally { await env.stop() }
 * ```
 */
export { checkRun, type RunVerdict } from './check-run.js'
export { CLAIMERS, measureClaimRate, type ClaimRatePhase } from './claim-rate.js'
export { loadFigures, type LoadFigures } from './load-figures.js'
export { DEFAULT_SESSION_MS, DEFAULT_STAGGER_MS, LOAD_PLAN, type PlannedRobot } from './load-plan.js'
export { COURT_USER, GROUP_SYSTEM_IDS, PERIOD_MS, provision, type LoadEnvironment } from './provision.js'
export type { ClaimPath, LoginMethod, LoginResult, RobotRecord } from './records.js'
export { runLoad, within, type LoadRun, type LoadRunOptions } from './run-load.js'
export { spawnJsonChild, type ChildRecord, type JsonChildOptions, type RobotChild } from './robot-children.js'
export { emitRecord, errorName, stdinSignal } from './child-stdio.js'
export { startStorageServer, type AdmissionLimits, type StorageServer } from './storage-server.js'
export { summarize, percentile, type Summary } from './stats.js'
