/**
 * A court registry: the systems a host application knows, looked up by id, by text, by the page the
 * user is on, and by authenticator group. Registries are immutable — `extend` returns a new one — and
 * hold frozen copies of their data, so neither the caller's later edits nor a careless host app can
 * change what every other component sees.
 *
 * @example
 * const registry = createCourtRegistry(systems)
 * registry.search('trf 4')[0]?.id                                        // 'trf4-eproc'
 * registry.matchUrl('https://eproc.jfpr.jus.br/eprocV2/controlador.php')?.id // 'jfpr-eproc'
 * registry.matchUrl('https://pje.trt4.jus.br/primeirograu/login.seam')?.id    // 'pje-pdpj'
 * registry.sharedWith('trf4-eproc').map((s) => s.id)                       // ['jfrs-eproc', 'jfsc-eproc', 'jfpr-eproc']
 * const withSandbox = registry.extend([sandboxCourt])                      // registry is unchanged
 */
import { searchEntry, searchSystems, type SearchEntry } from './court-search.js'
import { COURT_PAGE_HOSTS } from './data/court-page-hosts.js'
import {
  loginUrlScope,
  pageLocation,
  queryParameter,
  realmContains,
  scopeContains,
  type PageLocation,
  type UrlScope,
} from './login-url.js'
import type { CourtRegistry, CourtSearchQuery, CourtSystem } from './types.js'
import { validateCourtSystems } from './validate-court-systems.js'

/** A copy of plain data (objects, arrays, primitives) that shares nothing with the original. */
function copyData<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyData) as T
  if (typeof value === 'object' && value !== null) {
    const copy: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value)) copy[key] = copyData(item)
    return copy as T
  }
  return value
}

/** Freezes `value` and everything it contains. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const item of Object.values(value)) deepFreeze(item)
  }
  return value
}

/** Builds a registry from systems already validated, copied and frozen. */
function buildRegistry(systems: readonly CourtSystem[]): CourtRegistry {
  const all = Object.freeze(systems.slice())
  const byId = new Map(all.map((system) => [system.id, system]))
  const entries: SearchEntry[] = all.map(searchEntry)
  const scopes: { system: CourtSystem; scope: UrlScope }[] = []
  for (const system of all) {
    const scope = loginUrlScope(system.loginUrl)
    if (scope !== undefined) scopes.push({ system, scope })
  }
  // Identity providers in front of systems (eproc behind Keycloak), in registry order: the login's
  // host (its `url`'s when not given) and realm. A host with no realm is the provider's whole host.
  const realms: { system: CourtSystem; host: string; realm: string | undefined }[] = []
  for (const system of all) {
    const login = system.login
    if (login === undefined || (login.host === undefined && login.realm === undefined)) continue
    const host = login.host ?? loginUrlScope(login.url)?.host
    if (host !== undefined) realms.push({ system, host, realm: login.realm })
  }

  /** The system whose login URL's directory contains the page (longest wins). */
  function byScope(page: PageLocation): CourtSystem | undefined {
    let best: { system: CourtSystem; length: number } | undefined
    for (const { system, scope } of scopes) {
      // Strictly longer: on equal directories the earlier system (registry order) stays.
      if (scopeContains(scope, page) && (best === undefined || scope.directory.length > best.length)) {
        best = { system, length: scope.directory.length }
      }
    }
    return best?.system
  }

  /**
   * A page of a realm several systems share (TJRS's two degrees, the 4th Region's four systems): the
   * one its `redirect_uri` returns to, or whose host is the `client_id` (TJSP), else the first.
   */
  function byRealm(page: PageLocation): CourtSystem | undefined {
    const candidates = realms
      .filter(({ host, realm }) => host === page.host && (realm === undefined || realmContains(realm, page)))
      .map(({ system }) => system)
    if (candidates.length <= 1) return candidates[0]
    const redirect = pageLocation(queryParameter(page, 'redirect_uri') ?? '')
    const returning = redirect === undefined ? undefined : byScope(redirect)
    if (returning !== undefined && candidates.includes(returning)) return returning
    const client = queryParameter(page, 'client_id')
    return candidates.find((system) => loginUrlScope(system.loginUrl)?.host === client) ?? candidates[0]
  }

  return {
    all: () => all,

    get: (id: string) => byId.get(id),

    search: (query: string | CourtSearchQuery) => searchSystems(entries, query),

    matchUrl(url: string): CourtSystem | undefined {
      const page = pageLocation(url)
      if (page === undefined) return undefined
      // A login URL's directory first, so no realm or court host takes a page a system names.
      const found = byScope(page) ?? byRealm(page)
      if (found !== undefined) return found
      const courtPages = COURT_PAGE_HOSTS.find(({ host }) => host.test(page.host))
      return courtPages === undefined ? undefined : byId.get(courtPages.id)
    },

    sharedWith(id: string): CourtSystem[] {
      const system = byId.get(id)
      if (system === undefined) return []
      return all.filter((other) => other.id !== id && other.authenticatorGroup === system.authenticatorGroup)
    },

    extend(additions: CourtSystem[]): CourtRegistry {
      const checked = deepFreeze(copyData(validateCourtSystems(additions)))
      const replacements = new Map(checked.map((system) => [system.id, system]))
      // Overrides keep the position of the system they replace, so search ties stay predictable.
      const merged = all.map((system) => replacements.get(system.id) ?? system)
      for (const system of checked) if (!byId.has(system.id)) merged.push(system)
      return buildRegistry(merged)
    },
  }
}

/**
 * A registry of systems that were checked when they were written (the generated built-in data, whose
 * test validates it): frozen, not validated again, so the validation code and its cost stay out of
 * the first use. Internal; hosts call `createCourtRegistry`.
 */
export function createCheckedCourtRegistry(systems: CourtSystem[]): CourtRegistry {
  return buildRegistry(deepFreeze(systems))
}

/**
 * Creates a registry from `systems`, after checking them (`A2FError` 'REGISTRY_INVALID': a repeated id,
 * a missing or invalid field, a login URL that is not absolute https, a system without provenance).
 * The registry keeps a frozen copy: later changes to `systems` do not reach it.
 */
export function createCourtRegistry(systems: CourtSystem[]): CourtRegistry {
  return buildRegistry(deepFreeze(copyData(validateCourtSystems(systems))))
}
