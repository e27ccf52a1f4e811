import type { CredentialQuery } from '../model/credential.js'
import type { AuditQuery } from '../store/adapter.js'
import { invalidRequest } from './request-body.js'

/**
 * Query strings, written by the client and read by the handler. Only filters travel in URLs: names,
 * statuses, ids, times. `ids` repeats (`?ids=a&ids=b`); a lone empty `ids=` stands for an empty list
 * (which matches nothing, as locally), since no id is empty.
 */

type TextFilter = 'text' | 'systemId' | 'owner' | 'status'
const TEXT_FILTERS: readonly TextFilter[] = ['text', 'systemId', 'owner', 'status']

export function credentialQueryParams(
  query: (CredentialQuery & { timestamp?: number }) | undefined,
): URLSearchParams {
  const params = new URLSearchParams()
  if (query === undefined || query === null) return params
  for (const name of TEXT_FILTERS) {
    const value = query[name]
    if (value !== undefined) params.set(name, String(value))
  }
  if (query.ids !== undefined) {
    if (query.ids.length === 0) params.append('ids', '')
    for (const id of query.ids) params.append('ids', String(id))
  }
  if (query.timestamp !== undefined) params.set('timestamp', String(query.timestamp))
  return params
}

/** The filters as the store takes them; unknown parameters (a `tenant`, a cache buster) are ignored. */
export function readCredentialQuery(params: URLSearchParams): CredentialQuery {
  const query: CredentialQuery = {}
  for (const name of TEXT_FILTERS) {
    const value = params.get(name)
    // `status` is passed as given: an unknown status matches nothing, as with a local store.
    if (value !== null) (query as Record<TextFilter, string>)[name] = value
  }
  if (params.has('ids')) query.ids = params.getAll('ids').filter((id) => id !== '')
  return query
}

export function readCodesQuery(params: URLSearchParams): CredentialQuery & { timestamp?: number } {
  const query: CredentialQuery & { timestamp?: number } = readCredentialQuery(params)
  const timestamp = readNumber(params, 'timestamp', 'milliseconds since the epoch')
  if (timestamp !== undefined) query.timestamp = timestamp
  return query
}

export function auditQueryParams(query: AuditQuery | undefined): URLSearchParams {
  const params = new URLSearchParams()
  if (query?.credentialId !== undefined) params.set('credentialId', query.credentialId)
  if (query?.limit !== undefined) params.set('limit', String(query.limit))
  return params
}

export function readAuditQuery(params: URLSearchParams): AuditQuery {
  const query: AuditQuery = {}
  const credentialId = params.get('credentialId')
  if (credentialId !== null) query.credentialId = credentialId
  const limit = readNumber(params, 'limit', 'a whole number ≥ 0')
  if (limit !== undefined) {
    if (!Number.isSafeInteger(limit) || limit < 0) throw invalidRequest(400, 'limit', 'a whole number ≥ 0')
    query.limit = limit
  }
  return query
}

/**
 * `expectedVersion` of a DELETE. A number when it looks like one; otherwise the text, so that the store
 * refuses it with the same `INVALID_INPUT` as a bad version given locally.
 */
export function readExpectedVersion(params: URLSearchParams): unknown {
  const value = params.get('expectedVersion')
  if (value === null) return undefined
  return /^\d{1,16}$/.test(value) ? Number(value) : value
}

function readNumber(params: URLSearchParams, name: string, reason: string): number | undefined {
  const value = params.get(name)
  if (value === null) return undefined
  const number = value.trim() === '' ? Number.NaN : Number(value)
  if (!Number.isFinite(number)) throw invalidRequest(400, name, reason)
  return number
}
