/**
 * A 503's Retry-After (RFC 9110 §10.2.3) as milliseconds: delay-seconds or an HTTP date; undefined when
 * absent or unreadable, which makes the 503 an error rather than a deliberate refusal.
 *
 * ```ts
 * retryAfterMs('2') // 2000
 * retryAfterMs(null) // undefined
 * ```
 */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined
  const text = value.trim()
  if (/^\d+$/.test(text)) return Number(text) * 1000
  if (!/[a-z]/i.test(text)) return undefined // '1.5', '-1': neither form
  const date = Date.parse(text)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

/**
 * How long to wait after a failed call, when its answer was a deliberate refusal: a 503 carrying a valid
 * Retry-After. Undefined for anything else (no answer, another status, a 503 without Retry-After),
 * which the run counts as an error.
 */
export function deliberateWaitMs(
  answer: { status: number; retryAfter: string | null } | undefined,
  now = Date.now(),
): number | undefined {
  return answer?.status === 503 ? retryAfterMs(answer.retryAfter, now) : undefined
}
