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
import type { UnreadableReason } from '@a2f/storage'
import { useEffect, useRef } from 'react'
import { useLiveCode } from '../data/use-live-code.js'
import { useA2F } from '../provider/a2f-context.js'
import { useClockSnapshot } from '../time/use-clock-snapshot.js'
import { useTotp } from '../time/use-totp.js'
import { cx } from '../util/class-names.js'
import { groupCode } from '../util/group-code.js'
import { useCopy } from '../util/use-copy.js'
import { CountdownTimer, type CountdownVariant } from './countdown-timer.js'
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

/** What the view shows: the code of one window. */
interface ShownCode {
  code: string
  nextCode?: string
  validUntil: number
  period: number
}

type Status = 'ready' | 'loading' | 'unreadable' | 'error' | 'empty'

export function CodeCountdown(props: CodeCountdownProps) {
  // Each source is its own component, so only its hook subscribes (a stored code does not also tick a
  // generator's counter, which would add a render per window).
  if (props.credentialId !== undefined) return <StoredCode {...props} credentialId={props.credentialId} />
  if (props.generator !== undefined) return <GeneratedCode {...props} generator={props.generator} />
  return <GivenCode {...props} />
}

function StoredCode(props: CodeCountdownProps & { credentialId: string }) {
  const { codeBook } = useA2F()
  const entry = useLiveCode(props.credentialId)
  const code = entry.code
  const shown: ShownCode | undefined = code && {
    code: code.code,
    nextCode: code.nextCode,
    validUntil: code.validUntil,
    period: Math.round((code.validUntil - code.validFrom) / 1000),
  }
  const status: Status = entry.unreadable
    ? 'unreadable'
    : shown
      ? 'ready'
      : entry.error
        ? 'error'
        : entry.missing
          ? 'empty'
          : 'loading'
  return (
    <CodeCountdownView
      {...props}
      {...(shown ? { shown } : {})}
      {...(entry.unreadable ? { unreadable: entry.unreadable } : {})}
      status={status}
      failing={entry.error !== undefined}
      onRetry={codeBook.refresh}
    />
  )
}

function GeneratedCode(props: CodeCountdownProps & { generator: TotpGenerator | null }) {
  const live = useTotp(props.generator)
  const shown: ShownCode | undefined = live
    ? {
        code: live.code,
        nextCode: live.nextCode,
        validUntil: live.validUntil,
        period: props.generator?.period ?? 30,
      }
    : undefined
  return <CodeCountdownView {...props} {...(shown ? { shown } : {})} status={shown ? 'ready' : 'empty'} />
}

function GivenCode(props: CodeCountdownProps) {
  const { clock } = useA2F()
  const { code, nextCode, validUntil } = props
  const period = props.period ?? 30
  const periodMs = period * 1000
  // Without `validUntil`, follow the current window of `period` (re-renders once per window only).
  const counter = useClockSnapshot(clock, 1000, (now) =>
    validUntil === undefined ? Math.floor(now / periodMs) : -1,
  )
  const shown: ShownCode | undefined =
    code === undefined
      ? undefined
      : {
          code,
          ...(nextCode !== undefined ? { nextCode } : {}),
          validUntil: validUntil ?? (counter + 1) * periodMs,
          period,
        }
  return <CodeCountdownView {...props} {...(shown ? { shown } : {})} status={shown ? 'ready' : 'empty'} />
}

interface ViewProps extends CodeCountdownProps {
  shown?: ShownCode
  status: Status
  unreadable?: UnreadableReason
  /** The source is failing: a code past its window is then an error, not a code to show. */
  failing?: boolean
  onRetry?: () => void
}

function CodeCountdownView(props: ViewProps) {
  const { status, unreadable, failing = false, onRetry } = props
  const { variant = 'ring', size = 'default', expiringSeconds = 5, showNext = 'auto' } = props
  const { clock, messages } = useA2F()
  const m = messages.countdown
  const common = messages.common
  const endsAt = props.shown?.validUntil
  const expiringMs = expiringSeconds * 1000

  // 0 running, 1 expiring, 2 expired while the source fails. A primitive, so the clock's tick renders
  // only when it changes: once per window at `expiringSeconds`, and with a new code.
  const phase = useClockSnapshot(clock, 1000, (now) => {
    if (endsAt === undefined) return 0
    if (failing && now >= endsAt) return 2
    return now >= endsAt - expiringMs ? 1 : 0
  })
  const shown = phase === 2 ? undefined : props.shown
  const effectiveStatus: Status = phase === 2 ? 'error' : status
  const state = effectiveStatus === 'ready' ? (phase === 1 ? 'expiring' : 'running') : effectiveStatus

  const { copy, state: copyState } = useCopy()
  const announcer = useRef<HTMLSpanElement>(null)
  const announcedCode = useRef<string | undefined>(undefined)

  // A new code is announced once, when it replaces another (not on mount: the code is on screen, and an
  // announcement while the page loads is noise). Written straight into the live region: no render.
  const code = shown?.code
  useEffect(() => {
    if (code === undefined) return
    const previous = announcedCode.current
    announcedCode.current = code
    if (previous !== undefined && previous !== code && announcer.current) {
      announcer.current.textContent = m.newCode(spellCode(code))
    }
  }, [code, m])

  useEffect(() => {
    if (copyState === 'idle' || !announcer.current) return
    announcer.current.textContent = copyState === 'copied' ? m.copiedAnnouncement : common.copyFailed
  }, [copyState, m, common])

  const nextVisible =
    shown?.nextCode !== undefined && (showNext === 'always' || (showNext === 'auto' && phase === 1))

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
              <span className="a2f-countdown-digits" aria-hidden="true" translate="no">
                {groupCode(shown.code)}
              </span>
              <span className="a2f-visually-hidden">{m.currentCode(spellCode(shown.code))}</span>
            </p>
            <CountdownTimer
              key={shown.validUntil}
              endsAt={shown.validUntil}
              period={shown.period}
              variant={variant}
              label={m.timerLabel}
            />
          </div>
          {nextVisible && shown.nextCode !== undefined && (
            <p className="a2f-countdown-next">
              <span aria-hidden="true">{m.nextCode(groupCode(shown.nextCode))}</span>
              <span className="a2f-visually-hidden">{m.nextCodeSpoken(spellCode(shown.nextCode))}</span>
            </p>
          )}
          {props.copy !== false && (
            <button
              type="button"
              className="a2f-button a2f-countdown-copy a2f-no-print"
              data-state={copyState}
              onClick={() => void copy(shown.code)}
            >
              {copyState === 'copied' ? common.copied : copyState === 'failed' ? common.copyFailed : m.copy}
            </button>
          )}
        </>
      ) : (
        <div className="a2f-countdown-body">
          <p className="a2f-countdown-message">
            {effectiveStatus === 'unreadable' && unreadable
              ? m.unreadable[unreadable]
              : effectiveStatus === 'error'
                ? m.unavailable
                : effectiveStatus === 'loading'
                  ? m.loading
                  : m.noCode}
          </p>
          {effectiveStatus === 'error' && onRetry && (
            <button type="button" className="a2f-button a2f-countdown-retry" onClick={onRetry}>
              {common.retry}
            </button>
          )}
        </div>
      )}
      <span
        ref={announcer}
        className="a2f-visually-hidden"
        role="status"
        aria-live="polite"
        aria-atomic="true"
      />
    </div>
  )
}
