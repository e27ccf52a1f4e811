/**
 * loginToCourt at the sandbox's e-SAJ: `#usernameForm`, `#passwordForm`, `#pbEntrar`, then a 6-digit
 * code the court e-mails at every login (here to the local mailbox, read by the `emailCode` provider).
 */
import { describe, expect, it } from 'vitest'
import type { EmailCodeRequest } from '../index.js'
import { codesSubmitted, editPage, useHarness } from './support/harness.js'

const USER = { login: '11122233396', password: 'senha-saj-robô', name: 'Dra. SAJ de Teste' }
const EMAIL = 'saj.robo@example.com'
const h = useHarness()

function freshUser() {
  h.court.addUser({ ...USER, realm: 'esaj', email: EMAIL })
  h.clock.nextWindowAt(2000)
}

/** The newest code sent to the user at or after `since`, from the sandbox's mailbox. */
function mailboxCode(since: number): string {
  const message = h.court.messages(EMAIL).find((m) => m.kind === 'access-code' && m.sentAt >= since)
  if (message?.code === undefined) throw new Error('no code in the mailbox')
  return message.code
}

function provider(pick: (request: EmailCodeRequest) => string = (request) => mailboxCode(request.since)) {
  const requests: EmailCodeRequest[] = []
  const codes: string[] = []
  return {
    requests,
    codes,
    emailCode: async (request: EmailCodeRequest) => {
      requests.push(request)
      const code = pick(request)
      codes.push(code)
      return code
    },
  }
}

const login = (emailCode?: (request: EmailCodeRequest) => Promise<string>, password = USER.password) =>
  h.run({
    system: h.system('esaj'),
    credential: { login: USER.login, password },
    ...(emailCode ? { emailCode } : {}),
    inspect: async (page) => new URL(page.url()).pathname,
  })

describe("loginToCourt, flow 'esaj'", () => {
  it('logs in with the code read from the mailbox', async () => {
    freshUser()
    const mail = provider()
    const { outcome, events, inspected } = await login(mail.emailCode)
    expect(outcome).toEqual({ kind: 'logged-in', name: USER.name })
    expect(inspected).toBe('/esaj/portal.do')
    expect(mail.requests).toEqual([
      { systemId: 'sandbox-esaj', login: USER.login, since: expect.any(Number), attempt: 1, reason: 'first' },
    ])
    expect(events.map((event) => event.kind)).toEqual([
      'opening',
      'password-submitted',
      'email-code-requested',
      'email-code-submitted',
    ])
    const reported = JSON.stringify({ outcome, events })
    expect(reported).not.toContain(USER.password)
    expect(reported).not.toContain(mail.codes[0])
  })

  it("without an emailCode provider: 'needs-email-code', and nothing typed or sent", async () => {
    freshUser()
    const before = h.court.messages(EMAIL).length
    const { outcome, posts, events } = await login()
    expect(outcome).toEqual({ kind: 'needs-email-code' })
    expect(posts).toEqual([])
    expect(events).toEqual([])
    expect(h.court.messages(EMAIL)).toHaveLength(before)
  })

  it('a code already used: asks the court for a new one once, and logs in with it', async () => {
    freshUser()
    const first = provider()
    expect((await login(first.emailCode)).outcome.kind).toBe('logged-in')
    const stale = first.codes[0]!
    // The provider first hands back the code of the previous login (already used), then reads the mailbox.
    const mail = provider((request) => (request.attempt === 1 ? stale : mailboxCode(request.since)))
    const { outcome, events } = await login(mail.emailCode)
    expect(outcome).toEqual({ kind: 'logged-in', name: USER.name })
    expect(mail.requests.map((request) => request.reason)).toEqual(['first', 'resent'])
    expect(codesSubmitted(events)).toBe(2)
  })

  it('reports a wrong password without asking for a code', async () => {
    freshUser()
    const mail = provider()
    const { outcome } = await login(mail.emailCode, 'senha-errada')
    expect(outcome).toEqual({ kind: 'wrong-password', message: 'Usuário ou senha inválidos.' })
    expect(mail.requests).toEqual([])
  })

  it('stops at the lockout warning after the 4th wrong code', async () => {
    freshUser()
    const mail = provider((request) => {
      const right = mailboxCode(request.since)
      return right === '000000' ? '000001' : '000000'
    })
    const { outcome, events } = await login(mail.emailCode)
    expect(outcome).toEqual({
      kind: 'locked-out',
      message: 'Código inválido. Atenção: mais uma tentativa inválida bloqueará o usuário.',
    })
    expect(codesSubmitted(events)).toBe(4)
    expect(mail.requests.map((request) => request.reason)).toEqual(['first', 'refused', 'refused', 'refused'])
  })

  it("reports 'court-changed' when the code field changed, before the provider is asked", async () => {
    freshUser()
    const mail = provider()
    const { outcome, posts } = await h.run({
      system: h.system('esaj'),
      credential: { login: USER.login, password: USER.password },
      emailCode: mail.emailCode,
      prepare: (page) =>
        editPage(page, '**/sajcas/login', (html) => html.replaceAll('codigoForm', 'codigoAcesso'), 'POST'),
    })
    expect(outcome).toMatchObject({ kind: 'court-changed', step: 'email-code', selector: '#codigoForm' })
    expect(mail.requests).toEqual([])
    expect(posts).toEqual(['POST /sajcas/login'])
  })
})
