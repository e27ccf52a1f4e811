/**
 * A clock for everything that ticks: corrected time (`now()` = source + offset) and subscriptions that
 * fire on boundaries of an interval in corrected time — every second for countdowns, every 30 s for new
 * codes. All listeners of one interval share one timer, so a page of 1,000 live codes runs one timer,
 * not 1,000. The time source and timers are parameters, so tests and stories can freeze or fast-forward
 * time (as TanStack Query's timeoutManager does for the same reason).
 *
 * @example
 * const clock = createClock({ offsetMs: -1200 })
 * const stop = clock.subscribe((now) => render(totp(key, { timestamp: now })), { intervalMs: 30_000 })
 * clock.setOffset(300)   // after a new measurement: every listener hears the corrected time at once
 * stop()
 */
import { invalidOption } from '../errors.js'

export type ClockListener = (now: number) => void

export interface ClockSubscribeOptions {
  /** Fire on every multiple of this many ms of corrected time. Default 1000. */
  intervalMs?: number
}

export interface Clock {
  /** Corrected time in ms since the Unix epoch: the source's time plus `offsetMs`. */
  now(): number
  /** Server time minus local time, as measured by `clockOffsetFromDate`. */
  readonly offsetMs: number
  /** Changes the offset; every listener is called at once with the corrected time. */
  setOffset(offsetMs: number): void
  /** Calls `listener(now)` at each interval boundary until the returned function is called. */
  subscribe(listener: ClockListener, options?: ClockSubscribeOptions): () => void
}

export interface ClockOptions {
  /** Default 0. */
  offsetMs?: number
  /** Time source; default `Date.now`. */
  now?: () => number
  /** Timer functions; default the global ones, looked up when first needed (never at import). */
  setTimeout?: (callback: () => void, ms: number) => unknown
  clearTimeout?: (handle: unknown) => void
}

interface Ticker {
  listeners: Set<ClockListener>
  handle: unknown
  /** The boundary the pending timer is for. */
  next: number
}

export function createClock(options: ClockOptions = {}): Clock {
  const source = options.now ?? (() => Date.now())
  const schedule = options.setTimeout ?? ((callback, ms) => globalThis.setTimeout(callback, ms))
  // The cast keeps this valid both with the core's own web-standard declarations and with Node's types.
  const cancel =
    options.clearTimeout ??
    ((handle) => globalThis.clearTimeout(handle as Parameters<typeof clearTimeout>[0]))
  let offsetMs = checkOffset(options.offsetMs ?? 0)
  const tickers = new Map<number, Ticker>()

  const now = () => source() + offsetMs

  const arm = (intervalMs: number, ticker: Ticker) => {
    const time = now()
    ticker.next = (Math.floor(time / intervalMs) + 1) * intervalMs
    ticker.handle = schedule(() => fire(intervalMs, ticker), ticker.next - time)
  }

  const fire = (intervalMs: number, ticker: Ticker) => {
    const time = now()
    if (time < ticker.next) {
      // Timers may fire a little early; wait for the boundary rather than tick twice in one interval.
      ticker.handle = schedule(() => fire(intervalMs, ticker), ticker.next - time)
      return
    }
    arm(intervalMs, ticker)
    notify(ticker, time)
  }

  const notify = (ticker: Ticker, time: number) => {
    for (const listener of [...ticker.listeners]) listener(time)
  }

  return {
    now,
    get offsetMs() {
      return offsetMs
    },
    setOffset(next) {
      offsetMs = checkOffset(next)
      const time = now()
      for (const [intervalMs, ticker] of tickers) {
        cancel(ticker.handle)
        arm(intervalMs, ticker)
        notify(ticker, time)
      }
    },
    subscribe(listener, subscribeOptions) {
      const intervalMs = subscribeOptions?.intervalMs ?? 1000
      if (typeof intervalMs !== 'number' || !Number.isFinite(intervalMs) || intervalMs <= 0) {
        invalidOption('intervalMs', 'a positive number of milliseconds', intervalMs)
      }
      if (typeof listener !== 'function') invalidOption('listener', 'a function', typeof listener)
      let ticker = tickers.get(intervalMs)
      if (!ticker) {
        ticker = { listeners: new Set(), handle: undefined, next: 0 }
        tickers.set(intervalMs, ticker)
        arm(intervalMs, ticker)
      }
      const own = ticker
      // Wrapped so the same function can subscribe twice and unsubscribe each independently.
      const entry: ClockListener = (time) => listener(time)
      own.listeners.add(entry)
      return () => {
        if (!own.listeners.delete(entry) || own.listeners.size > 0) return
        cancel(own.handle)
        tickers.delete(intervalMs)
      }
    },
  }
}

function checkOffset(offsetMs: unknown): number {
  if (typeof offsetMs === 'number' && Number.isFinite(offsetMs)) return offsetMs
  return invalidOption('offsetMs', 'a finite number of milliseconds', offsetMs)
}
