/**
 * The seconds left and a ring or bar of one TOTP window: the `role="timer"` element shared by
 * `CodeCountdown`, `PeriodCountdown` and the authenticator cards. It never re-renders by itself: the
 * seconds text and the ring's progress are written into the DOM on the clock's tick. Key it by `endsAt`
 * so a new window starts fresh.
 *
 * The timer role is not announced as it changes (implicit aria-live="off"), so the seconds can sit in it
 * for screen readers that read it on demand without speaking every second.
 *
 * @example
 * <CountdownTimer key={endsAt} endsAt={endsAt} period={30} variant="ring" label="Tempo até o próximo código" />
 */
import { useA2F, useMessages } from '../provider/a2f-context.js'
import { useSecondsText } from '../time/use-seconds-text.js'
import { cx } from '../util/class-names.js'
import { useRemainingStyle } from './use-remaining-style.js'

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

/** Ring geometry: a circle of radius 16 in a 36×36 box, its length normalised to 100 by `pathLength`. */
const RING_SIZE = 36
const RING_RADIUS = 16

export function CountdownTimer({ endsAt, period, variant, label, className }: CountdownTimerProps) {
  const { clock } = useA2F()
  const { countdown: m } = useMessages()
  const secondsRef = useSecondsText(endsAt, m.seconds)
  const progressRef = useRemainingStyle(endsAt, period)
  // Only the first paint uses this (server rendering, before the effects); the hooks keep it current.
  const initialSeconds = Math.max(0, Math.ceil((endsAt - clock.now()) / 1000))
  return (
    <div
      ref={progressRef}
      className={cx('a2f-countdown-timer', className)}
      role="timer"
      aria-label={label}
      data-variant={variant}
    >
      {variant === 'ring' ? (
        <svg
          className="a2f-countdown-ring"
          viewBox={`0 0 ${RING_SIZE} ${RING_SIZE}`}
          width={RING_SIZE}
          height={RING_SIZE}
          aria-hidden="true"
          focusable="false"
        >
          <circle
            className="a2f-countdown-ring-track"
            cx={RING_SIZE / 2}
            cy={RING_SIZE / 2}
            r={RING_RADIUS}
            fill="none"
          />
          <circle
            className="a2f-countdown-ring-progress"
            cx={RING_SIZE / 2}
            cy={RING_SIZE / 2}
            r={RING_RADIUS}
            fill="none"
            pathLength={100}
          />
        </svg>
      ) : (
        <span className="a2f-countdown-bar" aria-hidden="true">
          <span className="a2f-countdown-bar-fill" />
        </span>
      )}
      <span ref={secondsRef} className="a2f-countdown-seconds">
        {m.seconds(initialSeconds)}
      </span>
    </div>
  )
}
