/**
 * Percentiles for the report: nearest-rank on the sorted values (p50 of [1, 2, 3, 4] is 2), so every
 * figure printed is a value that was measured.
 *
 * ```ts
 * summarize([0, 12_000, 31_500]) // { count: 3, p50: 12000, p95: 31500, p99: 31500, max: 31500 }
 * ```
 */
export interface Summary {
  count: number
  p50: number
  p95: number
  p99: number
  max: number
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length))
  return sorted[Math.min(rank, sorted.length) - 1] as number
}

export function summarize(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b)
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
  }
}
