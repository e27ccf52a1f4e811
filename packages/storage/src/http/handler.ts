import { storageError, type UnavailableReason } from '../errors.js'
import type { CreateManyOptions } from '../model/create-many.js'
import type { CredentialInput, CredentialPatch, WriteOptions } from '../model/credential.js'
import type { ClaimCodeOptions, CredentialStore } from '../model/credential-store.js'
import {
  ADMISSION_DEFAULTS,
  createAdmission,
  DEFAULT_RETRY_AFTER_SECONDS,
  type Release,
} from './admission.js'
import { MAX_TIMER_MS, wholeNumberOption } from '../options.js'
import { readAuditQuery, readCodesQuery, readCredentialQuery, readExpectedVersion } from './query.js'
import { HttpError, invalidRequest, readJsonBody } from './request-body.js'
import { matchRoute, normalizeBasePath, pathSegments, routeNotFound, type Route } from './routes.js'
import { eventStreamResponse } from './server-events.js'
import { encodeCredential, idToSegment, isRecord, toWireError, wireError, type WireError } from './wire.js'

/** Who a request comes from, as `authorize` decided. The client never names a tenant. */
export interface HttpAuthorization {
  tenant: string
  /** Becomes the store's actor: audit entries, `createdBy`, `updatedBy`, `validatedBy`. */
  user: string
}

/**
 * - `'codes-only'` (the default): `GET /credentials/:id` answers 403 `SECRET_WITHHELD`; browsers show
 *   codes from `GET /codes` and never hold a key. Keys can still be written (created, re-keyed).
 * - `'reveal'`: `GET /credentials/:id` returns the key (base32) and the court password; audited.
 */
export type SecretsMode = 'reveal' | 'codes-only'

export interface HttpHandlerOptions {
  /**
   * Who sends the request (a session cookie, a bearer token…), or null to answer 401. The only source
   * of the tenant: query parameters and headers naming one have no effect.
   */
  authorize(
    request: Request,
  ): HttpAuthorization | null | undefined | Promise<HttpAuthorization | null | undefined>
  /** The store for a request, e.g. `createCredentialStore({ adapter, keys, tenant, actor: user })`. */
  store(context: HttpAuthorization): CredentialStore | Promise<CredentialStore>
  /** Where the routes are mounted, e.g. '/api/a2f'. Default ''. */
  basePath?: string
  /** Default 'codes-only'. */
  secrets?: SecretsMode
  /** Largest JSON body accepted; larger ones get 413. Default 1 MiB. */
  maxBodyBytes?: number
  /**
   * Largest body of `POST /credential-batches` (`store.createMany`, up to `MAX_CREATE_MANY` entries);
   * larger ones get 413. Default 16 MiB: 10,000 credentials of about 300 bytes each, with room for notes.
   */
  maxBatchBodyBytes?: number
  /** Interval of keep-alive comments on event streams. Default 25 s. */
  heartbeatMs?: number
  /**
   * Requests served at once by this handler (event streams apart); the others wait in a queue. Default 64.
   * Each one holds at most one database connection at a time, so a pool smaller than this makes the
   * rest wait for a connection (bounded by the adapter's `connectionTimeoutMs`).
   */
  maxConcurrent?: number
  /**
   * Requests waiting for a slot, first come first served; past this a request is answered 503 at once
   * (`UNAVAILABLE`, `details.reason: 'OVERLOADED'`, with `Retry-After`). 0: no queue. Default 256.
   */
  maxQueued?: number
  /**
   * How long a request waits in the queue; then it is answered 503 (`details.reason: 'QUEUE_TIMEOUT'`,
   * with `Retry-After`). Default 5000 ms.
   */
  queueTimeoutMs?: number
  /**
   * Event streams (`GET /events`) open at once. They hold no request slot while open (they last as
   * long as the client stays); past this a new one is answered 503 (`'OVERLOADED'`). Default 1000.
   */
  maxEventStreams?: number
  /**
   * The `Retry-After` (seconds) of every 503 `UNAVAILABLE`: the handler's own refusals and a store's
   * `UNAVAILABLE` (the database is down or did not answer in time). Default 2.
   */
  retryAfterSeconds?: number
  /**
   * Called with errors that are not storage or core errors (answered as a generic 500): the place to log
   * them. The handler itself logs nothing. Such an error may hold anything, so log it where secrets may go.
   */
  onError?(error: unknown, request: Request): void
}

export type HttpHandler = (request: Request) => Promise<Response>

/** The name of the header that tells the client its tenant (percent-encoded). */
export const TENANT_HEADER = 'a2f-tenant'

/**
 * A Fetch-API handler for a credential store: mount it in any server that speaks `Request`/`Response`
 * (Node through `toNodeListener`, Deno, Bun, workers, Next.js route handlers). Routes: see the README.
 */
export function createHttpHandler(options: HttpHandlerOptions): HttpHandler {
  const basePath = normalizeBasePath(options.basePath)
  const secrets: SecretsMode = options.secrets ?? 'codes-only'
  if (secrets !== 'reveal' && secrets !== 'codes-only') {
    throw storageError('INVALID_INPUT', { field: 'secrets', reason: "'reveal' or 'codes-only'" })
  }
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024
  const maxBatchBodyBytes = options.maxBatchBodyBytes ?? 16 * 1024 * 1024
  const heartbeatMs = options.heartbeatMs ?? 25_000
  const admission = createAdmission({
    maxConcurrent: wholeNumberOption(
      options.maxConcurrent,
      'maxConcurrent',
      ADMISSION_DEFAULTS.maxConcurrent,
      1,
    ),
    maxQueued: wholeNumberOption(options.maxQueued, 'maxQueued', ADMISSION_DEFAULTS.maxQueued, 0),
    queueTimeoutMs: wholeNumberOption(
      options.queueTimeoutMs,
      'queueTimeoutMs',
      ADMISSION_DEFAULTS.queueTimeoutMs,
      1,
      MAX_TIMER_MS,
    ),
    maxEventStreams: wholeNumberOption(
      options.maxEventStreams,
      'maxEventStreams',
      ADMISSION_DEFAULTS.maxEventStreams,
      0,
    ),
  })
  const retryAfter = String(
    wholeNumberOption(options.retryAfterSeconds, 'retryAfterSeconds', DEFAULT_RETRY_AFTER_SECONDS, 0, 86_400),
  )
  /** A 503 of the handler itself: no room for the request. */
  const refusal = (reason: UnavailableReason, operation: string) => {
    const error = storageError('UNAVAILABLE', { operation, adapter: 'http', reason })
    return new HttpError(503, wireError(error.code, error.message, error.details), {
      'retry-after': retryAfter,
    })
  }

  /** A record, so that adding a route name without its handler does not compile. */
  const routes: Record<Route['name'], (context: RouteContext) => Promise<Response>> = {
    async session({ auth, headers }) {
      return json(200, { tenant: auth.tenant, user: auth.user, secrets }, headers)
    },
    async list({ store, url, headers }) {
      return json(200, { credentials: await store.list(readCredentialQuery(url.searchParams)) }, headers)
    },
    async create({ store, request, headers }) {
      const input = (await readJsonBody(request, maxBodyBytes)) as CredentialInput
      const credential = await store.create(input)
      headers.set('location', `${basePath}/credentials/${idToSegment(credential.id)}`)
      return json(201, { credential }, headers)
    },
    async createMany({ store, request, headers }) {
      const body = await readJsonBody(request, maxBatchBodyBytes)
      if (!isRecord(body) || !Array.isArray(body.credentials)) {
        throw invalidRequest(400, 'body', 'an object with credentials (an array), onExisting and onInvalid')
      }
      const manyOptions: Record<string, unknown> = {}
      if (body.onExisting !== undefined) manyOptions.onExisting = body.onExisting
      if (body.onInvalid !== undefined) manyOptions.onInvalid = body.onInvalid
      const report = await store.createMany(
        body.credentials as CredentialInput[],
        manyOptions as CreateManyOptions,
      )
      return json(200, report, headers)
    },
    async get({ store, route, headers }) {
      if (secrets !== 'reveal') {
        await store.getSummary(route.id) // a missing id is still NOT_FOUND
        throw storageError('SECRET_WITHHELD', { id: route.id })
      }
      const credential = await store.get(route.id)
      try {
        return json(200, { credential: encodeCredential(credential) }, headers)
      } finally {
        credential.secret.fill(0)
      }
    },
    async getSummary({ store, route, headers }) {
      return json(200, { credential: await store.getSummary(route.id) }, headers)
    },
    async update({ store, request, route, headers }) {
      const body = await readJsonBody(request, maxBodyBytes)
      if (!isRecord(body)) throw invalidRequest(400, 'body', 'an object with patch and expectedVersion')
      const writeOptions = { expectedVersion: body.expectedVersion } as WriteOptions
      const credential = await store.update(route.id, body.patch as CredentialPatch, writeOptions)
      return json(200, { credential }, headers)
    },
    async remove({ store, route, url, headers }) {
      const expectedVersion = readExpectedVersion(url.searchParams)
      await store.remove(route.id, expectedVersion === undefined ? {} : ({ expectedVersion } as WriteOptions))
      return new Response(null, { status: 204, headers })
    },
    async codes({ store, url, headers }) {
      return json(200, await store.codes(readCodesQuery(url.searchParams)), headers)
    },
    async claimCode({ store, request, route, headers }) {
      const body = await readJsonBody(request, maxBodyBytes)
      if (!isRecord(body)) throw invalidRequest(400, 'body', 'an object, {} or { minRemainingMs }')
      // A claim is a write (audited, the counter is spent): POST, and never cached (baseHeaders).
      const options = body.minRemainingMs === undefined ? {} : { minRemainingMs: body.minRemainingMs }
      return json(200, await store.claimCode(route.id, options as ClaimCodeOptions), headers)
    },
    async inspect({ store, headers }) {
      return json(200, await store.inspect(), headers)
    },
    async history({ store, url, headers }) {
      return json(200, { entries: await store.history(readAuditQuery(url.searchParams)) }, headers)
    },
    async events({ store, request, url, headers, handOver }) {
      // The stream's slot is given back when the stream ends, not when this returns.
      return eventStreamResponse(store, request, url, heartbeatMs, headers, handOver())
    },
  }

  return async (request) => {
    const headers = baseHeaders()
    let release: Release | undefined
    try {
      const url = new URL(request.url)
      const segments = pathSegments(url.pathname, basePath)
      if (segments === undefined) throw routeNotFound()
      // Admission before anything else (`authorize` may itself query a database). Route errors (405)
      // still come after authorization, as before: the name here is only for the refusal's details.
      const operation = routeName(request.method, segments)
      const admitted =
        operation === 'events' ? admission.enterStream() : await admission.enter(request.signal)
      if (typeof admitted === 'string') throw refusal(admitted, operation)
      release = admitted
      const auth = await options.authorize(request)
      if (auth === null || auth === undefined) {
        const error = storageError('UNAUTHORIZED', {})
        throw new HttpError(401, wireError(error.code, error.message, error.details))
      }
      if (typeof auth.tenant !== 'string' || auth.tenant === '' || typeof auth.user !== 'string') {
        // A bug in `authorize`: answered as an internal error (and given to `onError`), never as a tenant.
        throw new TypeError('authorize must return { tenant: non-empty string, user: string } or null')
      }
      headers.set(TENANT_HEADER, encodeURIComponent(auth.tenant))
      const route = matchRoute(request.method, segments)
      const store = await options.store({ tenant: auth.tenant, user: auth.user })
      const handOver = () => {
        const slot = release ?? (() => undefined)
        release = undefined
        return slot
      }
      const context: RouteContext = { request, url, route, store, auth, headers, handOver }
      return await routes[route.name](context)
    } catch (error) {
      if (error instanceof HttpError) {
        for (const [name, value] of Object.entries(error.headers)) headers.set(name, value)
        return json(error.status, { error: error.error }, headers)
      }
      const typed = toWireError(error)
      if (typed !== undefined) {
        // The store's backend failed or did not answer in time: worth retrying, and the client is told when.
        if (typed.error.code === 'UNAVAILABLE') headers.set('retry-after', retryAfter)
        return json(typed.status, { error: typed.error }, headers)
      }
      try {
        options.onError?.(error, request)
      } catch {
        // A failing logger must not turn a 500 into an unanswered request.
      }
      const internal: WireError = wireError('INTERNAL', 'Internal server error.')
      return json(500, { error: internal }, headers)
    } finally {
      // Every answer but an event stream is complete here (JSON bodies are strings), so the slot is free.
      release?.()
    }
  }
}

/** The route a request names, for a refusal's `operation`; 'request' when it names none. */
function routeName(method: string, segments: readonly string[]): string {
  try {
    return matchRoute(method, segments).name
  } catch {
    return 'request'
  }
}

interface RouteContext {
  request: Request
  url: URL
  route: Route
  store: CredentialStore
  auth: HttpAuthorization
  headers: Headers
  /** Takes the request's admission slot out of the handler's hands: the caller must release it. */
  handOver(): Release
}

function baseHeaders(): Headers {
  return new Headers({
    // Answers hold codes, and in 'reveal' mode keys: no browser or proxy cache may keep any of them.
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  })
}

function json(status: number, body: unknown, headers: Headers): Response {
  headers.set('content-type', 'application/json; charset=utf-8')
  return new Response(JSON.stringify(body), { status, headers })
}
