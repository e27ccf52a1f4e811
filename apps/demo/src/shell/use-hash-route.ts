/**
 * The current page from `location.hash`, re-rendering on `hashchange`; `navigate` changes the hash (so
 * the browser's back button works).
 *
 * @example
 * const [route, navigate] = useHashRoute()
 * navigate('settings')
 */
import { useCallback, useSyncExternalStore } from 'react'
import { hrefOf, routeFromHash, type Route } from './routes.js'

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

export function useHashRoute(): [Route, (route: Route) => void] {
  const hash = useSyncExternalStore(
    subscribe,
    () => window.location.hash,
    () => '',
  )
  const navigate = useCallback((route: Route) => {
    window.location.hash = hrefOf(route)
  }, [])
  return [routeFromHash(hash), navigate]
}
