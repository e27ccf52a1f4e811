/**
 * The figures of a load run, from its records: logins (by system, by how the robot logs in and where
 * it claims), the windows they used, the waits before the codes, the claims and how long each took.
 *
 * ```ts
 * const figures = loadFigures(run)
 * figures.logins.total        // 5
 * figures.waitsMs             // { count: 5, p50: 31000, p95: 92000, max: 92000 }
 * ```
 */
import { LOAD_PLAN } from './load-plan.js'
import type { RobotRecord } from './records.js'
import type { LoadRun } from './run-load.js'
import { summarize, type Summary } from './stats.js'

export interface LoadFigures {
  durationMs: number
  logins: {
    total: number
    bySystem: Record<string, number>
    /** 'chromium/postgres' and the like. */
    byRobotKind: Record<string, number>
    failed: number
  }
  windows: { first?: number; last?: number; used: number; missing: number }
  duplicates: number
  alreadyUsed: number
  waitsMs: Summary
  /** From the start of a login to its panel, minus the wait for the code's window. */
  loginMsByMethod: Record<string, Summary>
  claims: { total: number; released: number; latencyMsByPath: Record<string, Summary>; perSecond: number }
}

const kindOf = (robot: string) => {
  const planned = LOAD_PLAN.find((entry) => entry.robot === robot)
  return planned === undefined ? 'unknown' : `${planned.login}/${planned.claims}`
}

const count = (keys: string[]) =>
  keys.reduce<Record<string, number>>((counts, key) => ({ ...counts, [key]: (counts[key] ?? 0) + 1 }), {})

export function loadFigures(run: LoadRun): LoadFigures {
  const logins = run.records.filter(
    (record): record is Extract<RobotRecord, { type: 'login' }> => record.type === 'login',
  )
  const ok = logins.filter((login) => login.result === 'logged-in')
  const claims = run.records.filter(
    (record): record is Extract<RobotRecord, { type: 'claim' }> => record.type === 'claim',
  )
  const byPath = (path: string) =>
    summarize(
      claims.filter((claim) => kindOf(claim.robot).endsWith(`/${path}`)).map((claim) => claim.claimMs),
    )
  const methods = ['chromium', 'http']
  const { loggedInCounters, missingWindows } = run.verdict
  return {
    durationMs: run.deadline - run.startedAt,
    logins: {
      total: ok.length,
      bySystem: count(ok.map((login) => login.systemId)),
      byRobotKind: count(ok.map((login) => kindOf(login.robot))),
      failed: logins.length - ok.length,
    },
    windows: {
      ...(loggedInCounters[0] === undefined ? {} : { first: loggedInCounters[0] }),
      ...(loggedInCounters.at(-1) === undefined ? {} : { last: loggedInCounters.at(-1) as number }),
      used: new Set(loggedInCounters).size,
      missing: missingWindows.length,
    },
    duplicates: run.verdict.duplicates.length,
    alreadyUsed: run.verdict.alreadyUsed,
    waitsMs: summarize(ok.map((login) => login.waitMs ?? 0)),
    loginMsByMethod: Object.fromEntries(
      methods.map((method) => [
        method,
        summarize(
          ok
            .filter((login) => kindOf(login.robot).startsWith(`${method}/`))
            .map((login) => login.finishedAt - login.startedAt - (login.waitMs ?? 0)),
        ),
      ]),
    ),
    claims: {
      total: claims.length,
      released: run.records.filter((record) => record.type === 'released').length,
      latencyMsByPath: { postgres: byPath('postgres'), http: byPath('http') },
      perSecond: claims.length / ((run.endedAt - run.startedAt) / 1000),
    },
  }
}
