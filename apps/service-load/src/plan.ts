/**
 * What a run is made of: the tenant's credentials (grouped by key), the 200 clients (which driver runs
 * each, which server it talks to, which few also write) and the bounds. Everything here is data; the
 * orchestrator (run-service-load.ts) and the processes read it.
 *
 * ```ts
 * planClients()[0] // { client: 0, driver: 0, server: 0, writes: 'label.1' }
 * KEY_GROUPS[0]    // { group: 'shared', ids: ['shared.1', 'shared.2', 'shared.3', 'shared.4'] }
 * ```
 */
import type { AdmissionLimits } from '@a2f/robot-load'

export const SERVERS = 2
export const DRIVERS = 2
export const CLIENTS = 200
export const WRITERS = 8
export const TENANT = 'firm-load'
/** `claimCode`'s `minRemainingMs`, as a robot would ask. */
export const MIN_REMAINING_MS = 5000

/**
 * Credentials holding one key are one group: their claims share one counter sequence (claims are kept
 * per tenant per secret), whichever credential and server a client claims through. 'shared' is claimed
 * by every client over both servers; the pairs by about a fifth of them each; the solos' keys are
 * their own.
 */
export interface KeyGroup {
  group: string
  ids: string[]
}

const group = (name: string, size: number): KeyGroup => ({
  group: name,
  ids: Array.from({ length: size }, (_, index) => `${name}.${index + 1}`),
})

export const KEY_GROUPS: readonly KeyGroup[] = [
  group('shared', 4),
  ...Array.from({ length: 4 }, (_, index) => group(`pair-${index + 1}`, 2)),
  ...Array.from({ length: 8 }, (_, index) => group(`solo-${index + 1}`, 1)),
]

/** The credentials clients claim, in the order they go round them. */
export const CLAIM_IDS: readonly string[] = KEY_GROUPS.flatMap((entry) => entry.ids)

/** Credentials only the writers update (a key each, never claimed): their labels make the change events. */
export const LABEL_IDS: readonly string[] = Array.from(
  { length: WRITERS },
  (_, index) => `label.${index + 1}`,
)

/** Updated by the orchestrator until both watchers have seen it: proof that their streams are live. */
export const SENTINEL_ID = 'sentinel'

/** Everything the seed writes: the claimed credentials, the label credentials and the sentinel. */
export const SEEDED_CREDENTIALS = CLAIM_IDS.length + LABEL_IDS.length + 1

/** The key group of a claimed credential, or undefined for an id outside CLAIM_IDS. */
export function groupOf(id: string): string | undefined {
  return KEY_GROUPS.find((entry) => entry.ids.includes(id))?.group
}

export interface PlannedClient {
  client: number
  driver: number
  /** Index of the server it talks to. */
  server: number
  /** The credential it also updates on every loop (writers only; always through its own server). */
  writes?: string
}

/**
 * Client i runs in driver i mod DRIVERS and talks to server ⌊i / DRIVERS⌋ mod SERVERS, so each driver
 * has clients on both servers. Clients 0–7 are the writers: two per driver per server, each owning one
 * label credential (one writer per credential, through one server: see README, "what it checks").
 */
export function planClients(clients = CLIENTS): PlannedClient[] {
  return Array.from({ length: clients }, (_, client) => {
    const planned: PlannedClient = {
      client,
      driver: client % DRIVERS,
      server: Math.floor(client / DRIVERS) % SERVERS,
    }
    const label = client < WRITERS ? LABEL_IDS[client] : undefined
    if (label !== undefined) planned.writes = label
    return planned
  })
}

/** The credential client `client` claims on its `loop`-th loop: round the list, each client offset. */
export function claimTarget(client: number, loop: number): string {
  return CLAIM_IDS[(client + loop) % CLAIM_IDS.length] as string
}

export interface RunBounds {
  /** From the start signal; no loop starts after it. */
  durationMs: number
  /** Loops per client at most (each: `codes`, `claimCode`, and an `update` for writers). */
  maxLoops: number
}

/** The test's run: a few seconds and at most 200 × 10 loops (about 4,000 requests). */
export const TEST_BOUNDS: RunBounds = { durationMs: 8000, maxLoops: 10 }
/**
 * The test's admission limits per server: 40 places (8 served, 32 waiting) for its 100 clients, so
 * requests past them are answered 503 with Retry-After: 1 — the deliberate 503s.
 */
export const TEST_LIMITS: AdmissionLimits = {
  maxConcurrent: 8,
  maxQueued: 32,
  queueTimeoutMs: 5000,
  retryAfterSeconds: 1,
}
/** The bench's run: 30 s, no loop bound but the time. */
export const BENCH_BOUNDS: RunBounds = { durationMs: 30_000, maxLoops: 1_000_000 }
