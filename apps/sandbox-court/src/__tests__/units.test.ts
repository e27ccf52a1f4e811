import { describe, expect, it } from 'vitest'
import { parseCliOptions } from '../cli-options.js'
import { checkPersonalEmail } from '../email-rules.js'
import { escapeHtml, markup } from '../html/html.js'
import { qrCodeSvg } from '../qr-code.js'
import { startSandboxCourt } from '../server.js'
import { createEmailCodeStore, EMAIL_CODE_TTL_MS } from '../state/email-codes.js'
import { createTicketStore, TICKET_TTL_MS } from '../state/tickets.js'
import { acceptedCounter, formatKey, newTotpKey, normalizeTotpKey, otpauthUri } from '../totp.js'
import { codeAt, T0 } from './totp-clock.js'

describe('personal e-mail rules', () => {
  it.each([
    ['ana@gmail.com', 'ok'],
    ['ana.souza+eproc@outlook.com.br', 'ok'],
    ['ana@justica.com.br', 'ok'], // "jus" only as a whole suffix label
    ['ana@notjus.br', 'ok'],
    ['ana@jus.br', 'institutional'],
    ['ana@gov.br', 'institutional'],
    ['ana@sub.tjrs.jus.br', 'institutional'],
    ['ANA@TJRS.JUS.BR', 'institutional'],
    ['ana@receita.fazenda.gov.br.', 'institutional'],
    ['', 'malformed'],
    ['ana', 'malformed'],
    ['ana@', 'malformed'],
    ['@gmail.com', 'malformed'],
    ['ana@gmail', 'malformed'],
    ['ana @gmail.com', 'malformed'],
    ['ana@@gmail.com', 'malformed'],
  ])('%s → %s', (email, expected) => {
    const check = checkPersonalEmail(email)
    expect(check.ok ? 'ok' : check.reason).toBe(expected)
  })
})

describe('html templates', () => {
  it('escape every interpolated value, nested templates stay markup', () => {
    const name = `<img src=x onerror="alert('x')"> & co`
    expect(escapeHtml(name)).toBe('&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; &amp; co')
    const list = markup`<ul>${[name, 2].map((item) => markup`<li>${item}</li>`)}</ul>`
    expect(list.toString()).toBe(
      '<ul><li>&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; &amp; co</li><li>2</li></ul>',
    )
    expect(markup`<p>${false}${undefined}${null}</p>`.toString()).toBe('<p></p>')
  })
})

describe('keys and codes (otpauth)', () => {
  it('creates random 160-bit keys shown in 8 groups of 4', () => {
    const key = newTotpKey()
    expect(key).toMatch(/^[A-Z2-7]{32}$/)
    expect(newTotpKey()).not.toBe(key)
    expect(formatKey('MMZDIMRUGZRGCNRQGA2GMMRWMVQWIZBW')).toBe('MMZD IMRU GZRG CNRQ GA2G MMRW MVQW IZBW')
  })

  it("gives the accepted code's time step", () => {
    const key = 'JBSWY3DPEHPK3PXP'
    const step = Math.floor(T0 / 30_000)
    expect(acceptedCounter(key, codeAt(key, T0), T0)).toBe(step)
    expect(acceptedCounter(key, codeAt(key, T0 - 30_000), T0)).toBe(step - 1)
    expect(acceptedCounter(key, codeAt(key, T0 + 30_000), T0)).toBe(step + 1)
    expect(acceptedCounter(key, codeAt(key, T0 + 60_000), T0)).toBeNull()
  })

  it('builds the otpauth URI of the contract', () => {
    expect(otpauthUri('RS 01/2', 'ABCDEFGHIJKLMNOP')).toBe(
      'otpauth://totp/eproc%20Sandbox:RS%2001%2F2?secret=ABCDEFGHIJKLMNOP&issuer=eproc%20Sandbox&algorithm=SHA1&digits=6&period=30',
    )
  })

  it('normalizes keys given by tests and refuses what is not base32', () => {
    expect(normalizeTotpKey('jbsw y3dp-ehpk 3pxp==')).toBe('JBSWY3DPEHPK3PXP')
    expect(normalizeTotpKey('JBSWY3DPEHPK3PX1')).toBeUndefined() // 1 is not base32
    expect(normalizeTotpKey('JBSWY3DP')).toBeUndefined() // too short to be a key
  })
})

describe('QR code', () => {
  it('has a fixed size of whole pixels per module and a 4-module white quiet zone', () => {
    const svg = qrCodeSvg(otpauthUri('RS012345', 'MMZDIMRUGZRGCNRQGA2GMMRWMVQWIZBW'))
    const side = Number(/width="(\d+)"/.exec(svg)?.[1])
    const viewBox = /viewBox="0 0 (\d+) (\d+)"/.exec(svg)
    expect(viewBox?.[1]).toBe(String(side)) // 1 SVG unit = 1 CSS pixel: modules land on whole pixels
    expect(svg).toContain('shape-rendering="crispEdges"')
    const squares = [...svg.matchAll(/M(\d+),(\d+)h(\d+)/g)].map((m) => m.slice(1).map(Number))
    const pixelSize = squares[0]?.[2] ?? 0
    expect(pixelSize).toBeGreaterThanOrEqual(3)
    expect(side % pixelSize).toBe(0)
    const quiet = 4 * pixelSize
    for (const [x = 0, y = 0] of squares) {
      expect(x >= quiet && y >= quiet && x < side - quiet && y < side - quiet).toBe(true)
    }
  })
})

describe('command line options', () => {
  it('reads --port, --port=, SANDBOX_COURT_PORT, and refuses the rest', () => {
    expect(parseCliOptions([], {})).toEqual({ kind: 'run', port: 5180 })
    expect(parseCliOptions(['--port', '0'], {})).toEqual({ kind: 'run', port: 0 })
    expect(parseCliOptions(['--port=5181'], {})).toEqual({ kind: 'run', port: 5181 })
    expect(parseCliOptions([], { SANDBOX_COURT_PORT: '5190' })).toEqual({ kind: 'run', port: 5190 })
    expect(parseCliOptions(['--port', '5182'], { SANDBOX_COURT_PORT: '5190' })).toEqual({
      kind: 'run',
      port: 5182,
    })
    expect(parseCliOptions(['--port', '70000'], {}).kind).toBe('error')
    expect(parseCliOptions(['--port'], {}).kind).toBe('error')
    expect(parseCliOptions(['--verbose'], {}).kind).toBe('error')
    expect(parseCliOptions(['--help'], {})).toEqual({ kind: 'help' })
  })
})

describe('startSandboxCourt', () => {
  it('refuses another host, a bad port or a bad initial user', async () => {
    await expect(startSandboxCourt({ port: 0, host: '0.0.0.0' as '127.0.0.1' })).rejects.toThrow(
      /127\.0\.0\.1/,
    )
    await expect(startSandboxCourt({ port: -1 })).rejects.toThrow(/Porta/)
    await expect(
      startSandboxCourt({ port: 0, users: [{ login: '', password: 'p', name: 'n' }] }),
    ).rejects.toThrow(/login/)
  })

  it('closes idempotently', async () => {
    const court = await startSandboxCourt({ port: 0 })
    await Promise.all([court.close(), court.close()])
    await expect(fetch(court.loginUrl)).rejects.toThrow()
  })
})

describe('e-mailed codes', () => {
  it('are 6 digits, only the newest works, once, for 5 minutes', () => {
    let now = T0
    const codes = createEmailCodeStore(() => now)
    const first = codes.issue('U1')
    expect(first.code).toMatch(/^\d{6}$/)
    expect(first.validUntil).toBe(T0 + EMAIL_CODE_TTL_MS)
    const second = codes.issue('U1')
    expect(second.code).not.toBe(first.code)
    expect(codes.check('U1', first.code)).toBe('replaced')
    expect(codes.check('U2', second.code)).toBe('wrong') // another user's code
    now = second.validUntil
    expect(codes.check('U1', second.code)).toBe('expired')
    now = T0
    const third = codes.issue('U1')
    expect(codes.check('U1', third.code)).toBe('accepted')
    expect(codes.check('U1', third.code)).toBe('used')
  })
})

describe('one-time tickets', () => {
  it('work once and for a minute only', () => {
    let now = T0
    const tickets = createTicketStore<string>(() => now, 'ST-')
    const once = tickets.issue('payload')
    expect(once).toMatch(/^ST-[A-Za-z0-9_-]{43}$/)
    expect(tickets.redeem(once)).toBe('payload')
    expect(tickets.redeem(once)).toBeUndefined()
    const late = tickets.issue('late')
    now += TICKET_TTL_MS
    expect(tickets.redeem(late)).toBeUndefined()
  })
})
