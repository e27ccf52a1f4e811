/**
 * What the live-code widgets (`CodeCountdown`, the authenticator cards) share for screen readers: text
 * seen and text spoken, the preview of the next code, and a polite live region written without renders.
 *
 * @example
 * const [liveRegion, announce] = useLiveRegion()
 * announce(m.newCode(spellCode(code)))
 * <NextCode className="a2f-countdown-next" code={nextCode} messages={m} />
 */
import { useCallback, useRef, type ComponentProps, type ReactElement, type ReactNode } from 'react'
import { groupCode } from '../util/group-code.js'
import type { CountdownMessages } from './messages.js'
import { spellCode } from './spell-code.js'

/**
 * Text for the eye, hidden from screen readers, followed by the words they read instead: '492 039' is
 * read 'Código atual: 4 9 2 0 3 9'. Other props go to the visible part.
 */
export function SeenAndSpoken({
  seen,
  spoken,
  ...visible
}: ComponentProps<'span'> & { seen: ReactNode; spoken: string }) {
  return (
    <>
      <span {...visible} aria-hidden="true">
        {seen}
      </span>
      <span className="a2f-visually-hidden">{spoken}</span>
    </>
  )
}

/** The next code, previewed near expiry: grouped for the eye, digit by digit for screen readers. */
export function NextCode({
  code,
  messages: m,
  ...paragraph
}: ComponentProps<'p'> & { code: string; messages: Pick<CountdownMessages, 'nextCode' | 'nextCodeSpoken'> }) {
  return (
    <p {...paragraph}>
      <SeenAndSpoken seen={m.nextCode(groupCode(code))} spoken={m.nextCodeSpoken(spellCode(code))} />
    </p>
  )
}

/**
 * A polite, atomic status region and a function that says something through it. The text is written
 * straight into the DOM: announcing never renders.
 */
export function useLiveRegion(): [region: ReactElement, announce: (text: string) => void] {
  const region = useRef<HTMLSpanElement>(null)
  const announce = useCallback((text: string) => {
    if (region.current) region.current.textContent = text
  }, [])
  return [
    <span ref={region} className="a2f-visually-hidden" role="status" aria-live="polite" aria-atomic="true" />,
    announce,
  ]
}
