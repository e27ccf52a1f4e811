/**
 * How the grid compares names in the provider's language: accents and case ignored, numbers by value
 * ('TRF2' before 'TRF10'). One collator per locale, shared by the credential grid and the compliance view.
 *
 * @example
 * const collator = useCollator()
 * owners.sort(collator.compare)
 */
import { useMemo } from 'react'
import { useA2F } from '../provider/a2f-context.js'

export function useCollator(): Intl.Collator {
  const { locale } = useA2F()
  return useMemo(() => new Intl.Collator(locale, { sensitivity: 'base', numeric: true }), [locale])
}
