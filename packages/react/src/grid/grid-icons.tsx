/**
 * The grid's three 16 px icons (copy, copied, more actions), drawn with `currentColor` strokes so they
 * follow the button's colour in both themes. Decorative: the buttons carry the label.
 *
 * @example
 * <button aria-label="Copiar código de TRF4 · RS054321"><CopyIcon /></button>
 */
import type { ReactNode } from 'react'

function Icon({ children }: { children: ReactNode }) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      width="16"
      height="16"
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
    >
      {children}
    </svg>
  )
}

export function CopyIcon() {
  return (
    <Icon>
      <rect x="5" y="5" width="9" height="9" rx="1.5" />
      <path d="M11 5V3.5A1.5 1.5 0 0 0 9.5 2h-6A1.5 1.5 0 0 0 2 3.5v6A1.5 1.5 0 0 0 3.5 11H5" />
    </Icon>
  )
}

export function CheckIcon() {
  return (
    <Icon>
      <path d="M3 8.5 6.5 12 13 4.5" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    </Icon>
  )
}

/** Three vertical dots: zero-length segments with round caps 3 px wide. */
export function MoreIcon() {
  return (
    <Icon>
      <path d="M8 3h0M8 8h0M8 13h0" strokeWidth="3" strokeLinecap="round" />
    </Icon>
  )
}
