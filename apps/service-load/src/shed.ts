/**
 * A stand-in for admission limits, for the test: a handler wrapper that answers every `oneIn`-th request
 * (event streams aside) with what a refusing server answers — 503 `UNAVAILABLE` with `Retry-After: 1`,
 * before the store is touched, so nothing was applied. The run must count these as deliberate 503s, the
 * clients must honour them and go on, and the writers must find their versions unchanged.
 *
 * ```ts
 * startStorageServer({ …, wrap: shedOneIn(100) })
 * ```
 */
import type { HttpHandler } from '@a2f/storage/http'

export function shedOneIn(oneIn: number): (handler: HttpHandler) => HttpHandler {
  if (!Number.isSafeInteger(oneIn) || oneIn < 2)
    throw new Error(`shedOneIn: a whole number ≥ 2, not ${oneIn}`)
  let requests = 0
  return (handler) => async (request) => {
    if (new URL(request.url).pathname.endsWith('/events')) return handler(request)
    requests += 1
    if (requests % oneIn !== 0) return handler(request)
    const error = {
      code: 'UNAVAILABLE',
      message: 'Busy: try again later.',
      details: { operation: 'admission', adapter: 'http' },
    }
    return new Response(JSON.stringify({ error }), {
      status: 503,
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'retry-after': '1',
        'cache-control': 'no-store',
      },
    })
  }
}
