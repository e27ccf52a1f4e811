/**
 * The provider's court registry for a widget that shows courts, and whether its data is there: the
 * host's `registry`, or the built-in one, whose data this hook asks for on mount (see
 * ./built-in-registry.ts). While `ready` is false the registry answers empty; widgets say they are
 * loading instead of "nothing found".
 *
 * @example
 * const { registry, ready } = useCourtRegistry()
 * const systems = ready ? registry.search(query) : []
 */
import type { CourtRegistry } from '@a2f/core'
import { useEffect } from 'react'
import { useA2F } from './a2f-context.js'

export function useCourtRegistry(): { registry: CourtRegistry; ready: boolean } {
  const { registry, registryReady, loadRegistry } = useA2F()
  useEffect(() => {
    if (!registryReady) loadRegistry()
  }, [registryReady, loadRegistry])
  return { registry, ready: registryReady }
}
