import { HttpError } from './request-body.js'
import { segmentToId, wireError } from './wire.js'

/** What a request asks of the store. */
export type RouteName =
  | 'session'
  | 'list'
  | 'create'
  | 'createMany'
  | 'get'
  | 'getSummary'
  | 'update'
  | 'remove'
  | 'codes'
  | 'claimCode'
  | 'inspect'
  | 'history'
  | 'events'

/** Paths below the base path; `:id` is one segment (see `idToSegment`). The README's table mirrors this. */
const ROUTES: readonly { path: readonly string[]; methods: Readonly<Record<string, RouteName>> }[] = [
  { path: ['session'], methods: { GET: 'session' } },
  { path: ['credentials'], methods: { GET: 'list', POST: 'create' } },
  { path: ['credential-batches'], methods: { POST: 'createMany' } },
  { path: ['credentials', ':id'], methods: { GET: 'get', PATCH: 'update', DELETE: 'remove' } },
  { path: ['credentials', ':id', 'summary'], methods: { GET: 'getSummary' } },
  { path: ['credentials', ':id', 'claim-code'], methods: { POST: 'claimCode' } },
  { path: ['codes'], methods: { GET: 'codes' } },
  { path: ['inspect'], methods: { GET: 'inspect' } },
  { path: ['history'], methods: { GET: 'history' } },
  { path: ['events'], methods: { GET: 'events' } },
]

export interface Route {
  name: RouteName
  /** The credential id of `/credentials/:id…` routes, else ''. */
  id: string
}

/** '' or '/a/b': a leading slash, no trailing one. */
export function normalizeBasePath(basePath = ''): string {
  const trimmed = basePath.replace(/\/+$/, '')
  return trimmed === '' || trimmed.startsWith('/') ? trimmed : `/${trimmed}`
}

/** The decoded segments below `basePath`, or undefined when the path is not below it. */
export function pathSegments(pathname: string, basePath: string): string[] | undefined {
  if (pathname !== basePath && !pathname.startsWith(`${basePath}/`)) return undefined
  const rest = pathname.slice(basePath.length + 1)
  try {
    return rest.split('/').map(decodeURIComponent)
  } catch {
    return undefined // a malformed %-escape names no route
  }
}

export function matchRoute(method: string, segments: readonly string[]): Route {
  for (const route of ROUTES) {
    if (route.path.length !== segments.length) continue
    let id = ''
    const matches = route.path.every((part, index) => {
      const segment = segments[index]!
      if (part !== ':id') return part === segment
      id = segmentToId(segment)
      return id !== ''
    })
    if (!matches) continue
    // Own keys only: a method named like an Object.prototype member must not match.
    if (Object.hasOwn(route.methods, method)) return { name: route.methods[method]!, id }
    const allow = Object.keys(route.methods).join(', ')
    throw new HttpError(
      405,
      wireError('METHOD_NOT_ALLOWED', `This resource answers ${allow} only.`, { allow }),
      { allow },
    )
  }
  throw routeNotFound()
}

/** The path is not echoed: it is the client's text, and a confused client may have put anything in it. */
export function routeNotFound(): HttpError {
  return new HttpError(404, wireError('ROUTE_NOT_FOUND', 'No such route.'))
}
