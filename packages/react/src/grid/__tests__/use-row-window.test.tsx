import { act, fireEvent, screen } from '@testing-library/react'
import { useRef } from 'react'
import { describe, expect, it } from 'vitest'
import { renderStrict } from '../../test-support/render.js'
import { useRowWindow } from '../use-row-window.js'

/** Rows 0, 10, 20… are 30 px group headers; the others are 50 px. */
const sizeOf = (index: number) => (index % 10 === 0 ? 30 : 50)

let renders = 0
function List({ count }: { count: number }) {
  const scrollRef = useRef<HTMLDivElement | null>(null)
  const bodyRef = useRef<HTMLDivElement | null>(null)
  const { items, totalSize } = useRowWindow({
    count,
    sizeOf,
    scrollRef,
    bodyRef,
    initialHeight: 200,
    overscan: 2,
  })
  renders++
  return (
    <div ref={scrollRef} data-testid="scroll">
      <div ref={bodyRef} data-testid="body" data-total={totalSize}>
        {items.map((item) => (
          <div key={item.index} data-start={item.start} data-size={item.size}>
            {item.index}
          </div>
        ))}
      </div>
    </div>
  )
}

const shown = () => Array.from(screen.getByTestId('body').children).map((row) => Number(row.textContent))

describe('useRowWindow', () => {
  it('places rows at exact offsets and renders the view plus overscan', () => {
    renderStrict(<List count={1000} />)
    // 100 groups of 30 + 9×50 px each.
    expect(screen.getByTestId('body').dataset.total).toBe(String(100 * (30 + 9 * 50)))
    // 0–200 px: rows 0 (0–30), 1–4 (30–230): row 4 is at 180 px, so 0..4 in view, plus 2 below.
    expect(shown()).toEqual([0, 1, 2, 3, 4, 5, 6])
    const row6 = screen.getByText('6')
    expect(row6.dataset.start).toBe(String(30 + 5 * 50))
  })

  it('follows scrolling, rendering again only when the range changes', () => {
    renderStrict(<List count={1000} />)
    const scroll = screen.getByTestId('scroll')
    const before = renders
    act(() => {
      scroll.scrollTop = 10 // still row 0 at the top: same range
      fireEvent.scroll(scroll)
    })
    // Same rows in view: no render at all.
    expect(shown()).toEqual([0, 1, 2, 3, 4, 5, 6])
    expect(renders).toBe(before)
    act(() => {
      scroll.scrollTop = 480 * 50 // far down
      fireEvent.scroll(scroll)
    })
    const rows = shown()
    expect(rows.length).toBeLessThan(12)
    const first = rows[0]!
    expect(first).toBeGreaterThan(400)
    act(() => {
      scroll.scrollTop = 10_000_000 // past the end: the last rows, not nothing
      fireEvent.scroll(scroll)
    })
    expect(shown().at(-1)).toBe(999)
  })

  it('renders nothing for no rows', () => {
    renderStrict(<List count={0} />)
    expect(shown()).toEqual([])
    expect(screen.getByTestId('body').dataset.total).toBe('0')
  })
})
