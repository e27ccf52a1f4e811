/**
 * The verdict on a run, from the drivers' results and the watchers' events alone:
 *
 * - no error other than the deliberate 503s (a 503 with Retry-After): any other status, a network
 *   failure, an answer the client could not read, a 503 without Retry-After;
 * - no counter claimed twice: every granted claim, from every client on both servers, as (key group,
 *   counter) — the credentials of a group share one key, hence one counter sequence;
 * - at each watcher, every committed update (writers' [id, version], those the server answered 200)
 *   seen exactly once, nothing seen that nobody committed, and each credential's versions in
 *   increasing order. The sentinel's updates (made before the clients started, until both watchers
 *   saw one) may be missing before a stream was live, but never twice nor out of order.
 * - at each watcher, change numbers (`seq`) consecutive, with no reset: the servers order the tenant's
 *   changes and replay what a dropped LISTEN connection or event stream missed; and both watchers
 *   agree on which change each number is.
 * - every driver sent its result.
 *
 * ```ts
 * const verdict = checkRun({ results, drivers: ['driver-1', 'driver-2'], watchers, groupOf, sentinelId })
 * problems(verdict) // [] when the run passed, else one line per failed check
 * ```
 */
import type { DriverResult, RequestError } from './records.js'

export interface WatchedEvents {
  name: string
  events: readonly { id: string; version: number; seq: number | undefined; remote: boolean }[]
  resets: number
}

export interface WatcherVerdict {
  name: string
  /** Events seen in all; those that came from the other server (LISTEN/NOTIFY, `remote`). */
  seen: number
  remote: number
  /** `id@version` committed and never seen. */
  lost: string[]
  /** `id@version` seen more than once. */
  duplicated: string[]
  /** `id@version` seen that no writer committed (the sentinel aside). */
  unexpected: string[]
  /** Credentials whose versions went down (a repeat is `duplicated`), with the versions in the order seen. */
  outOfOrder: { id: string; versions: number[] }[]
  /** Where the change numbers were not consecutive ("41 then 43"), or absent. */
  seqBreaks: string[]
  resets: number
}

export interface ServiceVerdict {
  /** Drivers that sent no result (crashed, or never finished). */
  brokenDrivers: string[]
  /** Requests answered 200. */
  ok: number
  /** Deliberate 503s: answered 503 with Retry-After. */
  deliberate503: number
  /** Failures other than deliberate 503s: the count, and the first ones. */
  errorCount: number
  errors: RequestError[]
  claims: number
  /** (group, counter) granted more than once, with how many times. */
  duplicateClaims: { group: string; counter: number; times: number }[]
  /** Claims of credentials outside the plan's groups (a bug of the run itself). */
  unknownClaims: string[]
  committed: number
  /** [id, version] reported committed twice (two writers got the same version). */
  duplicateCommits: string[]
  watchers: WatcherVerdict[]
  /** Change numbers the watchers saw as different changes: `seq: id@version / id@version`. */
  seqDisagreements: string[]
}

export interface CheckInput {
  results: readonly DriverResult[]
  drivers: readonly string[]
  watchers: readonly WatchedEvents[]
  groupOf(id: string): string | undefined
  sentinelId: string
  /** Updates the run made itself (the sentinel's, during the faults): every watcher must see them too. */
  alsoCommitted?: readonly (readonly [string, number])[]
}

const key = (id: string, version: number) => `${id}@${version}`

/** The entries of `items` that occur more than once, each once, with their counts. */
function repeated<T>(items: Iterable<T>): Map<T, number> {
  const counts = new Map<T, number>()
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1)
  for (const [item, times] of counts) if (times < 2) counts.delete(item)
  return counts
}

export function checkRun(input: CheckInput): ServiceVerdict {
  const { results } = input
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0)

  const claimKeys: string[] = []
  const unknownClaims = new Set<string>()
  for (const result of results)
    for (const [id, counter] of result.claims) {
      const group = input.groupOf(id)
      if (group === undefined) unknownClaims.add(id)
      else claimKeys.push(`${group}#${counter}`)
    }
  const duplicateClaims = [...repeated(claimKeys)].map(([entry, times]) => {
    const at = entry.lastIndexOf('#')
    return { group: entry.slice(0, at), counter: Number(entry.slice(at + 1)), times }
  })

  const committed = [...results.flatMap((result) => result.committed), ...(input.alsoCommitted ?? [])].map(
    ([id, version]) => key(id, version),
  )
  const expected = new Set(committed)

  const watchers = input.watchers.map((watcher): WatcherVerdict => {
    const seenKeys = watcher.events.map((event) => key(event.id, event.version))
    const seen = new Set(seenKeys)
    const versions = new Map<string, number[]>()
    for (const event of watcher.events)
      versions.set(event.id, [...(versions.get(event.id) ?? []), event.version])
    return {
      name: watcher.name,
      seen: watcher.events.length,
      remote: watcher.events.filter((event) => event.remote).length,
      lost: [...expected].filter((entry) => !seen.has(entry)),
      duplicated: [...repeated(seenKeys).keys()],
      unexpected: watcher.events
        .filter((event) => event.id !== input.sentinelId && !expected.has(key(event.id, event.version)))
        .map((event) => key(event.id, event.version)),
      outOfOrder: [...versions]
        .filter(([, list]) =>
          list.some((version, index) => index > 0 && version < (list[index - 1] as number)),
        )
        .map(([id, list]) => ({ id, versions: list })),
      seqBreaks: seqBreaks(watcher.events.map((event) => event.seq)),
      resets: watcher.resets,
    }
  })

  const changeAt = new Map<number, string>()
  const seqDisagreements = new Set<string>()
  for (const watcher of input.watchers)
    for (const event of watcher.events) {
      if (event.seq === undefined) continue
      const change = key(event.id, event.version)
      const known = changeAt.get(event.seq)
      if (known === undefined) changeAt.set(event.seq, change)
      else if (known !== change) seqDisagreements.add(`${event.seq}: ${known} / ${change}`)
    }

  const done = new Set(results.map((result) => result.driver))
  return {
    brokenDrivers: input.drivers.filter((driver) => !done.has(driver)),
    ok: sum(results.flatMap((result) => Object.values(result.latencies).map((list) => list.length))),
    deliberate503: sum(results.flatMap((result) => Object.values(result.unavailable))),
    errorCount: sum(results.map((result) => result.errorCount)),
    errors: results.flatMap((result) => result.errors),
    claims: sum(results.map((result) => result.claims.length)),
    duplicateClaims,
    unknownClaims: [...unknownClaims],
    committed: committed.length,
    duplicateCommits: [...repeated(committed).keys()],
    watchers,
    seqDisagreements: [...seqDisagreements],
  }
}

/** Breaks in a watcher's change numbers: each must be the one before plus 1. */
function seqBreaks(seqs: readonly (number | undefined)[]): string[] {
  const breaks: string[] = []
  seqs.forEach((seq, index) => {
    if (seq === undefined) breaks.push(`event ${index + 1} without a number`)
    else if (index > 0 && seqs[index - 1] !== undefined && seq !== (seqs[index - 1] as number) + 1)
      breaks.push(`${seqs[index - 1]} then ${seq}`)
  })
  return breaks
}

const first = (list: readonly unknown[], count = 5) =>
  `${list
    .slice(0, count)
    .map((entry) => (typeof entry === 'string' ? entry : JSON.stringify(entry)))
    .join(', ')}${list.length > count ? `, … (${list.length} in all)` : ''}`

/** One line per failed check; [] when the run passed. */
export function problems(verdict: ServiceVerdict): string[] {
  const found: string[] = []
  if (verdict.brokenDrivers.length > 0)
    found.push(`drivers without a result: ${first(verdict.brokenDrivers)}`)
  if (verdict.errorCount > 0)
    found.push(`${verdict.errorCount} errors other than deliberate 503s: ${first(verdict.errors)}`)
  if (verdict.duplicateClaims.length > 0)
    found.push(
      `${verdict.duplicateClaims.length} counters claimed more than once: ${first(verdict.duplicateClaims)}`,
    )
  if (verdict.unknownClaims.length > 0)
    found.push(`claims of credentials outside the plan: ${first(verdict.unknownClaims)}`)
  if (verdict.duplicateCommits.length > 0)
    found.push(`versions committed twice: ${first(verdict.duplicateCommits)}`)
  for (const watcher of verdict.watchers) {
    if (watcher.lost.length > 0)
      found.push(`${watcher.name} lost ${watcher.lost.length} events: ${first(watcher.lost)}`)
    if (watcher.duplicated.length > 0)
      found.push(
        `${watcher.name} saw ${watcher.duplicated.length} events twice: ${first(watcher.duplicated)}`,
      )
    if (watcher.unexpected.length > 0)
      found.push(
        `${watcher.name} saw ${watcher.unexpected.length} events nobody committed: ${first(watcher.unexpected)}`,
      )
    if (watcher.outOfOrder.length > 0)
      found.push(`${watcher.name} saw versions out of order: ${first(watcher.outOfOrder)}`)
    if (watcher.seqBreaks.length > 0)
      found.push(`${watcher.name} saw change numbers out of sequence: ${first(watcher.seqBreaks)}`)
    if (watcher.resets > 0) found.push(`${watcher.name} was told to list again ${watcher.resets} times`)
  }
  if (verdict.seqDisagreements.length > 0)
    found.push(`the watchers disagree on change numbers: ${first(verdict.seqDisagreements)}`)
  return found
}
