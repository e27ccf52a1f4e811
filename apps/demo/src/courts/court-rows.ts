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
  // The registry filters both: a blank text matches every system, in the registry's order.
  return registry.search({
    text: filter.text,
    ...(filter.status === 'all' ? {} : { twoFactor: filter.status }),
  })
}
