/**
 * Props that make an element `inert` (or not) on React 18 and 19 alike. React 19 knows `inert` as a
 * boolean attribute and drops the empty string; React 18 does not know it, drops `true` (with a warning)
 * and passes strings through, so there the attribute is spelled `inert=""`. Both render `<div inert="">`.
 *
 * @example
 * <div {...inertProps(dialog !== null)}>…</div>
 */
import { version } from 'react'

// Read once: the React a host runs does not change while the page lives.
const booleanInert = Number.parseInt(version, 10) >= 19

/** `{ inert }` in the spelling the running React renders as the `inert` attribute; nothing when false. */
export function inertProps(inert: boolean): { inert?: boolean } {
  if (!inert) return {}
  // React 18's attribute is a string: the cast only tells React 19's types what React 18 expects.
  return booleanInert ? { inert: true } : ({ inert: '' } as unknown as { inert: boolean })
}
