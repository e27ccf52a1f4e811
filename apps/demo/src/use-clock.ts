/** The current time, re-rendering once per second through one shared @a2f/core clock. */
import { createClock, type Clock } from '@a2f/core'
import { useCallback, useSyncExternalStore } from 'react'

const defaultClock = createClock()

export function useNow(clock: Clock = defaultClock): number {
  const subscribe = useCallback((onChange: () => void) => clock.subscribe(onChange), [clock])
  // Snapshots are whole seconds, so React re-renders once per tick, not on every read.
  return useSyncExternalStore(subscribe, () => Math.floor(clock.now() / 1000) * 1000)
}
