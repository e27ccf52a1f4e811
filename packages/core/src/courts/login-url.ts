/**
 * Login URLs of court systems: which ones the registry accepts, and which pages belong to a system.
 *
 * A system owns every page under its login URL's directory, on the same host and port:
 * `https://eproc2g.tjrs.jus.br/eproc/index.php` covers `…/eproc/controlador.php?acao=…`. The scheme
 * does not matter (a court page reached over http is still that court's page). It also owns the pages
 * of its Keycloak realm (`login.host` + `login.realm`: `keycloak-eks.tjrs.jus.br/realms/eproc/…`),
 * where the page's `redirect_uri` tells which of the realm's systems the login is for.
 *
 * @example
 * const scope = loginUrlScope('https://eproc.trf4.jus.br/eproc2trf4/')!
 * const page = pageLocation('http://EPROC.trf4.jus.br/eproc2trf4/controlador.php?acao=principal')!
 * scopeContains(scope, page)                            // true
 * isAcceptedLoginUrl('http://localhost:5174/eproc/')   // true: sandbox courts run locally
 * isAcceptedLoginUrl('http://eproc.trf4.jus.br/')       // false: courts are https
 */

/** Where a system's pages live. */
export interface UrlScope {
  /** Lower-case host name plus ':port' when the URL gives a non-default port. */
  host: string
  /** Path up to and including its last '/': '/eproc/' for '/eproc/index.php'. */
  directory: string
}

interface ParsedWebUrl {
  protocol: 'http:' | 'https:'
  hostname: string
  host: string
  pathname: string
  /** The query without '?' ('' when none). */
  search: string
}

/** Parses an absolute http(s) URL; undefined for anything else. Never throws. */
function parseWebUrl(text: string): ParsedWebUrl | undefined {
  if (typeof text !== 'string') return undefined
  let url: URL
  try {
    url = new URL(text.trim())
  } catch {
    return undefined
  }
  const protocol = url.protocol
  if (protocol !== 'http:' && protocol !== 'https:') return undefined
  // platform.d.ts declares no `port`/`host` (the core declares only what it needs), so the port is read
  // from the serialized URL: '<protocol>//[userinfo@]<hostname>[:port]/…'. The URL parser has already
  // dropped default ports (':443' on https) and lower-cased the host name.
  const afterScheme = url.href.slice(protocol.length + 2)
  const authority = afterScheme.slice(0, afterScheme.indexOf('/'))
  const hostAndPort = authority.slice(authority.lastIndexOf('@') + 1)
  const port = hostAndPort.slice(url.hostname.length)
  // The query, read from href for the same reason as the port (platform.d.ts declares no `search`).
  const beforeHash = url.href.split('#', 1)[0] as string
  const question = beforeHash.indexOf('?')
  const search = question === -1 ? '' : beforeHash.slice(question + 1)
  return { protocol, hostname: url.hostname, host: url.hostname + port, pathname: url.pathname, search }
}

/** Loopback names, where plain http is expected (RFC 6761 reserves 'localhost' and its subdomains). */
function isLoopback(hostname: string): boolean {
  return (
    hostname === 'localhost' ||
    hostname.endsWith('.localhost') ||
    hostname === '127.0.0.1' ||
    hostname === '[::1]'
  )
}

/** Whether `text` may be a system's `loginUrl`: absolute https, or http on a loopback host. */
export function isAcceptedLoginUrl(text: string): boolean {
  const url = parseWebUrl(text)
  if (url === undefined) return false
  return url.protocol === 'https:' || isLoopback(url.hostname)
}

/** The scope of a login URL; undefined when it is not an absolute http(s) URL. */
export function loginUrlScope(loginUrl: string): UrlScope | undefined {
  const url = parseWebUrl(loginUrl)
  if (url === undefined) return undefined
  const directory = url.pathname.slice(0, url.pathname.lastIndexOf('/') + 1) || '/'
  return { host: url.host, directory }
}

/** A page address reduced to what scopes compare. */
export interface PageLocation {
  host: string
  pathname: string
  /** The query without '?' ('' when none). */
  search: string
}

/** The location of a page URL, parsed once for comparing with many scopes; undefined when unparseable. */
export function pageLocation(pageUrl: string): PageLocation | undefined {
  const url = parseWebUrl(pageUrl)
  return url === undefined ? undefined : { host: url.host, pathname: url.pathname, search: url.search }
}

/** The first value of a query parameter, decoded ('+' as space); undefined when absent or malformed. */
export function queryParameter(page: PageLocation, name: string): string | undefined {
  for (const pair of page.search.split('&')) {
    const equals = pair.indexOf('=')
    const key = equals === -1 ? pair : pair.slice(0, equals)
    if (key !== name) continue
    try {
      return decodeURIComponent(pair.slice(equals + 1).replace(/\+/g, ' '))
    } catch {
      return undefined // a lone '%': not a value we can compare
    }
  }
  return undefined
}

/**
 * Whether the page is one of a Keycloak realm's: '/realms/<realm>/…', or '/auth/realms/<realm>/…' on
 * Keycloak versions before 17 (TJPR, the national PJe SSO).
 */
export function realmContains(realm: string, page: PageLocation): boolean {
  return ['/realms/', '/auth/realms/'].some((prefix) => {
    const root = `${prefix}${realm}`
    return page.pathname === root || page.pathname.startsWith(`${root}/`)
  })
}

/**
 * Whether the page is in `scope`. The directory itself without its trailing slash counts too
 * ('…/eproc' for '/eproc/'). Paths compare case-sensitively, as servers do.
 */
export function scopeContains(scope: UrlScope, page: PageLocation): boolean {
  if (page.host !== scope.host) return false
  return page.pathname.startsWith(scope.directory) || `${page.pathname}/` === scope.directory
}
