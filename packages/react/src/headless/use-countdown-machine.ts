/**
 * The countdown machine in React, for hosts that draw the live code with their own components: the code
 * (of a stored credential, a key held in memory, or given: chosen by `useCountdownReading`, as for
 * `CodeCountdown`), its phase and seconds, the copy action and the announcement of each new code, as
 * `connectCountdown`'s prop getters.
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
import { useId, useState } from 'react'
import { spellCode } from '../countdown/spell-code.js'
import { useCopy } from '../util/use-copy.js'
import { connectCountdown, type CountdownApi, type CountdownLabels } from './countdown-machine.js'
import {
  useCountdownReading,
  useNewCodeAnnouncement,
  type CountdownSourceOptions,
  type CountdownStatus,
} from './use-countdown-reading.js'

export interface UseCountdownMachineOptions extends CountdownSourceOptions {
  labels?: Partial<CountdownLabels>
  /** Announced for each new code. Default pt-BR 'Novo código: 4 9 2 0 3 9'. */
  newCodeAnnouncement?: (spelled: string) => string
}

export interface UseCountdownMachineResult extends CountdownApi {
  /** What the polite live region says now: the last new code. */
  announcement: string
  /**
   * 'ready' (a code), 'loading' (a stored code not fetched yet), 'error' (the store failed: `retry`),
   * 'unreadable' (the record cannot be opened), 'empty' (no source, or the credential is gone).
   */
  status: CountdownStatus
  /** Fetches the stored codes again (after 'error'). */
  retry: () => void
}

export function useCountdownMachine(options: UseCountdownMachineOptions = {}): UseCountdownMachineResult {
  const id = useId()
  const { reading, shown, status, retry } = useCountdownReading(options)
  const code = shown?.code
  const { copy, state: copyState } = useCopy()
  const [announcement, setAnnouncement] = useState('')
  const newCode = options.newCodeAnnouncement ?? ((spelled: string) => `Novo código: ${spelled}`)
  useNewCodeAnnouncement(code, (fresh) => setAnnouncement(newCode(spellCode(fresh))))

  const api = connectCountdown(reading, {
    id,
    ...(code === undefined ? {} : { code }),
    ...(shown?.nextCode === undefined ? {} : { nextCode: shown.nextCode }),
    copyState,
    onCopy: (text) => void copy(text),
    ...(options.labels ? { labels: options.labels } : {}),
  })
  return { ...api, announcement, status, retry }
}
