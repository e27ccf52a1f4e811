/**
 * The raw claim rate, apart from the logins: 8 robot processes call `claimCode` back to back, without
 * waiting for any window, for `seconds` per phase, on throwaway credentials (never the authenticator
 * the logins use: a claim spends its counter, and these push a key's last claimed counter minutes into
 * the future). Four phases, one after the other:
 *
 * - through the PostgreSQL store, all 8 on one key: every claim updates the same claim row, so they
 *   queue on its row lock — the worst case, one authenticator shared by every robot;
 * - through the PostgreSQL store, each on a key of its own: no row in common;
 * - the same two through @a2f/storage's HTTP client and the one storage server of the run.
 *
 * A claim is the whole `claimCode`: read and open the credential (its opened key is cached), the
 * conditional upsert of the last counter and its audit row in one statement, the code. The figure is
 * claims granted per second by the store, not logins: a login still needs a window of its own.
 *
 * ```ts
 * const phases = await measureClaimRate(env, { seconds: 3 })
 * phases[0] // { name: 'postgres-one-key', claimsPerSecond: 1234, … }
 * ```
 */
import { within } from './run-load.js'
import type { LoadEnvironment } from './provision.js'
import type { ClaimPath, RobotRecord } from './records.js'
import { spawnRobot, type RobotChild } from './robot-children.js'

export const CLAIMERS = 8

export interface ClaimRatePhase {
  name: string
  claims: ClaimPath
  sharedKey: boolean
  /** Claims granted, all claimers together. */
  total: number
  failures: number
  /** Total over the slowest claimer's elapsed time. */
  claimsPerSecond: number
  /** Mean time of one claim for one claimer (claimers × elapsed / total). */
  meanClaimMs: number
}

const PHASES: { name: string; claims: ClaimPath; sharedKey: boolean }[] = [
  { name: 'postgres-one-key', claims: 'postgres', sharedKey: true },
  { name: 'postgres-own-keys', claims: 'postgres', sharedKey: false },
  { name: 'http-one-key', claims: 'http', sharedKey: true },
  { name: 'http-own-keys', claims: 'http', sharedKey: false },
]

/** Needs `provision({ throwaway: CLAIMERS + 1 })`: one shared key, one key per claimer. */
export async function measureClaimRate(
  env: LoadEnvironment,
  options: { seconds: number },
): Promise<ClaimRatePhase[]> {
  if (env.throwaway.length < CLAIMERS + 1)
    throw new Error(
      `measureClaimRate needs ${CLAIMERS + 1} throwaway credentials, got ${env.throwaway.length}`,
    )
  const [shared, ...own] = env.throwaway as [string, ...string[]]
  const rates: Extract<RobotRecord, { type: 'rate' }>[] = []
  let arrived: () => void = () => undefined
  const children: RobotChild[] = []
  try {
    for (let index = 0; index < CLAIMERS; index++) {
      children.push(
        spawnRobot(
          {
            mode: 'claim-rate',
            robot: `claimer-${index + 1}`,
            ...env.access,
            secondsPerPhase: options.seconds,
            phases: PHASES.map((phase) => ({
              name: phase.name,
              claims: phase.claims,
              credentialId: phase.sharedKey ? shared : (own[index] as string),
            })),
          },
          env.secrets,
          (record) => {
            if (record.type === 'rate') {
              rates.push(record)
              arrived()
            }
          },
        ),
      )
    }
    await within(Promise.all(children.map((child) => child.ready)), 60_000, 'claimers ready', children)
    const results: ClaimRatePhase[] = []
    for (const phase of PHASES) {
      const done = new Promise<void>((resolve) => {
        arrived = () => {
          if (rates.filter((rate) => rate.phase === phase.name).length === CLAIMERS) resolve()
        }
      })
      for (const child of children) child.send(`go ${phase.name}`)
      await within(done, options.seconds * 1000 + 30_000, `claim phase ${phase.name}`, children)
      const mine = rates.filter((rate) => rate.phase === phase.name)
      const total = mine.reduce((sum, rate) => sum + rate.claims, 0)
      const elapsedMs = Math.max(...mine.map((rate) => rate.elapsedMs))
      results.push({
        ...phase,
        total,
        failures: mine.reduce((sum, rate) => sum + rate.failures, 0),
        claimsPerSecond: total / (elapsedMs / 1000),
        meanClaimMs: total === 0 ? Number.NaN : (CLAIMERS * elapsedMs) / total,
      })
    }
    await within(Promise.all(children.map((child) => child.exited)), 30_000, 'claimers done', children)
    return results
  } finally {
    for (const child of children) child.kill()
  }
}
