/**
 * The shape every `connect*` function of `@a2f/react/headless` returns props in: plain objects of DOM
 * attributes and handlers, spread on the host's own elements (`<Button {...api.getCopyButtonProps()}>`),
 * as Zag's `connect` and Downshift's prop getters do. Each carries `data-scope` (the widget) and
 * `data-part` (which element), and `data-state` where the element has one, so a host styles
 * `[data-part=root][data-state=expiring]` without reading the state in code.
 *
 * Props a host passes to a getter are merged in: its handlers run before ours (and may call
 * `event.preventDefault()` to skip ours), its other props win, except the aria wiring the getter owns.
 *
 * @example
 * <input {...api.getInputProps({ className: 'rounded border px-3', onBlur: track })} />
 */
import type { SyntheticEvent } from 'react'

/** Any element props: attributes, `data-*`, handlers. */
export type ElementProps = Record<string, unknown>

/** `data-scope` and `data-part` of a part of a widget. */
export function part(scope: string, name: string): { 'data-scope': string; 'data-part': string } {
  return { 'data-scope': scope, 'data-part': name }
}

/**
 * Merges the host's props over ours: handlers chain (the host's first; a host handler that calls
 * `preventDefault()` stops ours), `className`s join, other host props replace ours except `owned`.
 */
export function mergeProps<T extends ElementProps>(
  ours: T,
  theirs: ElementProps | undefined,
  owned: readonly string[] = [],
): T {
  if (!theirs) return ours
  const merged: ElementProps = { ...ours }
  for (const [key, value] of Object.entries(theirs)) {
    if (value === undefined || owned.includes(key)) continue
    const mine = merged[key]
    if (/^on[A-Z]/.test(key) && typeof mine === 'function' && typeof value === 'function') {
      merged[key] = (event: SyntheticEvent, ...rest: unknown[]) => {
        ;(value as (...args: unknown[]) => void)(event, ...rest)
        if (!event?.defaultPrevented) (mine as (...args: unknown[]) => void)(event, ...rest)
      }
    } else if (key === 'className' && typeof mine === 'string') {
      merged[key] = `${mine} ${String(value)}`
    } else {
      merged[key] = value
    }
  }
  return merged as T
}
