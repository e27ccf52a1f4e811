/**
 * Test-only endpoints (JSON), so an end-to-end test can start from a known state and create a fresh
 * user per journey. Answers never repeat a password or key.
 *
 * @example
 *   await fetch(`${court.url}/__sandbox/users`, { method: 'POST', headers: { 'content-type': 'application/json' },
 *     body: JSON.stringify({ login: 'E2E01', password: 'senha-e2e', name: 'Dra. E2E' }) })   // 201
 *   await fetch(`${court.url}/__sandbox/reset`, { method: 'POST' })                           // 200
 */
import { readJson } from '../http/request-body.js'
import { sendJson } from '../http/respond.js'
import type { SandboxUserInput } from '../types.js'
import type { Route } from './route.js'

function asUserInput(body: unknown): SandboxUserInput {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new TypeError('Envie um objeto { login, password, name, totpSecret? }.')
  }
  const { login, password, name, totpSecret } = body as Record<string, unknown>
  const strings = { login, password, name } as Record<string, unknown>
  for (const [field, value] of Object.entries(strings)) {
    if (typeof value !== 'string') throw new TypeError(`${field}: informe um texto.`)
  }
  if (totpSecret !== undefined && typeof totpSecret !== 'string')
    throw new TypeError('totpSecret: informe um texto.')
  const user = { login, password, name } as SandboxUserInput
  return totpSecret === undefined ? user : { ...user, totpSecret }
}

export const sandboxRoutes: Route[] = [
  {
    method: 'POST',
    path: '/__sandbox/reset',
    handle(ctx) {
      ctx.court.reset()
      sendJson(ctx.res, 200, { ok: true })
    },
  },
  {
    method: 'POST',
    path: '/__sandbox/users',
    async handle(ctx) {
      const body = await readJson(ctx.req)
      try {
        const user = asUserInput(body)
        ctx.court.addUser(user)
        sendJson(ctx.res, 201, { ok: true, login: user.login.trim() })
      } catch (error) {
        if (!(error instanceof TypeError)) throw error
        sendJson(ctx.res, 400, { erro: error.message })
      }
    },
  },
]
