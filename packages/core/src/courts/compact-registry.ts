/**
 * `@a2f/core/courts`: the built-in court registry in compact form — what pickers, grids and robots read
 * (ids, courts, login URLs, second factor, authenticator groups), at a little more than half the bytes
 * of `courtRegistry` from `@a2f/core`. Each system keeps one provenance entry, its 2FA status's (a
 * picker says when the status was last checked); where every other fact comes from is in
 * `@a2f/core/courts/provenance`, for the few views that show sources.
 *
 * @example
 * import { compactCourtRegistry as registry } from '@a2f/core/courts'
 * registry.get('trf4-eproc')?.twoFactor.status                      // 'mandatory'
 * const { courtProvenance } = await import('@a2f/core/courts/provenance')
 * courtProvenance('trf4-eproc')                                     // [{ field: 'loginUrl', … }, …]
 */
import { createCheckedCourtRegistry } from './court-registry.js'
import { compactCourtSystems } from './generated/court-systems.js'
import type { CourtRegistry } from './types.js'

let built: CourtRegistry | undefined

/** Indexed on first use, as `courtRegistry` is. */
function registry(): CourtRegistry {
  return (built ??= createCheckedCourtRegistry(compactCourtSystems()))
}

// An object of arrow functions, not a call at module level, so that bundlers can drop the data from
// code that never asks it.
export const compactCourtRegistry: CourtRegistry = {
  all: () => registry().all(),
  get: (id) => registry().get(id),
  search: (query) => registry().search(query),
  matchUrl: (url) => registry().matchUrl(url),
  sharedWith: (id) => registry().sharedWith(id),
  extend: (systems) => registry().extend(systems),
}

export { createCourtRegistry } from './court-registry.js'
export { foldText } from './normalize-text.js'
export type * from './types.js'
