/**
 * A live TOTP code with its countdown: the digits in groups of three, the seconds left, a ring or a bar,
 * a copy button, and the next code near expiry. One widget, three sources of the code:
 *
 * - `credentialId`: a stored credential; the store computes the code (`useLiveCode`), so it also works
 *   against a server that never sends keys;
 * - `generator`: a key held in memory (`createTotp`), e.g. on a host's own screen before it saves the key;
 * - `code` + `validUntil` + `period` (+ `nextCode`): a code the host already has (presentational).
 *
 * It renders when the code changes and when it starts expiring — about twice per window, never every
 * second: the seconds and the ring are written into the DOM on the clock's tick. A polite live region
 * announces each new code once, digit by digit; the seconds are never announced.
 *
 * @example
 * <CodeCountdown credentialId={credential.id} label="Código do TRF4" />
 * <CodeCountdown generator={generator} size="large" />
 * <CodeCountdown code="492039" nextCode="118204" validUntil={endsAt} period={30} variant="bar" />
 */
import type { TotpGenerator } from '@a2f/core'
import { useCommonMessages } from '../i18n/common-messages.js'
import { useCountdownMessages } from './messages.js'
import { cx } from '../util/class-names.js'
import { groupCode } from '../util/group-code.js'
import { useCopy } from '../util/use-copy.js'
import { useCountdownReading, useNewCodeAnnouncement } from '../headless/use-countdown-reading.js'
import { CountdownTimer, type CountdownVariant } from './countdown-timer.js'
import { NextCode, SeenAndSpoken, useLiveRegion } from './spoken-code.js'
import { spellCode } from './spell-code.js'

export interface CodeCountdownProps {
  /** Show the code of this stored credential, computed by the store. Takes precedence over the others. */
  credentialId?: string
  /**
   * Show the codes of a key held in memory (`createTotp(bytes, params)`), e.g. on a host's own screen
   * before it saves the credential. `null` shows the empty state.
   */
  generator?: TotpGenerator | null
  /** A code given by the host (used when neither `credentialId` nor `generator` is given). */
  code?: string
  /** With `code`: the code of the next window, previewed near expiry. */
  nextCode?: string
  /** With `code`: when it expires (ms since the epoch). Default: the end of the current window of `period`. */
  validUntil?: number
  /** With `code`: seconds per code. Default 30. */
  period?: number
  /** A ring around the seconds, or a bar under the code. Default 'ring'. */
  variant?: CountdownVariant
  /** 'large' for the code the user types at the court (wizard). Default 'default'. */
  size?: 'default' | 'large'
  /** Seconds left at which `data-state` becomes 'expiring'. Default 5. */
  expiringSeconds?: number
  /** Preview the next code: 'auto' (default) while expiring, 'always', or 'never'. */
  showNext?: 'auto' | 'always' | 'never'
  /** Show the copy button. Default true. */
  copy?: boolean
  /** Accessible name of the widget, e.g. "Código do TRF4". Default "Código de verificação" (localised). */
  label?: string
  className?: string
}

export function CodeCountdown(props: CodeCountdownProps) {
  const { variant = 'ring', size = 'default', expiringSeconds = 5, showNext = 'auto' } = props
  const m = useCountdownMessages()
  const common = useCommonMessages()
  // The headless reading chooses the code and its phase (core's window arithmetic); 'phase' resolution
  // renders about twice per window, never every second: CountdownTimer writes the seconds and the ring
  // into the DOM itself.
  const { reading, shown, status, unreadable, retry } = useCountdownReading({
    credentialId: props.credentialId,
    generator: props.generator,
    code: props.code,
    nextCode: props.nextCode,
    validUntil: props.validUntil,
    period: props.period,
    expiringSeconds,
    resolution: 'phase',
  })
  const expiring = reading.phase !== 'running'
  const state = status === 'ready' ? (expiring ? 'expiring' : 'running') : status

  const { copy, state: copyState } = useCopy()
  const [liveRegion, announce] = useLiveRegion()
  // Written straight into the live region: announcing never renders.
  useNewCodeAnnouncement(shown?.code, (code) => announce(m.newCode(spellCode(code))))

  const nextVisible = showNext === 'always' || (showNext === 'auto' && expiring)

  return (
    <div
      className={cx('a2f-countdown', props.className)}
      role="group"
      aria-label={props.label ?? m.label}
      data-state={state}
      data-variant={variant}
      data-size={size}
    >
      {shown ? (
        <>
          <div className="a2f-countdown-body">
            <p className="a2f-countdown-code">
              <SeenAndSpoken
                className="a2f-countdown-digits"
                translate="no"
                seen={groupCode(shown.code)}
                spoken={m.currentCode(spellCode(shown.code))}
              />
            </p>
            <CountdownTimer
              key={reading.endsAt}
              endsAt={reading.endsAt}
              period={reading.period}
              variant={variant}
              label={m.timerLabel}
            />
          </div>
          {nextVisible && shown.nextCode !== undefined && (
            <NextCode className="a2f-countdown-next" code={shown.nextCode} messages={m} />
          )}
          {props.copy !== false && (
            <button
              type="button"
              className="a2f-button a2f-countdown-copy a2f-no-print"
              data-state={copyState}
              onClick={() =>
                void copy(shown.code).then((ok) => announce(ok ? m.copiedAnnouncement : common.copyFailed))
              }
            >
              {copyState === 'copied' ? common.copied : copyState === 'failed' ? common.copyFailed : m.copy}
            </button>
          )}
        </>
      ) : (
        <div className="a2f-countdown-body">
          <p className="a2f-countdown-message">
            {state === 'unreadable'
              ? m.unreadable[unreadable!]
              : state === 'error'
                ? m.unavailable
                : state === 'loading'
                  ? m.loading
                  : m.noCode}
          </p>
          {state === 'error' && props.credentialId !== undefined && (
            <button type="button" className="a2f-button a2f-countdown-retry" onClick={retry}>
              {common.retry}
            </button>
          )}
        </div>
      )}
      {liveRegion}
    </div>
  )
}
