/**
 * Keeps a text node showing the seconds left until `endsAt`, updated on the shared one-second tick
 * without a React render: a page of codes commits when codes change, not every second.
 *
 * @example
 * const secondsRef = useSecondsText(endsAt)
 * return <span ref={secondsRef}>{initialSeconds}</span>
 */
import { useCallback, useEffect, useRef } from 'react'
import { useA2F } from '../provider/a2f-context.js'

export function useSecondsText(
  endsAt: number,
  format: (seconds: number) => string = String,
): (element: HTMLElement | null) => void {
  const { clock } = useA2F()
  const element = useRef<HTMLElement | null>(null)
  const formatRef = useRef(format)
  formatRef.current = format

  const write = useCallback(() => {
    const seconds = Math.max(0, Math.ceil((endsAt - clock.now()) / 1000))
    const text = formatRef.current(seconds)
    if (element.current && element.current.textContent !== text) element.current.textContent = text
  }, [clock, endsAt])

  useEffect(() => {
    write()
    return clock.subscribe(write, { intervalMs: 1000 })
  }, [clock, write])

  return useCallback(
    (node: HTMLElement | null) => {
      element.current = node
      if (node) write()
    },
    [write],
  )
}
