/**
 * What the court browser lists: the registry's systems matching a search (accent- and case-insensitive,
 * the registry's own search, best match first) and a 2FA status filter.
 *
 * @example
 * courtRows(demoRegistry, { text: 'sandbox', status: 'all' }).map((s) => s.id)  // ['sandbox-eproc']
 * courtRows(demoRegistry, { text: '', status: 'mandatory' })                      // every mandatory system
 */
import type { CourtRegistry, CourtSystem, TwoFactorStatus } from '@a2f/core'

export type StatusFilter = TwoFactorStatus | 'all'

export interface CourtFilter {
  text: string
  status: StatusFilter
}

export function courtRows(registry: CourtRegistry, filter: CourtFilter): CourtSystem[] {
  const text = filter.text.trim()
  const found = text === '' ? registry.all() : registry.search(text)
  return filter.status === 'all'
    ? [...found]
    : found.filter((system) => system.twoFactor.status === filter.status)
}
