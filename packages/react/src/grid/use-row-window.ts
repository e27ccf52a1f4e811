/**
 * Windowing for rows of known, fixed heights: which rows are in view (plus `overscan` on each side) of
 * a scrolling element, and where each one goes. The grid's rows are fixed (credential rows and shorter
 * group headers), so positions are exact prefix sums and the visible range is two binary searches; no
 * measuring, no per-row observers.
 *
 * The component renders again only when the range of rows in view changes, not on every scroll event.
 * Without layout (jsdom, server rendering) the element measures 0 px; `initialHeight` is assumed then,
 * so tests and the server render a first window of rows instead of none.
 *
 * @example
 * const { items, totalSize } = useRowWindow({ count, sizeOf: () => 56, scrollRef, bodyRef, initialHeight: 560, overscan: 8 })
 * <div style={{ height: totalSize }}>{items.map((item) => <Row key={…} style={{ top: item.start }} />)}</div>
 */
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react'

export interface RowWindowOptions {
  count: number
  /** Height in px of row `index`; must not change while `count` and the function stay the same. */
  sizeOf: (index: number) => number
  /** The element that scrolls. */
  scrollRef: RefObject<HTMLElement | null>
  /** The element the rows are placed in (its offset inside the scroll element is taken into account). */
  bodyRef: RefObject<HTMLElement | null>
  /** Viewport height assumed while the scroll element measures 0 px. */
  initialHeight: number
  /** Rows rendered beyond each edge of the view. */
  overscan: number
}

export interface RowWindowItem {
  index: number
  /** Offset from the top of the body, px. */
  start: number
  size: number
}

export interface RowWindow {
  items: RowWindowItem[]
  /** Height of all rows together, px. */
  totalSize: number
}

interface Viewport {
  top: number
  height: number
}

export function useRowWindow(options: RowWindowOptions): RowWindow {
  const { count, sizeOf, scrollRef, bodyRef, initialHeight, overscan } = options

  // offsets[i] is where row i starts; offsets[count] is the total height.
  const offsets = useMemo(() => {
    const result = new Float64Array(count + 1)
    for (let index = 0; index < count; index++) result[index + 1] = result[index]! + sizeOf(index)
    return result
  }, [count, sizeOf])

  const [viewport, setViewport] = useState<Viewport>({ top: 0, height: initialHeight })
  // Read by the scroll listener, which outlives renders.
  const latest = useRef({ offsets, overscan, count })
  latest.current = { offsets, overscan, count }

  useEffect(() => {
    const element = scrollRef.current
    if (!element) return
    const read = () => {
      const bodyOffset = bodyRef.current?.offsetTop ?? 0
      const next = {
        top: Math.max(0, element.scrollTop - bodyOffset),
        height: element.clientHeight > 0 ? element.clientHeight : initialHeight,
      }
      // Keeping the current object when the range of rows is the same bails out of the render: scrolling
      // inside the rows already on screen costs nothing.
      setViewport((current) => {
        const { offsets: now, overscan: extra, count: rows } = latest.current
        const same = rangeOf(now, current, extra, rows).join() === rangeOf(now, next, extra, rows).join()
        return same ? current : next
      })
    }
    read()
    const listening = new AbortController()
    element.addEventListener('scroll', read, { passive: true, signal: listening.signal })
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(read) : undefined
    observer?.observe(element)
    return () => {
      listening.abort()
      observer?.disconnect()
    }
  }, [scrollRef, bodyRef, initialHeight])

  const [first, last] = rangeOf(offsets, viewport, overscan, count)
  // Items depend on the range only, so scrolling inside a row does not hand new objects to the rows.
  const items = useMemo(() => {
    const result: RowWindowItem[] = []
    for (let index = first; index <= last; index++) {
      const start = offsets[index]!
      result.push({ index, start, size: offsets[index + 1]! - start })
    }
    return result
  }, [offsets, first, last])

  return { items, totalSize: offsets[count] ?? 0 }
}

/** First and last rows to render for a viewport. */
function rangeOf(
  offsets: Float64Array,
  viewport: Viewport,
  overscan: number,
  count: number,
): [number, number] {
  return [
    Math.max(0, rowAt(offsets, viewport.top) - overscan),
    Math.min(count - 1, rowAt(offsets, viewport.top + viewport.height) + overscan),
  ]
}

/** The row under `y` px (the last row when `y` is past the end). Binary search over the prefix sums. */
function rowAt(offsets: Float64Array, y: number): number {
  let low = 0
  let high = offsets.length - 2
  if (high < 0) return 0
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (offsets[middle]! <= y) low = middle
    else high = middle - 1
  }
  return low
}
