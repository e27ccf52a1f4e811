/**
 * What a robot process tells the orchestrator, one JSON object per line on its stdout. Never a code,
 * a password or a key: a claimed code is named by its TOTP counter (for one authenticator the counter
 * determines the code, so "a code submitted twice" is "a counter submitted twice").
 *
 * ```ts
 * { "type": "claim", "robot": "http-pg-1", "counter": 59374921, "waitMs": 18250, "claimMs": 3.1, "at": 1764895200123 }
 * ```
 */

/** How a robot logs in: Chromium through `loginToCourt`, or plain HTTP (fetch and forms). */
export type LoginMethod = 'chromium' | 'http'

/** Where a robot claims its codes: the PostgreSQL store directly, or @a2f/storage's HTTP client. */
export type ClaimPath = 'postgres' | 'http'

/** How a login ended, as the load run counts it. */
export type LoginResult =
  /** The system's panel. */
  | 'logged-in'
  /** "O código informado já foi utilizado": the court saw this code already. Must never happen. */
  | 'already-used'
  /** Any other refusal (wrong code, wrong password, an unknown page). */
  | 'refused'
  /** The robot failed (a timeout, a store error). */
  | 'error'

export type RobotRecord =
  | { type: 'ready'; robot: string; at: number }
  | { type: 'claim'; robot: string; counter: number; waitMs: number; claimMs: number; at: number }
  /** A claimed counter whose window opens after the run's end: not submitted (nobody else gets it). */
  | { type: 'released'; robot: string; counter: number; at: number }
  /** A code handed to the court (the form was posted): one per counter, or a code was submitted twice. */
  | { type: 'submitted'; robot: string; systemId: string; counter: number; at: number }
  | {
      type: 'login'
      robot: string
      systemId: string
      result: LoginResult
      /** The counter of the last code submitted, if any. */
      counter?: number
      /** The wait before the code (the claim's `waitMs`). */
      waitMs?: number
      /** Any "já foi utilizado" during this login (loginToCourt retries once after one). */
      alreadyUsed: boolean
      startedAt: number
      finishedAt: number
      /** The court's message or the error's name: never a secret. */
      detail?: string
    }
  | { type: 'rate'; robot: string; phase: string; claims: number; failures: number; elapsedMs: number }
  | { type: 'done'; robot: string; at: number }
  | { type: 'failed'; robot: string; detail: string }

/** One line of a robot's stdout, or undefined when it is not a record (a stray log line). */
export function parseRecord(line: string): RobotRecord | undefined {
  if (!line.startsWith('{')) return undefined
  try {
    const value = JSON.parse(line) as { type?: unknown; robot?: unknown }
    return typeof value.type === 'string' && typeof value.robot === 'string'
      ? (value as RobotRecord)
      : undefined
  } catch {
    return undefined
  }
}
