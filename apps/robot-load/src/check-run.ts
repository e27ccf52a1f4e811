/**
 * The verdict on a load run, from the robots' records alone: no counter submitted twice, no "já foi
 * utilizado", and every TOTP window from the first login's to the last one's used by a login (a window
 * skipped is a login the authenticator could have served and did not).
 *
 * ```ts
 * const verdict = checkRun(records, ['chromium-eproc-pg', 'http-eproc-pg'])
 * verdict.duplicates   // [] — counters submitted more than once
 * verdict.missingWindows // [] — counters between the first and last login without a login
 * ```
 */
import type { RobotRecord } from './records.js'

export interface RunVerdict {
  /** Counters submitted more than once (by any robots, to any systems of the group). */
  duplicates: number[]
  /** Logins that got "já foi utilizado". */
  alreadyUsed: number
  /** Counters from the first successful login's to the last one's without a successful login. */
  missingWindows: number[]
  /** Counters of successful logins, ascending. */
  loggedInCounters: number[]
  /** Logins that ended otherwise than logged in, with what they said. */
  failures: { robot: string; result: string; detail?: string }[]
  /** Robots that crashed or never said they were done. */
  brokenRobots: string[]
}

export function checkRun(records: readonly RobotRecord[], robots: readonly string[]): RunVerdict {
  const submissions = new Map<number, number>()
  for (const record of records)
    if (record.type === 'submitted')
      submissions.set(record.counter, (submissions.get(record.counter) ?? 0) + 1)
  const duplicates = [...submissions].filter(([, times]) => times > 1).map(([counter]) => counter)

  const logins = records.filter((record) => record.type === 'login')
  const loggedInCounters = logins
    .filter((login) => login.result === 'logged-in' && login.counter !== undefined)
    .map((login) => login.counter as number)
    .sort((a, b) => a - b)
  const used = new Set(loggedInCounters)
  const missingWindows: number[] = []
  const first = loggedInCounters[0]
  const last = loggedInCounters.at(-1)
  if (first !== undefined && last !== undefined)
    for (let counter = first; counter <= last; counter++) if (!used.has(counter)) missingWindows.push(counter)

  const done = new Set(records.filter((record) => record.type === 'done').map((record) => record.robot))
  const crashed = new Set(records.filter((record) => record.type === 'failed').map((record) => record.robot))
  return {
    duplicates: duplicates.sort((a, b) => a - b),
    alreadyUsed: logins.filter((login) => login.alreadyUsed || login.result === 'already-used').length,
    missingWindows,
    loggedInCounters,
    failures: logins
      .filter((login) => login.result !== 'logged-in')
      .map((login) => ({
        robot: login.robot,
        result: login.result,
        ...(login.detail === undefined ? {} : { detail: login.detail }),
      })),
    brokenRobots: robots.filter((robot) => crashed.has(robot) || !done.has(robot)),
  }
}
