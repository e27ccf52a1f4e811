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
import { useEffect, useMemo, useRef } from 'react'
import { useLiveCode } from '../data/use-live-code.js'
import { useA2F } from '../provider/a2f-context.js'
import { useCommonMessages } from '../i18n/common-messages.js'
import { useCountdownMessages } from './messages.js'
import { useClockSnapshot } from '../time/use-clock-snapshot.js'
import { cx } from '../util/class-names.js'
import { groupCode } from '../util/group-code.js'
import { useCopy } from '../util/use-copy.js'
import { countdownPhaseKey, readCountdown } from '../headless/countdown-machine.js'
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
  const { credentialId, generator, variant = 'ring', size = 'default', expiringSeconds = 5 } = props
  const { showNext = 'auto' } = props
  const { clock, codeBook } = useA2F()
  const m = useCountdownMessages()
  const common = useCommonMessages()
  // A stored credential's entry in the code book; for the other sources an empty entry, with no
  // subscription (a stored code does not tick a generator's window either, which would add renders).
  const entry = useLiveCode(credentialId)
  const stored = credentialId !== undefined
  const failing = entry.error !== undefined
  // A key in memory, and a given code without `validUntil`, follow the clock's windows of their period.
  const windowed = !stored && (generator !== undefined || props.validUntil === undefined)
  const period = generator?.period ?? props.period ?? 30
  const epoch = generator?.epoch ?? 0
  const fixedEnd = stored ? entry.code?.validUntil : props.validUntil

  // The headless countdown machine decides (`readCountdown`, core's window arithmetic): the phase of the
  // code at a time, and `countdownPhaseKey`, the one primitive that changes when what is drawn changes
  // (a new window or code, 'expiring', 'expired'). So the widget renders about twice per window, never
  // every second: the seconds and the ring are written into the DOM by CountdownTimer.
  const read = (now: number) =>
    readCountdown({
      now,
      period,
      epoch,
      expiringSeconds,
      ...(windowed || fixedEnd === undefined ? {} : { validUntil: fixedEnd }),
    })
  useClockSnapshot(clock, 1000, (now) => countdownPhaseKey(read(now)))
  const reading = read(clock.now())
  // A code past its end while its source fails is not shown: the court would refuse it. Past its end
  // otherwise (a stored code whose successor is on its way), it stays on show as expiring.
  const expiredWhileFailing = reading.phase === 'expired' && failing
  const expiring = reading.phase !== 'running'
  const generated = useMemo(
    () => generator && { code: generator.at(reading.startsAt), nextCode: generator.at(reading.endsAt) },
    [generator, reading.startsAt, reading.endsAt],
  )

  // The code on show, whichever the source; none once it expired while the source fails.
  const source = expiredWhileFailing
    ? undefined
    : stored
      ? entry.code
      : generator !== undefined
        ? generated
        : props.code === undefined
          ? undefined
          : { code: props.code, nextCode: props.nextCode }
  const validUntil = windowed ? reading.endsAt : fixedEnd
  const shown = source && validUntil !== undefined ? { ...source, validUntil } : undefined
  const state = entry.unreadable
    ? 'unreadable'
    : shown
      ? expiring
        ? 'expiring'
        : 'running'
      : failing
        ? 'error'
        : stored && !entry.missing
          ? 'loading'
          : 'empty'

  const { copy, state: copyState } = useCopy()
  const [liveRegion, announce] = useLiveRegion()
  const announcedCode = useRef<string | undefined>(undefined)

  // A new code is announced once, when it replaces another (not on mount: the code is on screen, and an
  // announcement while the page loads is noise). Written straight into the live region: no render.
  const code = shown?.code
  useEffect(() => {
    if (code === undefined) return
    const previous = announcedCode.current
    announcedCode.current = code
    if (previous !== undefined && previous !== code) announce(m.newCode(spellCode(code)))
  }, [code, m, announce])

  const nextVisible = showNext === 'always' || (showNext === 'auto' && expiring && !expiredWhileFailing)

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
              key={shown.validUntil}
              endsAt={shown.validUntil}
              // A stored code brings its own window; the other sources use `period`.
              period={
                stored && entry.code
                  ? Math.round((entry.code.validUntil - entry.code.validFrom) / 1000)
                  : period
              }
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
              ? m.unreadable[entry.unreadable!]
              : state === 'error'
                ? m.unavailable
                : state === 'loading'
                  ? m.loading
                  : m.noCode}
          </p>
          {state === 'error' && stored && (
            <button type="button" className="a2f-button a2f-countdown-retry" onClick={codeBook.refresh}>
              {common.retry}
            </button>
          )}
        </div>
      )}
      {liveRegion}
    </div>
  )
}
