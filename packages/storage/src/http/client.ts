import { storageError } from '../errors.js'
import { MAX_CREATE_MANY, type CreateManyReport } from '../model/create-many.js'
import type { CredentialSummary } from '../model/credential.js'
import type { ClaimedCode, CodesResult, CredentialStore, IntegrityReport } from '../model/credential-store.js'
import type { AuditEntry } from '../store/adapter.js'
import { checkAuditQuery, checkQuery, checkSince } from '../store/check-query.js'
import { readClaimOptions } from '../store/claim-options.js'
import { isPossibleId } from '../store/ids.js'
import { createEventFeed, type ReconnectOptions } from './client-events.js'
import type { SecretsMode } from './handler.js'
import { auditQueryParams, credentialQueryParams } from './query.js'
import {
  decodeCredential,
  encodeInput,
  encodePatch,
  fromWireError,
  withRetryAfter,
  idToSegment,
  isRecord,
  unavailable,
} from './wire.js'

export type FetchFunction = (input: string, init: RequestInit) => Promise<Response>

export interface HttpStoreOptions {
  /** Where the handler is mounted: 'https://firm.example/api/a2f', or '/api/a2f' in a browser. */
  baseUrl: string
  /** Default `globalThis.fetch`, looked up at each call (so test doubles and polyfills apply). */
  fetch?: FetchFunction
  /** Sent with every request: an Authorization header, say; a function is called each time (fresh tokens). */
  headers?: HeadersInit | (() => HeadersInit | Promise<HeadersInit>)
  /** Backoff of the change-event stream. */
  reconnect?: ReconnectOptions
}

/** Who the server says the caller is. */
export interface HttpSession {
  tenant: string
  user: string
  secrets: SecretsMode
}

export interface HttpCredentialStore extends CredentialStore {
  /**
   * 'remote' until the server has answered a request, then the tenant the server put the caller in:
   * the server decides the tenant (from the credentials sent), never the client.
   */
  readonly tenant: string
  /** Asks the server who the caller is and whether it reveals keys (`secrets`). */
  session(): Promise<HttpSession>
}

/**
 * A `CredentialStore` over HTTP, for `createHttpHandler` on a server: keys are sealed and codes computed
 * there. Errors come back as the same `StorageError`/`ConflictError`/core `A2FError` (code and details)
 * a local store throws; a network failure or an answer that is not the handler's JSON is `UNAVAILABLE`
 * (adapter 'http'). Keys travel in request and response bodies only, never in a URL.
 *
 * `subscribe` follows the server's event stream (`GET /events`), so it also reports changes by others.
 */
export function createHttpStore(options: HttpStoreOptions): HttpCredentialStore {
  const base = options.baseUrl.replace(/\/+$/, '')
  const fetchImpl: FetchFunction = options.fetch ?? ((input, init) => globalThis.fetch(input, init))
  let tenant = 'remote'

  const headers = async (): Promise<Headers> => {
    const given = typeof options.headers === 'function' ? await options.headers() : options.headers
    return new Headers(given)
  }

  const feed = createEventFeed({
    ...options.reconnect,
    url: `${base}/events`,
    fetch: fetchImpl,
    headers,
  })

  async function call(
    operation: string,
    method: string,
    path: string,
    init: { params?: URLSearchParams; body?: unknown } = {},
  ): Promise<unknown> {
    const query = init.params?.toString() ?? ''
    const url = `${base}${path}${query === '' ? '' : `?${query}`}`
    const requestHeaders = await headers()
    requestHeaders.set('accept', 'application/json')
    const request: RequestInit = { method, headers: requestHeaders }
    if ('body' in init) {
      requestHeaders.set('content-type', 'application/json')
      request.body = JSON.stringify(init.body)
    }
    let response: Response
    try {
      response = await fetchImpl(url, request)
    } catch (cause) {
      // The fetch error says where and why (refused, reset, DNS), never what was sent.
      throw unavailable(operation, cause)
    }
    noteTenant(response)
    if (response.status === 204) return undefined
    let payload: unknown
    try {
      if (!/[/+]json\b/.test(response.headers.get('content-type') ?? '')) throw new Error('not JSON')
      payload = JSON.parse(await response.text()) as unknown
    } catch {
      // Not the handler's answer (a proxy's error page, a wrong baseUrl): its text is not passed on.
      const error = unavailable(operation, new Error(`The server answered ${response.status} without JSON.`))
      throw withRetryAfter(error, response.headers.get('retry-after'))
    }
    if (!response.ok) {
      throw withRetryAfter(
        fromWireError(payload, response.status, operation),
        response.headers.get('retry-after'),
      )
    }
    return payload
  }

  function noteTenant(response: Response) {
    const reported = response.headers.get('a2f-tenant')
    if (reported === null) return
    try {
      tenant = decodeURIComponent(reported)
    } catch {
      // A malformed header leaves the last known tenant.
    }
  }

  /** The record at `key` of a successful answer, checked by `valid`. */
  function answer<T>(
    payload: unknown,
    key: string,
    operation: string,
    valid: (value: unknown) => boolean,
  ): T {
    const value = isRecord(payload) ? payload[key] : undefined
    if (!valid(value)) throw unavailable(operation, new Error(`The server's answer has no valid ${key}.`))
    return value as T
  }

  /**
   * The id as a path; an id no credential can have is simply not found, as in a local store (and
   * `encodeURIComponent` would throw on a lone surrogate).
   */
  function credentialPath(id: string, suffix = ''): string {
    if (!isPossibleId(id)) throw storageError('NOT_FOUND', { id: String(id) })
    return `/credentials/${idToSegment(id)}${suffix}`
  }

  return {
    get tenant() {
      return tenant
    },

    async session() {
      const payload = await call('session', 'GET', '/session')
      if (!isRecord(payload) || typeof payload.tenant !== 'string' || typeof payload.user !== 'string') {
        throw unavailable('session', new Error("The server's answer is not a session."))
      }
      return {
        tenant: payload.tenant,
        user: payload.user,
        secrets: payload.secrets === 'reveal' ? 'reveal' : 'codes-only',
      }
    },

    async list(query) {
      // Checked here too, with the server's rule: a URL turns a lone surrogate into U+FFFD, which the
      // server would search for instead of refusing.
      const params = credentialQueryParams(checkQuery(query))
      const payload = await call('list', 'GET', '/credentials', { params })
      return answer<CredentialSummary[]>(payload, 'credentials', 'list', Array.isArray)
    },

    async getSummary(id) {
      const payload = await call('getSummary', 'GET', credentialPath(id, '/summary'))
      return answer<CredentialSummary>(payload, 'credential', 'getSummary', isRecord)
    },

    async get(id) {
      const payload = await call('get', 'GET', credentialPath(id))
      const credential = decodeCredential(isRecord(payload) ? payload.credential : undefined)
      if (credential === undefined)
        throw unavailable('get', new Error("The server's answer has no credential."))
      return credential
    },

    async create(input) {
      await feed.ready()
      const payload = await call('create', 'POST', '/credentials', { body: encodeInput(input) })
      return answer<CredentialSummary>(payload, 'credential', 'create', isRecord)
    },

    async createMany(inputs, manyOptions = {}) {
      // Checked here as the server's store checks them, so 100,000 entries are refused before sending.
      if (!Array.isArray(inputs)) throw storageError('INVALID_INPUT', { field: 'inputs', reason: 'an array' })
      if (inputs.length > MAX_CREATE_MANY) {
        throw storageError('INVALID_INPUT', {
          field: 'inputs',
          reason: `at most ${MAX_CREATE_MANY} credentials per batch (MAX_CREATE_MANY), found ${inputs.length}`,
        })
      }
      await feed.ready()
      const body = { ...manyOptions, credentials: inputs.map((input) => encodeInput(input)) }
      const payload = await call('createMany', 'POST', '/credential-batches', { body })
      const valid =
        isRecord(payload) &&
        Array.isArray(payload.created) &&
        Array.isArray(payload.skipped) &&
        Array.isArray(payload.failed)
      if (!valid) throw unavailable('createMany', new Error("The server's answer is not a batch report."))
      return payload as unknown as CreateManyReport
    },

    async update(id, patch, writeOptions) {
      const path = credentialPath(id)
      await feed.ready()
      const body = { expectedVersion: writeOptions?.expectedVersion, patch: encodePatch(patch) }
      const payload = await call('update', 'PATCH', path, { body })
      return answer<CredentialSummary>(payload, 'credential', 'update', isRecord)
    },

    async remove(id, writeOptions) {
      const path = credentialPath(id)
      await feed.ready()
      const params = new URLSearchParams()
      const expectedVersion = writeOptions?.expectedVersion
      if (expectedVersion !== undefined) params.set('expectedVersion', String(expectedVersion))
      await call('remove', 'DELETE', path, { params })
    },

    async codes(query) {
      const params = credentialQueryParams(checkQuery(query))
      const payload = await call('codes', 'GET', '/codes', { params })
      answer(payload, 'codes', 'codes', Array.isArray)
      answer(payload, 'unreadable', 'codes', Array.isArray)
      return payload as CodesResult
    },

    async claimCode(id, claimOptions) {
      const path = credentialPath(id, '/claim-code')
      // Checked here as a local store would (JSON would turn NaN into null); the bound that depends on
      // the period is the server's, which knows it.
      readClaimOptions(claimOptions)
      const given = claimOptions?.minRemainingMs
      const body = given === undefined ? {} : { minRemainingMs: given }
      const payload = await call('claimCode', 'POST', path, { body })
      if (
        !isRecord(payload) ||
        typeof payload.code !== 'string' ||
        !Number.isSafeInteger(payload.counter) ||
        typeof payload.validUntil !== 'number' ||
        typeof payload.waitMs !== 'number'
      ) {
        throw unavailable('claimCode', new Error("The server's answer is not a claimed code."))
      }
      const { code, counter, validUntil, waitMs } = payload as unknown as ClaimedCode
      return { code, counter, validUntil, waitMs }
    },

    async inspect() {
      const payload = await call('inspect', 'GET', '/inspect')
      answer(payload, 'unreadable', 'inspect', Array.isArray)
      return payload as IntegrityReport
    },

    async history(query) {
      const checked = checkAuditQuery(query)
      if (checked === 'none') return []
      const payload = await call('history', 'GET', '/history', { params: auditQueryParams(checked) })
      return answer<AuditEntry[]>(payload, 'entries', 'history', Array.isArray)
    },

    subscribe(listener, options = {}) {
      return feed.subscribe(listener, checkSince(options.since))
    },
  }
}
