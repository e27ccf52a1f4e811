/**
 * Copies text to the clipboard with feedback: `state` is 'idle', 'copied' or 'failed' for `resetMs`
 * (default 2000), then 'idle' again. The clipboard is only touched inside `copy()`, never at import or
 * render, so server rendering works.
 *
 * @example
 * const { copy, state } = useCopy()
 * <button onClick={() => copy(code)} data-state={state}>{state === 'copied' ? 'Copiado' : 'Copiar'}</button>
 */
import { useCallback, useEffect, useRef, useState } from 'react'

export type CopyState = 'idle' | 'copied' | 'failed'

export function useCopy(resetMs = 2000): { copy: (text: string) => Promise<boolean>; state: CopyState } {
  const [state, setState] = useState<CopyState>('idle')
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  useEffect(() => () => clearTimeout(timer.current), [])

  const copy = useCallback(
    async (text: string) => {
      let ok = false
      try {
        await globalThis.navigator.clipboard.writeText(text)
        ok = true
      } catch {
        ok = false
      }
      setState(ok ? 'copied' : 'failed')
      clearTimeout(timer.current)
      timer.current = setTimeout(() => setState('idle'), resetMs)
      return ok
    },
    [resetMs],
  )
  return { copy, state }
}
