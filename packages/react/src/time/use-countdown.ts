/**
 * The countdown of the current TOTP window: which window (counter), when it ends, whether it is expiring.
 *
 * By default the component re-renders only twice per window — when the code changes and when it starts
 * expiring — not every second: seconds left are better written by `useSecondsText` straight into a text
 * node, and a ring or bar can animate in CSS from `startsAt`/`period`. Pass `resolution: 'second'` to
 * have `secondsLeft` in React state instead (one render per second).
 *
 * @example
 * const { counter, state, endsAt } = useCountdown({ period: 30 })
 */
import { totpWindow } from '@a2f/core'
import { useA2F } from '../provider/a2f-context.js'
import { useClockSnapshot } from './use-clock-snapshot.js'

export interface CountdownOptions {
  /** Seconds per code. Default 30. */
  period?: number
  /** T0 in ms. Default 0. */
  epoch?: number
  /** Seconds left at which the state becomes 'expiring'. Default 5. */
  expiringSeconds?: number
  /** 'state' (default): render on code change and expiry only. 'second': also every second. */
  resolution?: 'state' | 'second'
}

export interface CountdownState {
  /** The TOTP counter of the current window. */
  counter: number
  period: number
  startsAt: number
  endsAt: number
  /** Whole seconds left (rounded up), as of the last render. Live with `resolution: 'second'`. */
  secondsLeft: number
  /** 'expiring' when at most `expiringSeconds` remain. */
  state: 'running' | 'expiring'
}

export function useCountdown(options: CountdownOptions = {}): CountdownState {
  const { clock } = useA2F()
  const period = options.period ?? 30
  const epoch = options.epoch ?? 0
  const expiringMs = (options.expiringSeconds ?? 5) * 1000
  const perSecond = options.resolution === 'second'
  // The snapshot only decides when to render. One number encodes everything that should cause a render: the counter, and either the second or the
  // expiring flag. Primitives keep useSyncExternalStore's comparison cheap and exact.
  useClockSnapshot(clock, 1000, (now) => {
    const window = totpWindow({ timestamp: now, period, epoch })
    if (perSecond) return Math.ceil(window.remainingMs / 1000) + window.counter * 1e4
    return window.counter * 2 + (window.remainingMs <= expiringMs ? 1 : 0)
  })
  const window = totpWindow({ timestamp: clock.now(), period, epoch })
  const secondsLeft = Math.max(0, Math.ceil(window.remainingMs / 1000))
  return {
    counter: window.counter,
    period,
    startsAt: window.startsAt,
    endsAt: window.endsAt,
    secondsLeft,
    state: window.remainingMs <= expiringMs ? 'expiring' : 'running',
  }
}
