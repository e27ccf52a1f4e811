/**
 * The registry of the court systems a2f knows, versioned with the package: eproc of the state courts,
 * eproc of the courts of the Union, then PJe, e-SAJ and Projudi (./data/, each fact with its source).
 * Its data is deeply frozen; host applications add or correct systems with `extend`, which returns a
 * new registry.
 *
 * @example
 * courtRegistry.get('trf4-eproc')?.twoFactor.status           // 'mandatory'
 * courtRegistry.search('paraná').map((system) => system.id)   // ['tjpr-eproc-1g', 'jfpr-eproc', 'tjpr-projudi']
 * const registry = courtRegistry.extend([mySandboxCourt])
 */
import { createCourtRegistry } from './court-registry.js'
import { eprocFederalCourts } from './data/eproc-federal-courts.js'
import { eprocStateCourts } from './data/eproc-state-courts.js'
import { otherSystems } from './data/other-systems.js'
import type { CourtRegistry } from './types.js'

let builtIn: CourtRegistry | undefined

/** Validated and indexed on first use: importing @a2f/core costs nothing until the registry is asked. */
function registry(): CourtRegistry {
  return (builtIn ??= createCourtRegistry([
    ...eprocStateCourts(),
    ...eprocFederalCourts(),
    ...otherSystems(),
  ]))
}

// An object of arrow functions, not a call at module level, so that bundlers can drop the registry and
// its data from apps that never use it (measured by size-limit).
export const courtRegistry: CourtRegistry = {
  all: () => registry().all(),
  get: (id) => registry().get(id),
  search: (query) => registry().search(query),
  matchUrl: (url) => registry().matchUrl(url),
  sharedWith: (id) => registry().sharedWith(id),
  extend: (systems) => registry().extend(systems),
}
