/**
 * What a live-code view shows, from whichever source it was given: the one place that chooses the code
 * (a stored credential's, a key in memory's, or the host's), reads its phase at the provider's clock and
 * says its status. `CodeCountdown` and `useCountdownMachine` both render from it, so they cannot drift
 * apart; `useNewCodeAnnouncement` is the one rule for when a new code is announced.
 *
 * Renders: with `resolution: 'phase'` twice per window (a new code, the start of 'expiring'); with
 * 'second' once a second.
 *
 * @example
 * const { reading, shown, status } = useCountdownReading({ credentialId, resolution: 'phase' })
 * useNewCodeAnnouncement(shown?.code, (code) => announce(`Novo código: ${spellCode(code)}`))
 */
import type { TotpGenerator } from '@a2f/core'
import type { UnreadableReason } from '@a2f/storage'
import { useEffect, useMemo, useRef } from 'react'
import { useLiveCode } from '../data/use-live-code.js'
import { useA2F } from '../provider/a2f-context.js'
import { useClockSnapshot } from '../time/use-clock-snapshot.js'
import { countdownPhaseKey, readCountdown, type CountdownReading } from './countdown-machine.js'

export interface CountdownSourceOptions {
  /** A stored credential: the store computes its codes. Takes precedence over the others. */
  credentialId?: string | undefined
  /** A key held in memory (`createTotp(bytes, params)`); `null`: none (the empty state). */
  generator?: TotpGenerator | null | undefined
  /** A code the host has (with `nextCode`, `validUntil`, `period`). */
  code?: string | undefined
  nextCode?: string | undefined
  /** With `code`: when it expires (ms). Default: the end of the current window of `period`. */
  validUntil?: number | undefined
  /** Seconds per code, for a given code or when the source does not say. Default 30. */
  period?: number | undefined
  /** Seconds left at which the phase becomes 'expiring'. Default 5. */
  expiringSeconds?: number | undefined
  /** 'second' (default): render every second; 'phase': on a new code and on expiry only. */
  resolution?: 'second' | 'phase' | undefined
}

/**
 * 'ready' (a code), 'loading' (a stored code not fetched yet), 'error' (the store failed), 'unreadable'
 * (the record cannot be opened), 'empty' (no source, or the credential is gone).
 */
export type CountdownStatus = 'ready' | 'loading' | 'error' | 'unreadable' | 'empty'

export interface CountdownSource {
  /** The phase, seconds and window of the code on show (of the clock's window when there is none). */
  reading: CountdownReading
  /** The code on show, or none (loading, failed, no key, expired while the store fails). */
  shown: { code: string; nextCode?: string | undefined } | undefined
  status: CountdownStatus
  /** With status 'unreadable': why. */
  unreadable: UnreadableReason | undefined
  /** Fetches the stored codes again (after 'error'). */
  retry: () => void
}

export function useCountdownReading(options: CountdownSourceOptions): CountdownSource {
  const { credentialId, generator } = options
  const { clock, codeBook } = useA2F()
  const entry = useLiveCode(credentialId)
  const stored = credentialId !== undefined
  const storedCode = entry.code
  // A stored code brings its own window; a key in memory its period; a given code the one it is told.
  const period = stored
    ? storedCode
      ? Math.round((storedCode.validUntil - storedCode.validFrom) / 1000)
      : (options.period ?? 30)
    : (generator?.period ?? options.period ?? 30)
  const epoch = stored ? 0 : (generator?.epoch ?? 0)
  const validUntil = stored
    ? storedCode?.validUntil
    : generator !== undefined
      ? undefined
      : options.validUntil
  const perSecond = options.resolution !== 'phase'
  const read = (now: number) =>
    readCountdown({
      now,
      period,
      epoch,
      ...(validUntil === undefined ? {} : { validUntil }),
      ...(options.expiringSeconds === undefined ? {} : { expiringSeconds: options.expiringSeconds }),
    })
  // A primitive snapshot that changes only with what is shown: the phase key, and the second if asked.
  useClockSnapshot(clock, 1000, (now) => {
    const reading = read(now)
    return countdownPhaseKey(reading) * 100 + (perSecond ? reading.secondsLeft : 0)
  })
  const reading = read(clock.now())
  const generated = useMemo(
    () => generator && { code: generator.at(reading.startsAt), nextCode: generator.at(reading.endsAt) },
    [generator, reading.startsAt, reading.endsAt],
  )
  const source = stored
    ? storedCode
    : generator !== undefined
      ? (generated ?? undefined)
      : options.code === undefined
        ? undefined
        : { code: options.code, nextCode: options.nextCode }
  // A code past its end while the store fails is not shown: the court would refuse it. Past its end
  // otherwise (a stored code whose successor is on its way), it stays on show as expiring.
  const shown =
    source && !(reading.phase === 'expired' && entry.error !== undefined)
      ? { code: source.code, nextCode: source.nextCode }
      : undefined
  const status: CountdownStatus = entry.unreadable
    ? 'unreadable'
    : shown
      ? 'ready'
      : entry.error !== undefined
        ? 'error'
        : stored && !entry.missing
          ? 'loading'
          : 'empty'
  return { reading, shown, status, unreadable: entry.unreadable, retry: codeBook.refresh }
}

/**
 * Announces each new code once, when it replaces another: not on mount (the code is on screen, and an
 * announcement while the page loads is noise), never the seconds. `announce` may change every render.
 */
export function useNewCodeAnnouncement(code: string | undefined, announce: (code: string) => void): void {
  const announced = useRef<string | undefined>(undefined)
  const latest = useRef(announce)
  latest.current = announce
  useEffect(() => {
    if (code === undefined) return
    const previous = announced.current
    announced.current = code
    if (previous !== undefined && previous !== code) latest.current(code)
  }, [code])
}
