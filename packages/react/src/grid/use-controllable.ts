/**
 * A value the host may control (`value` + `onChange`) or leave to the widget (`defaultValue`), as native
 * inputs do: the grid's view, sort and grouping. The setter tells `onChange` in both cases (a new function each render: no memoized child takes it).
 *
 * @example
 * const [view, setView] = useControllable(props.view, props.defaultView ?? 'credentials', props.onViewChange)
 */
import { useState } from 'react'

export function useControllable<T>(
  value: T | undefined,
  defaultValue: T,
  onChange: ((value: T) => void) | undefined,
): [T, (next: T) => void] {
  const [own, setOwn] = useState(defaultValue)
  return [
    value ?? own,
    (next) => {
      if (value === undefined) setOwn(next)
      onChange?.(next)
    },
  ]
}
