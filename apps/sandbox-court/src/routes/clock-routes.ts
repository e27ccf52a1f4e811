/**
 * `GET /api/hora`: the court's time, for apps that check their clock against the court (the demo's
 * settings). Readable from any origin; the `Date` header (the court's clock too) is exposed to scripts.
 *
 * @example
 *   const res = await fetch('http://127.0.0.1:5180/api/hora')
 *   await res.json()          // { agora: '2025-01-15T12:00:10.000Z' }
 *   res.headers.get('Date')   // 'Wed, 15 Jan 2025 12:00:10 GMT'
 */
import type { ServerResponse } from 'node:http'
import { sendJson } from '../http/respond.js'
import type { Route } from './route.js'

function allowAnyOrigin(res: ServerResponse): void {
  res.setHeader('Access-Control-Allow-Origin', '*')
  res.setHeader('Access-Control-Expose-Headers', 'Date')
}

export const clockRoutes: Route[] = [
  {
    method: 'GET',
    path: '/api/hora',
    handle(ctx) {
      allowAnyOrigin(ctx.res)
      sendJson(ctx.res, 200, { agora: new Date(ctx.court.now()).toISOString() })
    },
  },
  {
    method: 'OPTIONS',
    path: '/api/hora',
    handle(ctx) {
      allowAnyOrigin(ctx.res)
      ctx.res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD, OPTIONS')
      ctx.res.setHeader('Access-Control-Allow-Headers', '*')
      ctx.res.setHeader('Access-Control-Max-Age', '600')
      ctx.res.statusCode = 204
      ctx.res.end()
    },
  },
]
