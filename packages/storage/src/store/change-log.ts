import type { ChangeEvent, ChangePage } from './adapter.js'
import { MAX_CREATE_MANY } from '../model/create-many.js'

/**
 * How many of a tenant's latest changes a log keeps for replay. Twice the largest batch, so a subscriber
 * that reconnects after a whole `createMany` still catches up; one further behind is sent a reset.
 */
export const CHANGE_LOG_RETAINED = 2 * MAX_CREATE_MANY

/**
 * A tenant's change log in memory (the memory adapter's, and the reference for the SQL one): numbers
 * given in order, the latest `CHANGE_LOG_RETAINED` kept.
 */
export class MemoryChangeLog {
  private readonly events: ChangeEvent[] = []
  private latest = 0

  /** Numbers the events, in order, and keeps them. */
  append(events: readonly Omit<ChangeEvent, 'seq'>[]): ChangeEvent[] {
    const numbered = events.map((event) => ({ ...event, seq: ++this.latest }))
    this.events.push(...numbered)
    // Pruned in steps, so a steady stream of writes does not shift the array on every one.
    if (this.events.length > CHANGE_LOG_RETAINED + 1000) {
      this.events.splice(0, this.events.length - CHANGE_LOG_RETAINED)
    }
    return numbered
  }

  read(after: number, limit: number): ChangePage {
    const oldest = this.events[0]?.seq ?? this.latest + 1
    // Numbers have no holes, so the position of `after + 1` is known without searching.
    const start = Math.max(0, Math.min(this.events.length, after + 1 - oldest))
    const events = this.events.slice(start, start + Math.max(0, limit)).map((event) => ({ ...event }))
    return { events, latest: this.latest, oldest }
  }
}
