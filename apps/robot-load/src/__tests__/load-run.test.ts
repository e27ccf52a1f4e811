/**
 * A short load run (42 s: at least two TOTP windows) of the 8 robots on one throwaway PostgreSQL, the
 * sandbox court and the storage HTTP server: no code submitted twice, no "já foi utilizado", every
 * window from the first login to the last one used, both systems of the group logged into. Needs
 * dist/robot-process.js (turbo builds it first), PostgreSQL and Chromium: a missing one fails, naming it.
 */
import { afterAll, beforeAll, expect, it } from 'vitest'
import { loadFigures } from '../load-figures.js'
import { provision, type LoadEnvironment } from '../provision.js'
import { runLoad } from '../run-load.js'

let env: LoadEnvironment
beforeAll(async () => {
  env = await provision()
})
afterAll(async () => {
  await env?.stop()
})

it('8 robots, one authenticator, two systems: every window used once, no code twice', async () => {
  const run = await runLoad(env, { durationMs: 42_000 })
  const { verdict } = run
  const failures = JSON.stringify(verdict.failures)
  expect(verdict.brokenRobots, failures).toEqual([])
  expect(verdict.duplicates).toEqual([])
  expect(verdict.alreadyUsed).toBe(0)
  expect(verdict.failures).toEqual([])
  expect(verdict.missingWindows).toEqual([])
  // 42 s after the first claims hold at least two windows whose start comes before the deadline.
  expect(verdict.loggedInCounters.length).toBeGreaterThanOrEqual(2)
  // Every robot claimed, through both paths; the logins went to both systems only if two windows did.
  const figures = loadFigures(run)
  expect(figures.claims.latencyMsByPath.postgres?.count).toBeGreaterThanOrEqual(4)
  expect(figures.claims.latencyMsByPath.http?.count).toBeGreaterThanOrEqual(4)
  expect(Object.keys(figures.logins.bySystem).sort()).toEqual(['sandbox-eproc', 'sandbox-eproc-keycloak'])
  // Every claim the robots made was either used by one login or released unsubmitted.
  const submitted = run.records.filter((record) => record.type === 'submitted').length
  expect(submitted + figures.claims.released).toBe(figures.claims.total)
})
