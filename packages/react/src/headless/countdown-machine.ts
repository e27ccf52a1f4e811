/**
 * The countdown of a TOTP code as a framework-free machine, in the manner of Zag's timer: from the time
 * and the code's window, its phase — 'running', 'expiring' (at most `expiringSeconds` left: the next code
 * is worth showing), 'expired' (the window ended and no new code came) — and the seconds and progress a
 * ring or bar draws. `connectCountdown` turns a reading into prop getters with the aria wiring the
 * shipped `CodeCountdown` uses: a named group, a polite live region for new codes, the code not
 * translated, a timer whose seconds are not announced.
 *
 * The window arithmetic is core's (`totpWindow`): one home for counter, start, end and remaining time.
 *
 * @example
 * const view = readCountdown({ now: Date.now(), period: 30 })        // { phase: 'running', secondsLeft: 17, … }
 * const api = connectCountdown(view, { id: 'trf4', code: '492039', label: 'Código do TRF4' })
 * <div {...api.getRootProps()}><span {...api.getCodeProps()}>{api.groupedCode}</span></div>
 */
import { totpWindow } from '@a2f/core'
import { spellCode } from '../countdown/spell-code.js'
import { groupCode } from '../util/group-code.js'
import { mergeProps, part, type ElementProps } from './prop-getters.js'

/** Where a code stands in its window. */
export type CountdownPhase = 'running' | 'expiring' | 'expired'

export interface CountdownInput {
  /** The time, ms since the epoch (the provider's clock: `clock.now()`). */
  now: number
  /** Seconds per code (RFC 6238 X). Default 30. */
  period?: number
  /** T0, ms (RFC 6238). Default 0. */
  epoch?: number
  /** When the code on show expires, when its source says (a stored code); default: the window's end. */
  validUntil?: number
  /** Seconds left at which the phase becomes 'expiring'. Default 5. */
  expiringSeconds?: number
}

export interface CountdownReading {
  phase: CountdownPhase
  /** The TOTP counter of the window `now` is in. */
  counter: number
  period: number
  startsAt: number
  endsAt: number
  remainingMs: number
  /** Whole seconds left, rounded up (0 once expired). */
  secondsLeft: number
  /** Elapsed part of the code's window, 0 → 1. */
  progress: number
}

/** Reads the countdown at `input.now`. Pure. */
export function readCountdown(input: CountdownInput): CountdownReading {
  const period = input.period ?? 30
  const expiringMs = (input.expiringSeconds ?? 5) * 1000
  const window = totpWindow({ timestamp: input.now, period, epoch: input.epoch ?? 0 })
  const endsAt = input.validUntil ?? window.endsAt
  const startsAt = input.validUntil === undefined ? window.startsAt : endsAt - period * 1000
  const remainingMs = Math.max(0, endsAt - input.now)
  const phase: CountdownPhase =
    remainingMs === 0 ? 'expired' : remainingMs <= expiringMs ? 'expiring' : 'running'
  return {
    phase,
    counter: window.counter,
    period,
    startsAt,
    endsAt,
    remainingMs,
    secondsLeft: Math.ceil(remainingMs / 1000),
    progress: Math.min(1, Math.max(0, (input.now - startsAt) / (period * 1000))),
  }
}

/**
 * A number that changes exactly when what a phase-only view shows changes (the window, the phase): the
 * snapshot for `useSyncExternalStore`, so a countdown commits twice per window, not every second.
 */
export function countdownPhaseKey(reading: CountdownReading): number {
  return reading.counter * 3 + (reading.phase === 'running' ? 0 : reading.phase === 'expiring' ? 1 : 2)
}

/** Texts of the countdown's aria wiring; pt-BR defaults, the caller's win. */
export interface CountdownLabels {
  /** Accessible name of the group. Default 'Código de verificação'. */
  label: string
  /** Read instead of the grouped digits: 'Código atual: 4 9 2 0 3 9'. */
  currentCode: (spelled: string) => string
  /** Accessible name of the timer. Default 'Tempo até o próximo código'. */
  timerLabel: string
  /** Accessible name of the copy button. Default 'Copiar código'. */
  copy: string
}

export const DEFAULT_COUNTDOWN_LABELS: CountdownLabels = {
  label: 'Código de verificação',
  currentCode: (spelled) => `Código atual: ${spelled}`,
  timerLabel: 'Tempo até o próximo código',
  copy: 'Copiar código',
}

export interface ConnectCountdownOptions {
  /** Base of the element ids (React's `useId()`). */
  id: string
  /** The code on show; undefined: none (loading, failed, no key). */
  code?: string
  /** The next window's code, for the preview near expiry. */
  nextCode?: string
  /** The copy button's state, from `useCopy` or the host's own. Default 'idle'. */
  copyState?: 'idle' | 'copied' | 'failed'
  /** Called by the copy button with the code. */
  onCopy?: (code: string) => void
  labels?: Partial<CountdownLabels>
}

export interface CountdownApi extends CountdownReading {
  code: string | undefined
  /** '492 039', or '' with no code. */
  groupedCode: string
  /** Whether to show the next code now: expiring and known. */
  showNext: boolean
  nextCode: string | undefined
  getRootProps(props?: ElementProps): ElementProps
  /** 'Código atual: 4 9 2 0 3 9' ('' with no code): the text of `getSpokenCodeProps`. */
  spokenCode: string
  /** The grouped digits for the eye (hidden from screen readers, not translated by the browser). */
  getCodeProps(props?: ElementProps): ElementProps
  /** A visually hidden element holding `spokenCode`, what screen readers read. */
  getSpokenCodeProps(props?: ElementProps): ElementProps
  /** The seconds left: a timer whose ticks are not announced. */
  getTimerProps(props?: ElementProps): ElementProps
  /** A progress bar of the window (`aria-valuenow` = seconds left); `--a2f-progress` for CSS. */
  getProgressProps(props?: ElementProps): ElementProps
  getNextCodeProps(props?: ElementProps): ElementProps
  getCopyButtonProps(props?: ElementProps): ElementProps
  /** The polite live region new codes are announced in (render it always, empty until needed). */
  getLiveRegionProps(props?: ElementProps): ElementProps
}

const SCOPE = 'countdown'

/** Hidden from the eye, read by screen readers (the usual clip pattern). */
export const VISUALLY_HIDDEN = /* @__PURE__ */ Object.freeze({
  position: 'absolute',
  width: '1px',
  height: '1px',
  margin: '-1px',
  padding: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
})

/** Prop getters for a countdown reading. Pure. */
export function connectCountdown(reading: CountdownReading, options: ConnectCountdownOptions): CountdownApi {
  const labels = { ...DEFAULT_COUNTDOWN_LABELS, ...options.labels }
  const { code, nextCode, id } = options
  const state = code === undefined ? 'empty' : reading.phase
  return {
    ...reading,
    code,
    nextCode,
    groupedCode: code === undefined ? '' : groupCode(code),
    spokenCode: code === undefined ? '' : labels.currentCode(spellCode(code)),
    showNext: reading.phase === 'expiring' && nextCode !== undefined,
    getRootProps: (props) =>
      mergeProps(
        {
          ...part(SCOPE, 'root'),
          id: `${id}-root`,
          role: 'group',
          'aria-label': labels.label,
          'data-state': state,
        },
        props,
        ['role', 'data-state'],
      ),
    getCodeProps: (props) =>
      mergeProps(
        // Seen only: screen readers read the spelled code of `getSpokenCodeProps` instead.
        {
          ...part(SCOPE, 'code'),
          id: `${id}-code`,
          translate: 'no',
          'aria-hidden': true,
          'data-state': state,
        },
        props,
        ['aria-hidden'],
      ),
    getSpokenCodeProps: (props) =>
      mergeProps({ ...part(SCOPE, 'spoken-code'), style: VISUALLY_HIDDEN }, props),
    getTimerProps: (props) =>
      mergeProps(
        {
          ...part(SCOPE, 'timer'),
          role: 'timer',
          'aria-label': labels.timerLabel,
          // A timer's ticks are off (the seconds are never announced: only new codes are).
          'aria-live': 'off',
          'data-state': reading.phase,
        },
        props,
        ['aria-live'],
      ),
    getProgressProps: (props) =>
      mergeProps(
        {
          ...part(SCOPE, 'progress'),
          role: 'progressbar',
          'aria-label': labels.timerLabel,
          'aria-valuemin': 0,
          'aria-valuemax': reading.period,
          'aria-valuenow': reading.secondsLeft,
          'data-state': reading.phase,
          style: { '--a2f-progress': String(reading.progress) },
        },
        props,
      ),
    getNextCodeProps: (props) =>
      mergeProps(
        { ...part(SCOPE, 'next-code'), translate: 'no', hidden: !(reading.phase === 'expiring' && nextCode) },
        props,
      ),
    getCopyButtonProps: (props) =>
      mergeProps(
        {
          ...part(SCOPE, 'copy-button'),
          type: 'button',
          'aria-label': labels.copy,
          disabled: code === undefined,
          'data-state': options.copyState ?? 'idle',
          onClick: () => {
            if (code !== undefined) options.onCopy?.(code)
          },
        },
        props,
        ['type'],
      ),
    getLiveRegionProps: (props) =>
      mergeProps(
        { ...part(SCOPE, 'live-region'), role: 'status', 'aria-live': 'polite', 'aria-atomic': true },
        props,
        ['role', 'aria-live'],
      ),
  }
}
