/** The verdict on records made up for the purpose: each property's failure is seen. */
import { describe, expect, it } from 'vitest'
import { checkRun } from '../check-run.js'
import type { RobotRecord } from '../records.js'
import { percentile, summarize } from '../stats.js'

const submitted = (robot: string, counter: number): RobotRecord => ({
  type: 'submitted',
  robot,
  systemId: 'sandbox-eproc',
  counter,
  at: 0,
})
const login = (
  robot: string,
  counter: number,
  result: 'logged-in' | 'already-used' = 'logged-in',
): RobotRecord => ({
  type: 'login',
  robot,
  systemId: 'sandbox-eproc',
  result,
  counter,
  waitMs: 0,
  alreadyUsed: result === 'already-used',
  startedAt: 0,
  finishedAt: 1,
})
const done = (robot: string): RobotRecord => ({ type: 'done', robot, at: 0 })

describe('checkRun', () => {
  it('passes a run where every counter was submitted once and every window has its login', () => {
    const records = [
      submitted('a', 10),
      login('a', 10),
      submitted('b', 11),
      login('b', 11),
      done('a'),
      done('b'),
    ]
    expect(checkRun(records, ['a', 'b'])).toEqual({
      duplicates: [],
      alreadyUsed: 0,
      missingWindows: [],
      loggedInCounters: [10, 11],
      failures: [],
      brokenRobots: [],
    })
  })

  it('finds a counter submitted twice, by two robots or to two systems', () => {
    const records = [submitted('a', 10), submitted('b', 10), login('a', 10), login('b', 10, 'already-used')]
    const verdict = checkRun(records, ['a', 'b'])
    expect(verdict.duplicates).toEqual([10])
    expect(verdict.alreadyUsed).toBe(1)
    expect(verdict.failures).toEqual([{ robot: 'b', result: 'already-used' }])
  })

  it('finds a window between the first and the last login that no login used', () => {
    const verdict = checkRun([login('a', 10), login('b', 13), done('a'), done('b')], ['a', 'b'])
    expect(verdict.missingWindows).toEqual([11, 12])
  })

  it('names the robots that never said they were done', () => {
    expect(checkRun([done('a')], ['a', 'b']).brokenRobots).toEqual(['b'])
  })
})

describe('summarize', () => {
  it('gives nearest-rank percentiles, values that were measured', () => {
    expect(summarize([4, 1, 3, 2])).toEqual({ count: 4, p50: 2, p95: 4, p99: 4, max: 4 })
    expect(percentile([5], 95)).toBe(5)
    expect(summarize([]).count).toBe(0)
  })
})
