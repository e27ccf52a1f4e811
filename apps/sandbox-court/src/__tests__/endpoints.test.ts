import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_USERS, startSandboxCourt, type SandboxCourt } from '../index.js'
import { createBrowser } from './browser.js'
import { pageMessage } from './html-reading.js'
import { enrol, signIn, submitCode } from './journeys.js'
import { codeAt, T0, testClock } from './totp-clock.js'

const clock = testClock()
let court: SandboxCourt

beforeAll(async () => {
  court = await startSandboxCourt({ port: 0, now: clock.now })
})
afterAll(() => court.close())
beforeEach(() => {
  court.reset()
  clock.set(T0)
})

const postJson = (path: string, body: unknown) =>
  fetch(`${court.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })

describe('addresses', () => {
  it('are on 127.0.0.1, without a trailing slash', () => {
    expect(court.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(court.loginUrl).toBe(`${court.url}/eproc/`)
    expect(court.mailboxUrl).toBe(`${court.url}/caixa-postal/`)
    expect(court.flows).toEqual({
      eproc: `${court.url}/eproc/`,
      keycloak: `${court.url}/eproc-keycloak/`,
      pje: `${court.url}/pje/primeirograu/login.seam`,
      esaj: `${court.url}/sajcas/login`,
    })
  })
})

describe('users of the other realms', () => {
  it('are created in their realm only, over HTTP as with court.addUser', async () => {
    const pje = {
      realm: 'pje',
      login: '98765432100',
      password: 'senha-pje-x',
      name: 'Dr. PJe',
      totpSecret: 'JBSWY3DPEHPK3PXP',
    }
    expect((await postJson('/__sandbox/users', pje)).status).toBe(201)
    const esaj = {
      realm: 'esaj',
      login: '98765432100',
      password: 'senha-saj-x',
      name: 'Dra. SAJ',
      email: 'saj@example.com',
    }
    expect((await postJson('/__sandbox/users', esaj)).status).toBe(201)
    // Not at eproc; the same login is two different users in PJe and e-SAJ.
    const atEproc = await signIn(createBrowser(court.url), { login: pje.login, password: pje.password })
    expect(pageMessage(atEproc.html)?.text).toBe('Usuário ou senha inválidos.')
    const atEsaj = await createBrowser(court.url).post('/sajcas/login', {
      username: esaj.login,
      password: esaj.password,
    })
    expect(atEsaj.path).toBe('/sajcas/codigo')
    expect(court.messages('saj@example.com')).toHaveLength(1)
  })

  it('refuses an e-SAJ user without e-mail or with a key, and an unknown realm', async () => {
    const base = { realm: 'esaj', login: 'X1', password: 'senha-x', name: 'X' }
    const noEmail = await postJson('/__sandbox/users', base)
    expect(noEmail.status).toBe(400)
    expect((await noEmail.json()).erro).toMatch(/^email:/)
    const withKey = await postJson('/__sandbox/users', {
      ...base,
      email: 'x@example.com',
      totpSecret: 'JBSWY3DPEHPK3PXP',
    })
    expect(withKey.status).toBe(400)
    expect(await withKey.text()).not.toContain('JBSWY3DPEHPK3PXP')
    expect((await postJson('/__sandbox/users', { ...base, realm: 'projudi' })).status).toBe(400)
    expect((await postJson('/__sandbox/users', { ...base, email: 42 })).status).toBe(400)
  })
})

describe('GET /__sandbox/mensagens', () => {
  it('lists the mailbox as JSON, newest first, optionally for one address', async () => {
    const browser = createBrowser(court.url)
    await enrol(browser, clock, { login: 'RS012345', password: 'sandbox-rs-2024' }, 'ana@example.com')
    await browser.post('/sajcas/login', { username: '52998224725', password: 'sandbox-saj-2025' })
    const all = await (await fetch(`${court.url}/__sandbox/mensagens`)).json()
    expect(all.map((mail: { kind: string }) => mail.kind)).toEqual(['access-code', 'activation'])
    expect(all[1]).toMatchObject({
      to: 'ana@example.com',
      login: 'RS012345',
      subject: 'Ativação da autenticação em 2 fatores',
    })
    expect(all[1].activationPath).toMatch(/^\/eproc\/2fa\/ativar\?token=/)
    expect(all[0]).toMatchObject({
      to: 'paulo.mendes@example.com',
      login: '52998224725',
      code: expect.stringMatching(/^\d{6}$/),
    })
    const one = await (await fetch(`${court.url}/__sandbox/mensagens?para=ana@example.com`)).json()
    expect(one).toEqual([all[1]])
    expect(court.messages()).toEqual(all)
  })
})

describe('GET /api/hora', () => {
  it("answers the court's time in the body and the Date header, readable from any origin", async () => {
    clock.set(Date.UTC(2031, 5, 1, 8, 30, 15)) // far from the real clock: proves the injected one is used
    const res = await fetch(`${court.url}/api/hora`, { headers: { origin: 'http://127.0.0.1:5173' } })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ agora: '2031-06-01T08:30:15.000Z' })
    expect(res.headers.get('date')).toBe('Sun, 01 Jun 2031 08:30:15 GMT')
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('access-control-expose-headers')).toBe('Date')
  })

  it('answers HEAD and the CORS preflight', async () => {
    const head = await fetch(`${court.url}/api/hora`, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.get('date')).toBe(new Date(T0).toUTCString())
    const preflight = await fetch(`${court.url}/api/hora`, { method: 'OPTIONS' })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*')
  })
})

describe('POST /__sandbox/users', () => {
  it('creates a user with 2FA active (key in any case, with spaces) who logs in with a code', async () => {
    const res = await postJson('/__sandbox/users', {
      login: 'E2E01',
      password: 'senha-e2e-01',
      name: 'Dra. Ponta a Ponta',
      totpSecret: 'jbsw y3dp ehpk 3pxp',
    })
    expect(res.status).toBe(201)
    expect(await res.json()).toEqual({ ok: true, login: 'E2E01' })
    const browser = createBrowser(court.url)
    expect((await signIn(browser, { login: 'E2E01', password: 'senha-e2e-01' })).path).toBe(
      '/eproc/2fa/codigo',
    )
    const panel = await submitCode(browser, codeAt('JBSWY3DPEHPK3PXP', clock.now()))
    expect(panel.html).toContain('Bem-vindo(a), Dra. Ponta a Ponta.')
  })

  it('replaces a user with the same login: a locked user starts afresh', async () => {
    const user = {
      login: 'E2E02',
      password: 'senha-e2e-02',
      name: 'Dr. Bloqueado',
      totpSecret: 'JBSWY3DPEHPK3PXP',
    }
    expect((await postJson('/__sandbox/users', user)).status).toBe(201)
    const browser = createBrowser(court.url)
    await signIn(browser, user)
    for (let attempt = 0; attempt < 5; attempt++) await submitCode(browser, '000000')
    expect(pageMessage((await signIn(browser, user)).html)?.text).toContain('bloqueado')

    expect((await postJson('/__sandbox/users', { ...user, name: 'Dr. Desbloqueado' })).status).toBe(201)
    expect((await signIn(browser, user)).path).toBe('/eproc/2fa/codigo')
  })

  it('refuses bad input with 400/415, never echoing the password or the key', async () => {
    const secretLike = 'NOT-BASE32-189!'
    const bad = await postJson('/__sandbox/users', {
      login: 'E2E03',
      password: 'senha-super-secreta',
      name: 'Dr. X',
      totpSecret: secretLike,
    })
    expect(bad.status).toBe(400)
    const body = await bad.text()
    expect(body).toContain('totpSecret')
    expect(body).not.toContain(secretLike)
    expect(body).not.toContain('senha-super-secreta')

    expect((await postJson('/__sandbox/users', { login: 'E2E04', name: 'Sem senha' })).status).toBe(400)
    expect((await postJson('/__sandbox/users', ['lista'])).status).toBe(400)
    const notJson = await fetch(`${court.url}/__sandbox/users`, { method: 'POST', body: 'login=x' })
    expect(notJson.status).toBe(415)
    const broken = await fetch(`${court.url}/__sandbox/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{',
    })
    expect(broken.status).toBe(400)
  })

  it('is the same as court.addUser', async () => {
    court.addUser({ login: 'API01', password: 'senha-api', name: 'Dra. API' })
    expect((await signIn(createBrowser(court.url), { login: 'API01', password: 'senha-api' })).path).toBe(
      '/eproc/painel',
    )
    expect(() => court.addUser({ login: 'API02', password: 'p', name: 'X', totpSecret: '1' })).toThrow(
      /totpSecret/,
    )
  })
})

describe('POST /__sandbox/reset', () => {
  it('brings back the initial users, empties the mailbox and ends every session', async () => {
    const rs = { login: DEFAULT_USERS[0]?.login ?? '', password: DEFAULT_USERS[0]?.password ?? '' }
    const browser = createBrowser(court.url)
    const key = await enrol(browser, clock, rs)
    court.addUser({ login: 'TEMP01', password: 'senha-temp', name: 'Temporário' })
    clock.nextWindow()
    await signIn(browser, rs)
    expect((await submitCode(browser, codeAt(key, clock.now()))).path).toBe('/eproc/painel')

    const res = await fetch(`${court.url}/__sandbox/reset`, { method: 'POST' })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ ok: true })

    expect((await browser.get('/eproc/painel')).path).toBe('/eproc/') // session gone
    expect((await browser.get('/caixa-postal/')).html).toContain('Nenhuma mensagem.')
    const temp = await signIn(browser, { login: 'TEMP01', password: 'senha-temp' })
    expect(pageMessage(temp.html)?.text).toBe('Usuário ou senha inválidos.')
    // The other realms are reset too: e-SAJ's default user is back, an added PJe user is gone.
    court.addUser({ realm: 'pje', login: 'PJE9', password: 'senha-pje9', name: 'Temporário' })
    await fetch(`${court.url}/__sandbox/reset`, { method: 'POST' })
    const esaj = await browser.post('/sajcas/login', {
      username: '52998224725',
      password: 'sandbox-saj-2025',
    })
    expect(esaj.path).toBe('/sajcas/codigo')
    const panel = await signIn(browser, rs) // 2FA no longer active
    expect(panel.path).toBe('/eproc/painel')
    expect(pageMessage(panel.html)?.text).toBe(
      'A autenticação em 2 fatores ainda não foi ativada para o seu usuário.',
    )
  })

  it('answers only POST', async () => {
    const res = await fetch(`${court.url}/__sandbox/reset`)
    expect(res.status).toBe(405)
    expect(res.headers.get('allow')).toBe('POST')
  })
})

describe('every page', () => {
  it('has the eproc bar, the sandbox footer, no caching and a strict CSP', async () => {
    const browser = createBrowser(court.url)
    for (const path of ['/eproc/', '/caixa-postal/', '/eproc/indisponivel', '/eproc/2fa/ativar?token=nada']) {
      const page = await browser.get(path)
      expect(page.status, path).toBe(200)
      expect(page.html, path).toContain('<span class="logo">eproc</span>')
      expect(page.html, path).toContain('Tribunal Sandbox (local)')
      expect(page.html, path).toContain('não é um tribunal real')
      expect(page.headers.get('cache-control'), path).toBe('no-store')
      expect(page.headers.get('content-security-policy'), path).toContain("default-src 'none'")
      expect(page.headers.get('referrer-policy'), path).toBe('no-referrer')
    }
  })

  it('answers 404 for unknown paths (HTML, or JSON under /api and /__sandbox)', async () => {
    const page = await fetch(`${court.url}/nada`)
    expect(page.status).toBe(404)
    expect(pageMessage(await page.text())?.text).toBe('Página não encontrada.')
    const api = await fetch(`${court.url}/api/nada`)
    expect(api.status).toBe(404)
    expect(await api.json()).toEqual({ erro: 'Página não encontrada.' })
    expect((await fetch(`${court.url}/caixa-postal/999`)).status).toBe(404)
  })
})
