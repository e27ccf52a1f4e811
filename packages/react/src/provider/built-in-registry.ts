/**
 * The court registry a provider uses when the host passes none: the built-in one in compact form
 * (`@a2f/core/courts`: each system with only its 2FA status provenance), imported on demand, so pages that show no court (a live code) never download
 * it, and pages that do get it as a chunk of its own instead of in their first bytes. The picker, the
 * grid and the wizard ask for it on mount (`useCourtRegistry`) and work while it arrives.
 *
 * @example
 * // before the wizard opens (on hover of "Cadastrar autenticador"):
 * void preloadCourtRegistry()
 */
import type { CourtRegistry } from '@a2f/core'

let loaded: CourtRegistry | undefined
let loading: Promise<CourtRegistry> | undefined

/** The built-in registry if its data has arrived. */
export function loadedCourtRegistry(): CourtRegistry | undefined {
  return loaded
}

/**
 * Imports the built-in registry's data (once; a failed import is tried again on the next call) and
 * resolves with the registry. Providers without a `registry` use it as soon as it is there.
 */
export function preloadCourtRegistry(): Promise<CourtRegistry> {
  loading ??= import('@a2f/core/courts').then(
    (module) => (loaded = module.compactCourtRegistry),
    (error: unknown) => {
      loading = undefined
      throw error
    },
  )
  return loading
}

const notYet = (): never => {
  throw new Error(
    'a2f: the court registry is still loading; pass <A2FProvider registry={…}> or await preloadCourtRegistry() first.',
  )
}

/**
 * What `useA2F().registry` is while the built-in data loads: it answers as an empty registry (no
 * systems, no matches) and, once the data is there, as the built-in one — so a machine that kept it
 * (the wizard's) sees the systems too. Widgets re-render when the data arrives.
 */
export const pendingCourtRegistry: CourtRegistry = {
  all: () => loaded?.all() ?? [],
  get: (id) => loaded?.get(id),
  search: (query) => loaded?.search(query) ?? [],
  matchUrl: (url) => loaded?.matchUrl(url),
  sharedWith: (id) => loaded?.sharedWith(id) ?? [],
  extend: (systems) => (loaded ?? notYet()).extend(systems),
}
