/**
 * Credential ids: what `create` accepts, and what any stored id can look like. Ids appear in URL paths of
 * the HTTP handler and in sealed values' associated data, so they are plain characters only.
 *
 * @example
 *   ID_PATTERN.test('c0f1e2d3-0000-4000-8000-000000000001') // true
 *   isPossibleId('a\u0000b') // false: get('a\u0000b') is NOT_FOUND without asking a backend
 */

/** What `create` accepts: never only dots ('.' and '..' are path segments that URLs resolve away). */
export const ID_PATTERN = /^(?!\.+$)[A-Za-z0-9._:-]{1,128}$/

/**
 * What any stored id can look like, including ids of older versions, which allowed '.' and '..'. An id
 * asked for that is not like this cannot exist: `get`, `update` and `remove` answer NOT_FOUND without
 * asking the backend (PostgreSQL would fail on a U+0000, a URL cannot carry a lone surrogate).
 */
const POSSIBLE_ID = /^[A-Za-z0-9._:-]{1,128}$/

export function isPossibleId(id: unknown): id is string {
  return typeof id === 'string' && POSSIBLE_ID.test(id)
}
