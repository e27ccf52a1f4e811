/**
 * The state of a form that runs one slow task at a time (a key derivation, a backup): whether it is busy
 * and the message it shows. `run` ignores a second submit while the first one runs.
 *
 * @example
 * const task = useFormTask()
 * task.run(async () => { await exportIt(); return { kind: 'success', text: 'Exportado.' } }, onError)
 */
import { useCallback, useRef, useState } from 'react'
import type { Message } from './form-message.js'

export interface FormTask {
  busy: boolean
  message: Message | null
  setMessage: (message: Message | null) => void
  /** Runs `task` with `progress` shown meanwhile; its result (or `onError(error)`) becomes the message. */
  run: (progress: string, task: () => Promise<Message>, onError: (error: unknown) => string) => Promise<void>
}

export function useFormTask(): FormTask {
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<Message | null>(null)
  const running = useRef(false)
  const run = useCallback<FormTask['run']>(async (progress, task, onError) => {
    if (running.current) return
    running.current = true
    setBusy(true)
    setMessage({ kind: 'info', text: progress })
    try {
      setMessage(await task())
    } catch (error) {
      setMessage({ kind: 'error', text: onError(error) })
    } finally {
      running.current = false
      setBusy(false)
    }
  }, [])
  return { busy, message, setMessage, run }
}
