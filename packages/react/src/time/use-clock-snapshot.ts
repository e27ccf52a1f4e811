/**
 * Reads a value derived from the clock and re-renders only when that value changes. The clock calls
 * back on interval boundaries (one shared timer per interval for the whole page); `derive` turns the
 * time into what the component shows — the current TOTP counter, whether a code is expiring — so a
 * component ticking every second still commits only when what it shows changes.
 *
 * `derive` must return a primitive (compared with Object.is).
 */
import { useCallback, useSyncExternalStore } from 'react'
import type { Clock } from '@a2f/core'

export function useClockSnapshot<T extends string | number | boolean | null>(
  clock: Clock,
  intervalMs: number,
  derive: (now: number) => T,
): T {
  const subscribe = useCallback(
    (onChange: () => void) => clock.subscribe(onChange, { intervalMs }),
    [clock, intervalMs],
  )
  const getSnapshot = () => derive(clock.now())
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot)
}
