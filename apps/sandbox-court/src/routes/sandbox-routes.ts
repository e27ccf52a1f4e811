/**
 * Test-only endpoints (JSON), so an end-to-end test or a robot's test can start from a known state,
 * create a fresh user per journey and read the mailbox (e-SAJ's codes). Answers never repeat a password
 * or key.
 *
 * @example
 *   await fetch(`${court.url}/__sandbox/users`, { method: 'POST', headers: { 'content-type': 'application/json' },
 *     body: JSON.stringify({ login: 'E2E01', password: 'senha-e2e', name: 'Dra. E2E' }) })   // 201
 *   await fetch(`${court.url}/__sandbox/reset`, { method: 'POST' })                           // 200
 *   await (await fetch(`${court.url}/__sandbox/mensagens?para=ana@example.com`)).json()  // [{ kind: 'access-code', code, … }]
 */
import { readJson } from '../http/request-body.js'
import { sendJson } from '../http/respond.js'
import { mailTo } from '../state/mailbox.js'
import type { SandboxUserInput } from '../types.js'
import type { Route } from './route.js'

const OPTIONAL_TEXTS = ['realm', 'totpSecret', 'email'] as const

function asUserInput(body: unknown): SandboxUserInput {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new TypeError('Envie um objeto { login, password, name, realm?, totpSecret?, email? }.')
  }
  const fields = body as Record<string, unknown>
  const strings = { login: fields['login'], password: fields['password'], name: fields['name'] }
  for (const [field, value] of Object.entries(strings)) {
    if (typeof value !== 'string') throw new TypeError(`${field}: informe um texto.`)
  }
  const user = { ...strings } as Record<string, unknown>
  for (const field of OPTIONAL_TEXTS) {
    const value = fields[field]
    if (value === undefined) continue
    if (typeof value !== 'string') throw new TypeError(`${field}: informe um texto.`)
    user[field] = value
  }
  return user as unknown as SandboxUserInput
}

export const sandboxRoutes: Route[] = [
  {
    method: 'GET',
    path: '/__sandbox/mensagens',
    handle(ctx) {
      const to = ctx.url.searchParams.get('para') ?? undefined
      sendJson(ctx.res, 200, mailTo(ctx.court.mailbox.list(), to))
    },
  },
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
