/**
 * The figures of a run, from the drivers' results: requests answered per second (all drivers, from the
 * start signal to the last client's end), latency per operation (p50 / p99 / max of the requests
 * answered 200, nearest-rank: robot-load's `summarize`), deliberate 503s, claims per key group and the
 * events each watcher saw.
 *
 * ```ts
 * const figures = serviceFigures(results, watchers)
 * figures.requestsPerSecond                 // 812.4
 * figures.byOperation.claimCode.latencyMs   // { count: 2000, p50: 96.1, p99: 410.2, … }
 * ```
 */
import { summarize, type Summary } from '@a2f/robot-load'
import { groupOf } from './plan.js'
import { OPERATIONS, type DriverResult, type Operation } from './records.js'

export interface ServiceFigures {
  durationMs: number
  loops: number
  /** Requests answered 200, and per second. */
  requests: number
  requestsPerSecond: number
  deliberate503: number
  errors: number
  byOperation: Record<Operation, { latencyMs: Summary; perSecond: number; deliberate503: number }>
  /** Claims granted per key group, and the span of counters handed out in it. */
  claimsByGroup: Record<string, { claims: number; firstCounter: number; lastCounter: number }>
  events: { watcher: string; seen: number; remote: number }[]
}

export function serviceFigures(
  results: readonly DriverResult[],
  watchers: readonly { name: string; events: readonly { remote: boolean }[] }[],
): ServiceFigures {
  const startedAt = Math.min(...results.map((result) => result.startedAt))
  const endedAt = Math.max(...results.map((result) => result.endedAt))
  const seconds = Math.max(1, endedAt - startedAt) / 1000
  const byOperation = Object.fromEntries(
    OPERATIONS.map((op) => {
      const latencies = results.flatMap((result) => result.latencies[op])
      return [
        op,
        {
          latencyMs: summarize(latencies),
          perSecond: latencies.length / seconds,
          deliberate503: results.reduce((sum, result) => sum + result.unavailable[op], 0),
        },
      ]
    }),
  ) as ServiceFigures['byOperation']
  const requests = OPERATIONS.reduce((sum, op) => sum + byOperation[op].latencyMs.count, 0)

  const claimsByGroup: ServiceFigures['claimsByGroup'] = {}
  for (const result of results)
    for (const [id, counter] of result.claims) {
      const group = groupOf(id) ?? 'unknown'
      const entry = (claimsByGroup[group] ??= { claims: 0, firstCounter: counter, lastCounter: counter })
      entry.claims += 1
      entry.firstCounter = Math.min(entry.firstCounter, counter)
      entry.lastCounter = Math.max(entry.lastCounter, counter)
    }

  return {
    durationMs: endedAt - startedAt,
    loops: results.reduce((sum, result) => sum + result.loops, 0),
    requests,
    requestsPerSecond: requests / seconds,
    deliberate503: OPERATIONS.reduce((sum, op) => sum + byOperation[op].deliberate503, 0),
    errors: results.reduce((sum, result) => sum + result.errorCount, 0),
    byOperation,
    claimsByGroup,
    events: watchers.map((watcher) => ({
      watcher: watcher.name,
      seen: watcher.events.length,
      remote: watcher.events.filter((event) => event.remote).length,
    })),
  }
}
