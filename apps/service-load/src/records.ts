/**
 * What the servers and drivers tell the orchestrator, one JSON object per line on their stdout. Never
 * a code, a key or a token: a claim is named by its credential and TOTP counter, an error by the
 * operation, the HTTP status and the error's code.
 *
 * ```ts
 * { "type": "ready", "url": "http://127.0.0.1:41234/api/a2f" }
 * { "type": "result", "driver": "driver-1", "claims": [["shared.1", 59374921], …], … }
 * ```
 */

export type Operation = 'codes' | 'claimCode' | 'update'
export const OPERATIONS: readonly Operation[] = ['codes', 'claimCode', 'update']

/** A request that failed otherwise than with a deliberate 503 (one carrying Retry-After). */
export interface RequestError {
  client: number
  op: Operation
  /** The HTTP status, when an answer came. */
  status?: number
  /** The StorageError's code ('UNAVAILABLE', 'CONFLICT'…) or the error's name. */
  code: string
  /** What made it an error when the status alone does not say (a 503 without Retry-After). */
  reason?: string
}

export interface DriverResult {
  type: 'result'
  driver: string
  /** Wall clock (ms since the epoch) of the start signal and of the last client's end. */
  startedAt: number
  endedAt: number
  /** Loops started, all clients together. */
  loops: number
  /** Latency of each successful request, ms, by operation. */
  latencies: Record<Operation, number[]>
  /** Deliberate 503s (with Retry-After), by operation. */
  unavailable: Record<Operation, number>
  /** Every other failure; at most MAX_ERRORS listed, `errorCount` counts them all. */
  errors: RequestError[]
  errorCount: number
  /** Every claim granted: [credential id, counter]. */
  claims: [string, number][]
  /** Every update the server answered 200: [credential id, version]. */
  committed: [string, number][]
}

export type ProcessRecord =
  { type: 'ready'; url?: string } | DriverResult | { type: 'done' } | { type: 'failed'; detail: string }

export const MAX_ERRORS = 100

/** One line of a child's stdout, or undefined when it is not a record (a stray log line). */
export function parseRecord(line: string): ProcessRecord | undefined {
  if (!line.startsWith('{')) return undefined
  try {
    const value = JSON.parse(line) as { type?: unknown }
    return typeof value.type === 'string' ? (value as ProcessRecord) : undefined
  } catch {
    return undefined
  }
}
