/**
 * A value the host may control (`value` + `onChange`) or leave to the widget (`defaultValue`), as native
 * inputs do: the grid's view, sort and grouping.
 *
 * @example
 * const [view, setView] = useControllable(props.view, props.defaultView ?? 'credentials', props.onViewChange)
 */
import { useCallback, useRef, useState } from 'react'

export function useControllable<T>(
  value: T | undefined,
  defaultValue: T,
  onChange: ((value: T) => void) | undefined,
): [T, (next: T) => void] {
  const [own, setOwn] = useState(defaultValue)
  const controlled = value !== undefined
  const onChangeRef = useRef(onChange)
  onChangeRef.current = onChange
  const set = useCallback(
    (next: T) => {
      if (!controlled) setOwn(next)
      onChangeRef.current?.(next)
    },
    [controlled],
  )
  return [controlled ? value : own, set]
}
