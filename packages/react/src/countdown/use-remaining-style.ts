/**
 * Drives a ring or bar without React renders: writes the fraction of the window still left into the CSS
 * variable `--a2f-countdown-remaining` (1 → 0) of an element, on the clock's one-second tick, and the time
 * the stylesheet's transition should take to get there into `--a2f-countdown-step`.
 *
 * Each write aims at the value of the *next* second boundary and glides there in the time left until it,
 * so the ring moves continuously and matches the seconds text; a stopped clock (frozen stories, tests
 * between `advance` calls) leaves it still. Following the a2f clock, not wall time, keeps offsets, fake
 * time and frozen stories right, which a free-running CSS animation would not. The element is meant to be
 * keyed by `endsAt`, so a new window starts on a new element instead of animating backwards.
 *
 * @example
 * const progressRef = useRemainingStyle(endsAt, 30)
 * return <div ref={progressRef} className="a2f-countdown-timer">…</div>
 */
import { useCallback, useEffect, useRef } from 'react'
import { useA2F } from '../provider/a2f-context.js'

/** The CSS custom property with the fraction left, from 1 (new code) to 0 (expired). */
export const REMAINING_VAR = '--a2f-countdown-remaining'
/** The CSS custom property with how long the transition to the written value should take. */
export const STEP_VAR = '--a2f-countdown-step'

export function useRemainingStyle(endsAt: number, period: number): (element: HTMLElement | null) => void {
  const { clock } = useA2F()
  const element = useRef<HTMLElement | null>(null)
  const lastNow = useRef<number | undefined>(undefined)
  const periodMs = Math.max(1, period * 1000)

  const write = useCallback(
    (now: number, glide: boolean) => {
      const node = element.current
      if (!node) return
      lastNow.current = now
      const target = glide ? Math.min(endsAt, (Math.floor(now / 1000) + 1) * 1000) : now
      const remaining = Math.min(1, Math.max(0, (endsAt - target) / periodMs))
      node.style.setProperty(REMAINING_VAR, remaining.toFixed(4))
      node.style.setProperty(STEP_VAR, `${Math.max(0, Math.round(target - now))}ms`)
    },
    [endsAt, periodMs],
  )

  useEffect(
    () =>
      clock.subscribe((now) => write(now, lastNow.current !== undefined && now > lastNow.current), {
        intervalMs: 1000,
      }),
    [clock, write],
  )

  return useCallback(
    (node: HTMLElement | null) => {
      element.current = node
      if (!node) return
      const now = clock.now()
      // The first value lands without a transition (the element is new); one frame later, if time
      // moves, glide towards the next second so the ring does not stand still until the first tick.
      write(now, false)
      if (typeof requestAnimationFrame !== 'function') return
      requestAnimationFrame(() => {
        const later = clock.now()
        if (element.current === node && later > now) write(later, true)
      })
    },
    [clock, write],
  )
}
