/**
 * One countdown for many codes of the same period, with no code of its own: the header of a grid or of
 * an authenticator list where every code changes together (as Aegis does), instead of one ring per row.
 * Renders only when a new window starts and when it starts expiring; the seconds and the bar move
 * without renders.
 *
 * @example
 * <PeriodCountdown />                    // 30 s, a bar
 * <PeriodCountdown period={60} variant="ring" />
 */
import { useCountdownMessages } from './messages.js'
import { useCountdown } from '../time/use-countdown.js'
import { cx } from '../util/class-names.js'
import { CountdownTimer, type CountdownVariant } from './countdown-timer.js'

export interface PeriodCountdownProps {
  /** Seconds per code. Default 30. */
  period?: number
  /** Default 'bar'. */
  variant?: CountdownVariant
  /** Seconds left at which `data-state` becomes 'expiring'. Default 5. */
  expiringSeconds?: number
  /** Accessible name of the timer. Default: "Tempo até os próximos códigos" in the provider's language. */
  label?: string
  className?: string
}

export function PeriodCountdown(props: PeriodCountdownProps) {
  const { period = 30, variant = 'bar', expiringSeconds = 5, label, className } = props
  const m = useCountdownMessages()
  const { endsAt, state } = useCountdown({ period, expiringSeconds })
  return (
    <div className={cx('a2f-countdown-period', className)} data-state={state} data-variant={variant}>
      <CountdownTimer
        key={endsAt}
        endsAt={endsAt}
        period={period}
        variant={variant}
        label={label ?? m.periodTimerLabel}
      />
    </div>
  )
}
