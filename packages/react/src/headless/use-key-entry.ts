/**
 * The key entry machine in React: created once, read through `useSyncExternalStore`, its callbacks
 * always the latest, a QR read still running dropped when the component unmounts (and the machine
 * usable again after StrictMode's re-mount). Returns `connectKeyEntry`'s prop getters and the machine.
 *
 * @example
 * const key = useKeyEntry({ onSecretChange: enrollment.setSecret, onEntryChange: enrollment.setSecretEntry })
 * <textarea {...key.getInputProps({ className: 'font-mono' })} />
 * {key.decoding && <button {...key.getCancelReadingButtonProps()}>Cancelar</button>}
 */
import { useEffect, useId, useState, useSyncExternalStore } from 'react'
import { connectKeyEntry, type KeyEntryApi } from './key-entry-connect.js'
import { createKeyEntry, type KeyEntry, type KeyEntryOptions } from './key-entry-machine.js'

export interface UseKeyEntryOptions extends KeyEntryOptions {
  disabled?: boolean
}

export interface UseKeyEntryResult extends KeyEntryApi {
  machine: KeyEntry
}

export function useKeyEntry(options: UseKeyEntryOptions = {}): UseKeyEntryResult {
  const [machine] = useState(() => createKeyEntry(options))
  const id = useId()
  // The latest callbacks, set after each commit (never during render).
  useEffect(() => machine.setOptions(options))
  useEffect(() => () => machine.dispose(), [machine])
  const snapshot = useSyncExternalStore(machine.subscribe, machine.getSnapshot, machine.getSnapshot)
  return {
    ...connectKeyEntry(snapshot, machine, { id, ...(options.disabled ? { disabled: true } : {}) }),
    machine,
  }
}
