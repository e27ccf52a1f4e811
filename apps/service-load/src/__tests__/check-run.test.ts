/** The verdict on results made up for the purpose: each check's failure is seen; and the plan's shape. */
import { describe, expect, it } from 'vitest'
import { checkRun, problems, type WatchedEvents } from '../check-run.js'
import {
  CLAIM_IDS,
  CLIENTS,
  DRIVERS,
  KEY_GROUPS,
  SERVERS,
  WRITERS,
  claimTarget,
  groupOf,
  planClients,
} from '../plan.js'
import type { DriverResult } from '../records.js'
import { deliberateWaitMs } from '../retry-after.js'
import { storageError } from '@a2f/storage'

const result = (driver: string, overrides: Partial<DriverResult> = {}): DriverResult => ({
  type: 'result',
  driver,
  startedAt: 0,
  endedAt: 1000,
  loops: 2,
  latencies: { codes: [1, 2], claimCode: [3, 4], update: [5] },
  unavailable: { codes: 0, claimCode: 0, update: 0 },
  errors: [],
  errorCount: 0,
  claims: [],
  committed: [],
  ...overrides,
})
/** A watcher's events, numbered 1, 2, 3… unless a number is given. */
const watcher = (name: string, events: ([string, number] | [string, number, number])[]): WatchedEvents => ({
  name,
  events: events.map(([id, version, seq], index) => ({ id, version, seq: seq ?? index + 1, remote: false })),
  resets: 0,
})
const check = (results: DriverResult[], watchers: WatchedEvents[] = []) =>
  checkRun({ results, drivers: ['d1', 'd2'], watchers, groupOf, sentinelId: 'sentinel' })

describe('checkRun', () => {
  it('passes a clean run, counting requests and deliberate 503s apart', () => {
    const results = [
      result('d1', {
        claims: [
          ['shared.1', 10],
          ['shared.2', 11],
        ],
        committed: [
          ['label.1', 2],
          ['label.1', 3],
        ],
        unavailable: { codes: 2, claimCode: 1, update: 0 },
      }),
      result('d2', { claims: [['shared.3', 12]] }),
    ]
    const events: [string, number, number][] = [
      ['sentinel', 2, 1],
      ['label.1', 2, 2],
      ['label.1', 3, 3],
    ]
    const verdict = check(results, [watcher('w1', events), watcher('w2', events.slice(1))])
    expect(problems(verdict)).toEqual([])
    expect(verdict).toMatchObject({ ok: 10, deliberate503: 3, claims: 3, committed: 2, errorCount: 0 })
  })

  it('finds a counter claimed twice within a key group, through different credentials', () => {
    const verdict = check([
      result('d1', { claims: [['shared.1', 10]] }),
      result('d2', {
        claims: [
          ['shared.4', 10],
          ['pair-1.1', 10],
        ],
      }),
    ])
    expect(verdict.duplicateClaims).toEqual([{ group: 'shared', counter: 10, times: 2 }])
    expect(problems(verdict)[0]).toMatch(/1 counters claimed more than once/)
  })

  it('counts other failures as errors, and a driver without a result as broken', () => {
    const verdict = check([
      result('d1', {
        errorCount: 2,
        errors: [
          { client: 3, op: 'codes', status: 500, code: 'UNAVAILABLE' },
          {
            client: 5,
            op: 'claimCode',
            status: 503,
            code: 'UNAVAILABLE',
            reason: 'a 503 without a valid Retry-After',
          },
        ],
      }),
    ])
    expect(verdict.brokenDrivers).toEqual(['d2'])
    expect(problems(verdict)).toEqual([
      'drivers without a result: d2',
      expect.stringMatching(/^2 errors other than deliberate 503s: .*"status":500/),
    ])
  })

  it('finds events lost, seen twice, seen without a commit and out of order at a watcher', () => {
    const results = [
      result('d1', {
        committed: [
          ['label.1', 2],
          ['label.1', 3],
          ['label.2', 2],
        ],
      }),
      result('d2'),
    ]
    const verdict = check(results, [
      watcher('w1', [
        ['label.1', 3],
        ['label.1', 2],
        ['label.9', 4],
        ['sentinel', 2],
        ['sentinel', 2],
      ]),
    ])
    expect(verdict.watchers[0]).toMatchObject({
      lost: ['label.2@2'],
      duplicated: ['sentinel@2'],
      unexpected: ['label.9@4'],
      outOfOrder: [{ id: 'label.1', versions: [3, 2] }],
    })
    expect(problems(verdict)).toHaveLength(4)
  })
})

describe('the plan', () => {
  it('splits 200 clients over 2 drivers and 2 servers, with writers on each driver and server', () => {
    const clients = planClients()
    expect(clients).toHaveLength(CLIENTS)
    for (let driver = 0; driver < DRIVERS; driver++)
      for (let server = 0; server < SERVERS; server++) {
        const mine = clients.filter((client) => client.driver === driver && client.server === server)
        expect(mine).toHaveLength(CLIENTS / DRIVERS / SERVERS)
        expect(mine.filter((client) => client.writes !== undefined)).toHaveLength(WRITERS / DRIVERS / SERVERS)
      }
    const labels = clients.flatMap((client) => (client.writes === undefined ? [] : [client.writes]))
    expect(new Set(labels).size).toBe(WRITERS) // one writer per label credential
  })

  it('has credentials sharing a key, and every client goes round all of them', () => {
    expect(KEY_GROUPS.some((entry) => entry.ids.length > 1)).toBe(true)
    expect(new Set(CLAIM_IDS).size).toBe(CLAIM_IDS.length)
    const seen = new Set(Array.from({ length: CLAIM_IDS.length }, (_, loop) => claimTarget(7, loop)))
    expect(seen.size).toBe(CLAIM_IDS.length)
    expect(groupOf('shared.3')).toBe('shared')
    expect(groupOf('label.1')).toBeUndefined()
  })
})

describe('deliberateWaitMs', () => {
  const refusal = (details: object) =>
    storageError('UNAVAILABLE', { operation: 'codes', adapter: 'http', ...details })
  it('is a wait for a 503 whose Retry-After the client read; anything else is an error', () => {
    expect(deliberateWaitMs(refusal({ retryAfterMs: 1000 }), 503)).toBe(1000)
    expect(deliberateWaitMs(refusal({ retryAfterMs: 0 }), 503)).toBe(0)
    expect(deliberateWaitMs(refusal({}), 503)).toBeUndefined()
    expect(deliberateWaitMs(refusal({ retryAfterMs: 1000 }), 500)).toBeUndefined()
    expect(deliberateWaitMs(refusal({ retryAfterMs: 1000 }), 429)).toBeUndefined()
    expect(deliberateWaitMs(refusal({ retryAfterMs: 1000 }), undefined)).toBeUndefined()
    expect(deliberateWaitMs(new Error('refused'), 503)).toBeUndefined()
  })

  it('fails change numbers out of sequence, a reset, and watchers that disagree on a number', () => {
    const results = [
      result('d1', {
        committed: [
          ['label-1', 2],
          ['label-1', 3],
        ],
      }),
      result('d2'),
    ]
    const broken = check(results, [
      watcher('w1', [
        ['label-1', 2, 7],
        ['label-1', 3, 9],
      ]),
      {
        ...watcher('w2', [
          ['label-1', 3, 7],
          ['label-1', 2, 8],
        ]),
        resets: 1,
      },
    ])
    expect(broken.watchers[0]?.seqBreaks).toEqual(['7 then 9'])
    expect(broken.seqDisagreements).toEqual(['7: label-1@2 / label-1@3'])
    const found = problems(broken).join('\n')
    expect(found).toMatch(/w1 saw change numbers out of sequence: 7 then 9/)
    expect(found).toMatch(/w2 was told to list again 1 times/)
    expect(found).toMatch(/disagree on change numbers/)
  })
})
