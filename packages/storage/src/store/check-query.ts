import type { CredentialQuery } from '../model/credential.js'
import type { AuditQuery } from './adapter.js'
import { isPossibleId } from './ids.js'
import { checkText, invalid, MAX_LINE_LENGTH, MAX_QUERY_TEXT_LENGTH } from './text-rule.js'

/**
 * Checks the filters of `list`, `codes` and `history` before a backend sees them, with the same text
 * rule as the fields they match (`text-rule.ts`): a U+0000 in an `owner` filter is `INVALID_INPUT`
 * naming `owner` on every backend, not a failed SQL statement on some. What cannot match anything, on
 * any backend, keeps matching nothing: an unknown status, an id no credential can have.
 *
 * @example
 *   checkQuery({ owner: 'Dra. Conceição' }) // the same query
 *   checkQuery({ owner: 'a\u0000' }) // throws INVALID_INPUT { field: 'owner' }
 */
export function checkQuery<Q extends CredentialQuery>(query: Q | undefined): Q {
  if (query === undefined || query === null) return {} as Q
  if (typeof query !== 'object') invalid('query', 'an object')
  if (query.text !== undefined) {
    if (typeof query.text !== 'string') invalid('text', 'text')
    checkText('text', query.text, 'lines', MAX_QUERY_TEXT_LENGTH)
  }
  for (const field of ['systemId', 'owner', 'status'] as const) {
    const value = query[field]
    if (value === undefined) continue
    if (typeof value !== 'string') invalid(field, 'text')
    checkText(field, value, 'line', MAX_LINE_LENGTH)
  }
  if (query.ids === undefined) return query
  if (!Array.isArray(query.ids)) invalid('ids', 'a list of ids')
  // An id that cannot exist matches nothing; left out, it never reaches a backend that would choke on it.
  const ids = query.ids.filter(isPossibleId)
  return ids.length === query.ids.length ? query : { ...query, ids }
}

/** `history`'s query: `limit` a whole number ≥ 0 (a fraction or NaN read differently by each backend). */
export function checkAuditQuery(query: AuditQuery | undefined): AuditQuery | 'none' {
  if (query === undefined || query === null) return {}
  if (typeof query !== 'object') invalid('query', 'an object')
  if (query.limit !== undefined && (!Number.isSafeInteger(query.limit) || query.limit < 0)) {
    invalid('limit', 'a whole number ≥ 0')
  }
  if (query.credentialId === undefined) return query
  if (typeof query.credentialId !== 'string') invalid('credentialId', 'an id')
  // No credential has such an id, so it has no history.
  return isPossibleId(query.credentialId) ? query : 'none'
}

/** `subscribe`'s `since`: a change number, a whole number ≥ 0. */
export function checkSince(since: unknown): number | undefined {
  if (since === undefined) return undefined
  if (typeof since !== 'number' || !Number.isSafeInteger(since) || since < 0) {
    invalid('since', 'a whole number ≥ 0')
  }
  return since
}
