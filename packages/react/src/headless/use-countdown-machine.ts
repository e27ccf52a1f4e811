/**
 * The countdown machine in React, for hosts that draw the live code with their own components: the code
 * (of a stored credential, a key held in memory, or given), its phase and seconds, the copy action and
 * the announcement of each new code, as `connectCountdown`'s prop getters.
 *
 * Renders: with `resolution: 'phase'` twice per window (a new code, the start of 'expiring'), as the
 * shipped `CodeCountdown`; with 'second' (the default: hosts usually print the seconds) once a second.
 * A new code is announced once (in `announcement`, for `getLiveRegionProps`), never on mount, never the
 * seconds.
 *
 * @example
 * const api = useCountdownMachine({ credentialId: credential.id })
 * <div {...api.getRootProps({ className: 'flex gap-2' })}>
 *   <span {...api.getCodeProps()}>{api.groupedCode}</span><span {...api.getSpokenCodeProps()}>{api.spokenCode}</span>
 *   <span {...api.getTimerProps()}>{api.secondsLeft}s</span>
 *   <button {...api.getCopyButtonProps()}>Copiar</button>
 *   <p {...api.getLiveRegionProps()}>{api.announcement}</p>
 * </div>
 */
import type { TotpGenerator } from '@a2f/core'
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { spellCode } from '../countdown/spell-code.js'
import { useLiveCode } from '../data/use-live-code.js'
import { useA2F } from '../provider/a2f-context.js'
import { useClockSnapshot } from '../time/use-clock-snapshot.js'
import { useCopy } from '../util/use-copy.js'
import {
  connectCountdown,
  countdownPhaseKey,
  readCountdown,
  type CountdownApi,
  type CountdownLabels,
} from './countdown-machine.js'

export interface UseCountdownMachineOptions {
  /** A stored credential: the store computes its codes. Takes precedence over the others. */
  credentialId?: string
  /** A key held in memory (`createTotp(bytes, params)`). */
  generator?: TotpGenerator | null
  /** A code the host has (with `nextCode`, `validUntil`, `period`). */
  code?: string
  nextCode?: string
  validUntil?: number
  /** Seconds per code, for a given code or when the source does not say. Default 30. */
  period?: number
  /** Seconds left at which the phase becomes 'expiring'. Default 5. */
  expiringSeconds?: number
  /** 'second' (default): render every second; 'phase': on a new code and on expiry only. */
  resolution?: 'second' | 'phase'
  labels?: Partial<CountdownLabels>
  /** Announced for each new code. Default pt-BR 'Novo código: 4 9 2 0 3 9'. */
  newCodeAnnouncement?: (spelled: string) => string
}

export interface UseCountdownMachineResult extends CountdownApi {
  /** What the polite live region says now: the last new code, or the copy's outcome. */
  announcement: string
  /**
   * 'ready' (a code), 'loading' (a stored code not fetched yet), 'error' (the store failed: `retry`),
   * 'unreadable' (the record cannot be opened), 'empty' (no source, or the credential is gone).
   */
  status: 'ready' | 'loading' | 'error' | 'unreadable' | 'empty'
  /** Fetches the stored codes again (after 'error'). */
  retry: () => void
}

export function useCountdownMachine(options: UseCountdownMachineOptions = {}): UseCountdownMachineResult {
  const { credentialId, generator } = options
  const { clock, codeBook } = useA2F()
  const id = useId()
  const entry = useLiveCode(credentialId)
  const stored = credentialId !== undefined
  const storedCode = entry.code
  const period = generator
    ? generator.period
    : stored && storedCode
      ? Math.round((storedCode.validUntil - storedCode.validFrom) / 1000)
      : (options.period ?? 30)
  const epoch = generator?.epoch ?? 0
  const validUntil = stored ? storedCode?.validUntil : generator ? undefined : options.validUntil
  const perSecond = options.resolution !== 'phase'
  const read = (now: number) =>
    readCountdown({
      now,
      period,
      epoch,
      ...(validUntil === undefined ? {} : { validUntil }),
      ...(options.expiringSeconds === undefined ? {} : { expiringSeconds: options.expiringSeconds }),
    })
  // Primitive snapshot: changes only with what is shown (the phase key, and the second if asked).
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
    : generator
      ? generated
      : options.code === undefined
        ? undefined
        : options
  // A stored code past its end while the store fails is not shown: it would be refused at the court.
  const shown = reading.phase === 'expired' && entry.error !== undefined ? undefined : source
  const code = shown?.code ?? undefined
  const { copy, state: copyState } = useCopy()
  const [announcement, setAnnouncement] = useState('')
  const announced = useRef<string | undefined>(undefined)
  const newCode = options.newCodeAnnouncement ?? ((spelled: string) => `Novo código: ${spelled}`)
  const newCodeRef = useRef(newCode)
  newCodeRef.current = newCode

  useEffect(() => {
    if (code === undefined) return
    const previous = announced.current
    announced.current = code
    if (previous !== undefined && previous !== code) setAnnouncement(newCodeRef.current(spellCode(code)))
  }, [code])

  const api = connectCountdown(reading, {
    id,
    ...(code === undefined ? {} : { code }),
    ...(shown?.nextCode === undefined ? {} : { nextCode: shown.nextCode }),
    copyState,
    onCopy: (text) => void copy(text),
    ...(options.labels ? { labels: options.labels } : {}),
  })
  const status = entry.unreadable
    ? 'unreadable'
    : code !== undefined
      ? 'ready'
      : entry.error !== undefined
        ? 'error'
        : stored && !entry.missing
          ? 'loading'
          : 'empty'
  return { ...api, announcement, status, retry: codeBook.refresh }
}
