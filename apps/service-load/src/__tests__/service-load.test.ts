/**
 * The bounded load test (TEST_BOUNDS: 8 s, at most 10 loops per client, about 4,000 requests) of the
 * HTTP service: a throwaway PostgreSQL, 2 storage server processes on it, 200 clients in 2 driver
 * processes, 2 SSE watchers. It asserts the checks, never times: no error but deliberate 503s, no
 * counter claimed twice, every committed update seen once at both watchers. Needs
 * dist/server-process.js and dist/driver-process.js (turbo builds them first) and PostgreSQL: a missing
 * one fails, naming it; never skipped.
 */
import { afterEach, expect, it } from 'vitest'
import { problems } from '../check-run.js'
import { CLIENTS, KEY_GROUPS, TEST_BOUNDS, TEST_LIMITS, WRITERS } from '../plan.js'
import { provision, type ServiceEnvironment } from '../provision.js'
import { runServiceLoad } from '../run-service-load.js'

let env: ServiceEnvironment | undefined
afterEach(async () => {
  await env?.stop()
  env = undefined
})

it('2 servers, 200 clients, 2 watchers: no error but deliberate 503s, no counter twice, every event once', async () => {
  // In the test itself, so that a machine without PostgreSQL fails this test with provision's message.
  // Limits well below the 100 clients each server gets: the handler answers what is past them 503 with
  // Retry-After at once. These are the deliberate 503s; the clients wait and go on.
  env = await provision({ limits: TEST_LIMITS })
  // Mid-run, both servers' LISTEN connections are killed and both watchers' event streams cut, and the
  // sentinel is updated through each server before they are back: only a replay brings those updates.
  const run = await runServiceLoad(env, { ...TEST_BOUNDS, faults: true })
  const { verdict, figures } = run
  expect(problems(verdict)).toEqual([])
  expect(verdict.errorCount).toBe(0)
  expect(verdict.deliberate503).toBeGreaterThan(0)
  expect(verdict.duplicateClaims).toEqual([])
  for (const watcher of verdict.watchers) {
    expect(watcher.lost, watcher.name).toEqual([])
    expect(watcher.duplicated, watcher.name).toEqual([])
    expect(watcher.unexpected, watcher.name).toEqual([])
    expect(watcher.outOfOrder, watcher.name).toEqual([])
    expect(watcher.seqBreaks, watcher.name).toEqual([])
    expect(watcher.resets, watcher.name).toBe(0)
    // Events from both servers: its own writes, and the other's through LISTEN/NOTIFY.
    expect(watcher.remote, watcher.name).toBeGreaterThan(0)
    expect(watcher.seen - watcher.remote, watcher.name).toBeGreaterThan(0)
  }
  expect(verdict.seqDisagreements).toEqual([])
  // The faults happened: one LISTEN connection per server killed, each watcher reconnected.
  expect(run.faults?.listenConnectionsKilled).toBe(2)
  expect(run.faults?.writesDuringFaults).toHaveLength(4)
  expect(run.faults?.streamsOpened).toBeGreaterThanOrEqual(4)
  // The run did its work: every client looped, claims reached every key group, every writer committed.
  expect(figures.loops).toBeGreaterThanOrEqual(CLIENTS)
  expect(figures.loops).toBeLessThanOrEqual(CLIENTS * TEST_BOUNDS.maxLoops)
  expect(figures.byOperation.claimCode.latencyMs.count + figures.byOperation.claimCode.deliberate503).toBe(
    figures.loops,
  )
  expect(Object.keys(figures.claimsByGroup).sort()).toEqual(KEY_GROUPS.map((entry) => entry.group).sort())
  expect(new Set(run.results.flatMap((result) => result.committed.map(([id]) => id))).size).toBe(WRITERS)
  // The shared key took claims from a good part of the 200 clients (both servers: clients alternate).
  expect(figures.claimsByGroup.shared?.claims).toBeGreaterThan(CLIENTS / 10)
})
