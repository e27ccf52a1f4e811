/**
 * The load run: the 8 robots of load-plan.ts on one PostgreSQL, logging the same authenticator into
 * the two systems of the group 'sandbox' for `durationMs`, then the verdict (check-run.ts) and the
 * figures. Every robot is spawned here and stopped by its pid, whatever happens.
 *
 * ```ts
 * const env = await provision()
 * try {
 *   const run = await runLoad(env, { durationMs: 120_000 })
 *   run.verdict.duplicates // []
 * } finally { await env.stop() }
 * ```
 */
import { checkRun, type RunVerdict } from './check-run.js'
import { DEFAULT_SESSION_MS, DEFAULT_STAGGER_MS, LOAD_PLAN } from './load-plan.js'
import { COURT_USER, PERIOD_MS, type LoadEnvironment } from './provision.js'
import type { RobotRecord } from './records.js'
import { spawnRobot, type RobotChild } from './robot-children.js'
import type { LoginRobotConfig } from './robot-config.js'

export interface LoadRunOptions {
  durationMs: number
  /** Between two robots' starts. Default DEFAULT_STAGGER_MS (1 s). */
  staggerMs?: number
  /** A robot's time in its session after a login. Default DEFAULT_SESSION_MS (10 s). */
  sessionMs?: number
  /** Every record as it arrives (progress output). */
  onRecord?: (record: RobotRecord) => void
}

export interface LoadRun {
  records: RobotRecord[]
  verdict: RunVerdict
  robots: string[]
  /** When the start signal went out, and the deadline after which no window is claimed for use. */
  startedAt: number
  deadline: number
  /** When the last robot finished. */
  endedAt: number
}

/** Robots' start-up (a browser, a pool) on 2 busy cores. */
const READY_TIMEOUT_MS = 90_000
/** After the deadline: the login of the last window (up to a window) plus a browser's slowness. */
const DRAIN_MS = PERIOD_MS + 45_000

export async function runLoad(env: LoadEnvironment, options: LoadRunOptions): Promise<LoadRun> {
  const records: RobotRecord[] = []
  const onRecord = (record: RobotRecord) => {
    records.push(record)
    options.onRecord?.(record)
  }
  const staggerMs = options.staggerMs ?? DEFAULT_STAGGER_MS
  const children: RobotChild[] = []
  try {
    LOAD_PLAN.forEach((planned, index) => {
      const config: LoginRobotConfig = {
        mode: 'login',
        ...planned,
        ...env.access,
        system: env.systems[planned.systemId],
        credentialId: env.credentials[planned.systemId],
        courtLogin: COURT_USER.login,
        startDelayMs: index * staggerMs,
        sessionMs: options.sessionMs ?? DEFAULT_SESSION_MS,
        periodMs: PERIOD_MS,
      }
      children.push(spawnRobot(config, env.secrets, onRecord))
    })
    await within(
      Promise.all(children.map((child) => child.ready)),
      READY_TIMEOUT_MS,
      'robots ready',
      children,
    )
    const startedAt = Date.now()
    const deadline = startedAt + options.durationMs
    for (const child of children) child.send(`go ${deadline}`)
    const codes = await within(
      Promise.all(children.map((child) => child.exited)),
      deadline - Date.now() + DRAIN_MS,
      'robots done',
      children,
    )
    const crashed = children.filter((_, index) => codes[index] !== 0)
    if (crashed.length > 0)
      throw new Error(
        `robots failed: ${crashed.map((child) => `${child.name}: ${lastFailure(records, child.name) ?? child.stderr()}`).join('; ')}`,
      )
    const robots = children.map((child) => child.name)
    return { records, verdict: checkRun(records, robots), robots, startedAt, deadline, endedAt: Date.now() }
  } finally {
    for (const child of children) child.kill()
  }
}

function lastFailure(records: readonly RobotRecord[], robot: string): string | undefined {
  const failed = records.filter((record) => record.type === 'failed' && record.robot === robot).at(-1)
  return failed?.type === 'failed' ? failed.detail : undefined
}

/** `promise`, or an error naming what did not happen in time (and the children's last words). */
export async function within<T>(
  promise: Promise<T>,
  ms: number,
  what: string,
  children: readonly Pick<RobotChild, 'name' | 'stderr'>[],
): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new Error(
            `${what}: not within ${Math.round(ms / 1000)} s (${children.map((child) => `${child.name}: ${child.stderr() || 'no stderr'}`).join('; ')})`,
          ),
        ),
      Math.max(0, ms),
    )
  })
  try {
    return await Promise.race([promise, timeout])
  } finally {
    clearTimeout(timer)
  }
}
