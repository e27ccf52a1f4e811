/**
 * The seconds left and a ring or bar of one TOTP window: the `role="timer"` element shared by
 * `CodeCountdown`, `PeriodCountdown` and the authenticator cards. It never re-renders by itself: on the
 * clock's one-second tick it writes the seconds text, and the fraction of the window still left into the
 * CSS variable `--a2f-countdown-remaining` (1 → 0), with the time the stylesheet's transition should take
 * to get there in `--a2f-countdown-step`.
 *
 * Each write aims at the value of the *next* second boundary and glides there in the time left until it,
 * so the ring moves continuously and matches the seconds text; a stopped clock (frozen stories, tests
 * between `advance` calls) leaves it still. Following the a2f clock, not wall time, keeps offsets, fake
 * time and frozen stories right, which a free-running CSS animation would not. Key the timer by `endsAt`,
 * so a new window starts on a new element instead of animating backwards.
 *
 * The timer role is not announced as it changes (implicit aria-live="off"), so the seconds can sit in it
 * for screen readers that read it on demand without speaking every second.
 *
 * @example
 * <CountdownTimer key={endsAt} endsAt={endsAt} period={30} variant="ring" label="Tempo até o próximo código" />
 */
import { useCallback, useEffect, useRef } from 'react'
import { useA2F } from '../provider/a2f-context.js'
import { useCountdownMessages } from './messages.js'
import { cx } from '../util/class-names.js'

export type CountdownVariant = 'ring' | 'bar'

export interface CountdownTimerProps {
  /** When the window ends, ms since the epoch. */
  endsAt: number
  /** Seconds per window. */
  period: number
  variant: CountdownVariant
  /** Accessible name of the timer. */
  label: string
  className?: string
}

/** The CSS custom property with the fraction left, from 1 (new code) to 0 (expired). */
export const REMAINING_VAR = '--a2f-countdown-remaining'
/** The CSS custom property with how long the transition to the written value should take. */
export const STEP_VAR = '--a2f-countdown-step'

/** The ring: a circle of radius 16 in a 36×36 box, its length normalised to 100 by `pathLength`. */
const RING_CIRCLE = { cx: 18, cy: 18, r: 16, fill: 'none' }

/** Whole seconds left until `endsAt`, rounded up, never below 0. */
const secondsLeft = (endsAt: number, now: number) => Math.max(0, Math.ceil((endsAt - now) / 1000))

export function CountdownTimer({ endsAt, period, variant, label, className }: CountdownTimerProps) {
  const { clock } = useA2F()
  const { seconds } = useCountdownMessages()
  const element = useRef<HTMLDivElement | null>(null)
  const lastNow = useRef(0)

  // `glide`: aim at the next second boundary and take until then; otherwise land at `now` at once.
  const write = useCallback(
    (now: number, glide: boolean) => {
      const node = element.current
      if (!node) return
      lastNow.current = now
      const target = glide ? Math.min(endsAt, (Math.floor(now / 1000) + 1) * 1000) : now
      const remaining = Math.min(1, Math.max(0, (endsAt - target) / Math.max(1, period * 1000)))
      node.style.setProperty(REMAINING_VAR, remaining.toFixed(4))
      node.style.setProperty(STEP_VAR, `${Math.max(0, Math.round(target - now))}ms`)
      // The seconds span is the timer's last child; React rendered its first value.
      const text = seconds(secondsLeft(endsAt, now))
      const secondsNode = node.lastChild!
      if (secondsNode.textContent !== text) secondsNode.textContent = text
    },
    [endsAt, period, seconds],
  )

  useEffect(
    () => clock.subscribe((now) => write(now, now > lastNow.current), { intervalMs: 1000 }),
    [clock, write],
  )

  const ref = useCallback(
    (node: HTMLDivElement | null) => {
      element.current = node
      if (!node) return
      // The first value lands without a transition (the element is new); one frame later, if time
      // moves, glide towards the next second so the ring does not stand still until the first tick.
      const now = clock.now()
      write(now, false)
      globalThis.requestAnimationFrame?.(() => {
        const later = clock.now()
        if (element.current === node && later > now) write(later, true)
      })
    },
    [clock, write],
  )

  return (
    <div
      ref={ref}
      className={cx('a2f-countdown-timer', className)}
      role="timer"
      aria-label={label}
      data-variant={variant}
    >
      {variant === 'ring' ? (
        <svg
          className="a2f-countdown-ring"
          viewBox="0 0 36 36"
          width={36}
          height={36}
          aria-hidden="true"
          focusable="false"
        >
          <circle className="a2f-countdown-ring-track" {...RING_CIRCLE} />
          <circle className="a2f-countdown-ring-progress" {...RING_CIRCLE} pathLength={100} />
        </svg>
      ) : (
        <span className="a2f-countdown-bar" aria-hidden="true">
          <span className="a2f-countdown-bar-fill" />
        </span>
      )}
      {/* Only the first paint uses this value (server rendering, before the ref); `write` keeps it current. */}
      <span className="a2f-countdown-seconds">{seconds(secondsLeft(endsAt, clock.now()))}</span>
    </div>
  )
}
