/**
 * The clock widgets use when the host gives none: one per page, created on first use (never at import,
 * so server rendering and tests that install fake timers first both work). Sharing it means every
 * provider on the page ticks on the same timers.
 */
import { createClock, type Clock } from '@a2f/core'

let shared: Clock | undefined

export function getDefaultClock(): Clock {
  shared ??= createClock()
  return shared
}
