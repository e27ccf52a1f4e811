/**
 * loginToEproc, issue 5's library function now a thin wrapper over @a2f/court-login, against the real
 * sandbox court (which verifies codes with `otpauth`, not @a2f/core) in the system Chromium: the same
 * contract as before (the flows themselves are tested in packages/court-login). The court and the robot
 * share a test clock, so waiting for a window is instant.
 */
import { decodeBase32, generateSecret } from '@a2f/core'
import type { SandboxCourt } from '@a2f/sandbox-court'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../browser/launch-chromium.js'
import { loginToEproc, submissionCodes, type LoginProgress } from '../index.js'
import { startCourt } from './support/sandbox-court.js'
import { PERIOD_MS, testClock, type TestClock } from './support/test-clock.js'

const USER = { login: 'ROBO01', password: 'senha-do-robô-1', name: 'Dr. Robô de Teste' }

let court: SandboxCourt
let browser: Browser
let clock: TestClock
let key: string

beforeAll(async () => {
  clock = testClock()
  court = await startCourt({ now: () => clock.now() })
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await court?.close()
})

/** A fresh user with a fresh key for each test, the clock 2 s into a new window. */
function freshUser() {
  key = generateSecret()
  court.addUser({ ...USER, totpSecret: key })
  clock.nextWindowAt(2000)
  clock.sleeps.length = 0
}

/** One run of the robot in a browser context of its own (a new "device", no cookies). */
async function robotLogin(options: { password?: string; secret?: string; maxInvalidCodes?: number } = {}) {
  const events: LoginProgress[] = []
  const context = await browser.newContext({ locale: 'pt-BR' })
  try {
    const page = await context.newPage()
    const outcome = await loginToEproc({
      page,
      url: court.loginUrl,
      login: USER.login,
      password: options.password ?? USER.password,
      codeFor: submissionCodes(decodeBase32(options.secret ?? key), {}, clock.now),
      sleep: clock.sleep,
      onProgress: (event) => events.push(event),
      timeoutMs: 15_000,
      ...(options.maxInvalidCodes === undefined ? {} : { maxInvalidCodes: options.maxInvalidCodes }),
    })
    const attempts = events.filter((event) => event.kind === 'code-submitted').length
    return { outcome, events, attempts, page }
  } finally {
    await context.close()
  }
}

describe('loginToEproc at the sandbox court', () => {
  it('logs in with password and code, and reads the name on the panel', async () => {
    freshUser()
    const { outcome, attempts, events } = await robotLogin()
    expect(outcome).toEqual({ kind: 'logged-in', name: USER.name })
    expect(attempts).toBe(1)
    expect(clock.sleeps).toEqual([])
    expect(events).toEqual([
      { kind: 'opening', url: court.loginUrl },
      { kind: 'password-submitted' },
      { kind: 'code-submitted', attempt: 1, saveDevice: false },
    ])
  })

  it('waits for the next window when the code was already used, and then logs in', async () => {
    freshUser()
    expect((await robotLogin()).outcome.kind).toBe('logged-in')
    // Same window, another run: the court has seen this window's code.
    const second = await robotLogin()
    expect(second.outcome).toEqual({ kind: 'logged-in', name: USER.name })
    expect(second.attempts).toBe(2)
    expect(clock.sleeps).toEqual([PERIOD_MS - 2000])
    expect(second.events).toContainEqual({ kind: 'waiting', ms: PERIOD_MS - 2000, reason: 'code-used' })
  })

  it('does not submit a code in the last 5 s of its window: it waits for the next one', async () => {
    freshUser()
    clock.nextWindowAt(PERIOD_MS - 3000)
    const { outcome, attempts, events } = await robotLogin()
    expect(outcome.kind).toBe('logged-in')
    expect(attempts).toBe(1)
    expect(clock.sleeps).toEqual([3000])
    expect(events).toContainEqual({ kind: 'waiting', ms: 3000, reason: 'window-ending' })
  })

  it('reports a wrong password without ever reaching the code', async () => {
    freshUser()
    const { outcome, attempts } = await robotLogin({ password: 'senha-errada' })
    expect(outcome).toEqual({ kind: 'wrong-password', message: 'Usuário ou senha inválidos.' })
    expect(attempts).toBe(0)
  })

  it('stops at the lockout warning after the 4th wrong code, without a 5th attempt', async () => {
    freshUser()
    const wrongKey = generateSecret()
    const { outcome, attempts, events } = await robotLogin({ secret: wrongKey })
    expect(outcome).toEqual({
      kind: 'locked-out',
      message: 'Código inválido. Atenção: mais uma tentativa inválida bloqueará o usuário.',
    })
    // The court shows that warning after exactly 4 consecutive wrong codes.
    expect(attempts).toBe(4)
    // Each retry used a code of a later window.
    expect(clock.sleeps).toEqual([PERIOD_MS - 2000, PERIOD_MS, PERIOD_MS])
    expect(events.filter((event) => event.kind === 'waiting').map((event) => event.reason)).toEqual([
      'code-refused',
      'code-refused',
      'code-refused',
    ])
    // No 5th wrong code was sent: the user is not locked, the right key still gets in (and resets the count).
    expect((await robotLogin()).outcome).toEqual({ kind: 'logged-in', name: USER.name })
  })

  it('stops at once when the warning comes early (attempts left over from before)', async () => {
    freshUser()
    const wrongKey = generateSecret()
    // Someone else already spent 3 attempts: this run's first wrong code draws the warning.
    expect((await robotLogin({ secret: wrongKey, maxInvalidCodes: 3 })).outcome).toEqual({
      kind: 'refused',
      message: 'Código inválido. Restam 2 tentativas.',
    })
    const next = await robotLogin({ secret: wrongKey })
    expect(next.attempts).toBe(1)
    expect(next.outcome.kind).toBe('locked-out')
  })

  it('reports a user locked before the run, with no code submitted', async () => {
    freshUser()
    const wrongKey = generateSecret()
    expect((await robotLogin({ secret: wrongKey })).outcome.kind).toBe('locked-out')
    // A person then types a 5th wrong code by hand, and the court locks the user.
    const context = await browser.newContext()
    try {
      const page = await context.newPage()
      await page.goto(court.loginUrl)
      await page.fill('#txtUsuario', USER.login)
      await page.fill('#pwdSenha', USER.password)
      await Promise.all([page.waitForEvent('load'), page.click('#sbmEntrar')])
      await page.fill('#txtAcessoCodigo', '000000')
      await Promise.all([page.waitForEvent('load'), page.click('#btnValidar')])
    } finally {
      await context.close()
    }
    const { outcome, attempts } = await robotLogin()
    expect(outcome).toEqual({
      kind: 'locked-out',
      message: 'Usuário bloqueado por excesso de tentativas inválidas. Procure o suporte do tribunal.',
    })
    expect(attempts).toBe(0)
  })

  it("answers 'court-changed' when the URL is not an eproc login page, with nothing typed", async () => {
    freshUser()
    const context = await browser.newContext()
    try {
      const outcome = await loginToEproc({
        page: await context.newPage(),
        url: court.mailboxUrl,
        login: USER.login,
        password: USER.password,
        codeFor: submissionCodes(decodeBase32(key), {}, clock.now),
        timeoutMs: 15_000,
      })
      expect(outcome).toMatchObject({ kind: 'court-changed', step: 'password', selector: '#txtUsuario' })
    } finally {
      await context.close()
    }
  })
})
