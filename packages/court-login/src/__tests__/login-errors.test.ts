/** What loginToCourt refuses before it touches the page. */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { loginToCourt } from '../index.js'

// Never used: every case here ends before the first page action, and a call would throw.
const page = new Proxy(
  {},
  {
    get: () => {
      throw new Error('the page was used')
    },
  },
) as Page
const credential = { login: 'RS012345', password: 'segredo-123' }
const keycloak = { flow: 'keycloak', url: 'https://keycloak.example.jus.br/' }

describe('loginToCourt before the page', () => {
  it('throws UNSUPPORTED_SYSTEM without a login description or with a flow it does not drive', async () => {
    await expect(loginToCourt({ page, system: { id: 'x' }, credential })).rejects.toMatchObject({
      code: 'UNSUPPORTED_SYSTEM',
    })
    await expect(
      loginToCourt({
        page,
        system: { id: 'x', login: { flow: 'x-other', url: 'https://a.jus.br/' } },
        credential,
      }),
    ).rejects.toMatchObject({ code: 'UNSUPPORTED_SYSTEM', details: { flow: 'x-other' } })
  })

  it('throws CODES_FAILED for a TOTP flow without codes', async () => {
    await expect(
      loginToCourt({ page, system: { id: 'x', login: keycloak }, credential }),
    ).rejects.toMatchObject({
      code: 'CODES_FAILED',
    })
  })

  it("answers 'needs-email-code' for an e-mail code flow without a provider", async () => {
    const system = { id: 'stf', login: { flow: 'email-code', url: 'https://stf.example.jus.br/' } }
    expect(await loginToCourt({ page, system, credential })).toEqual({ kind: 'needs-email-code' })
  })

  it('throws ABORTED when the signal is already aborted', async () => {
    const error = await loginToCourt({
      page,
      system: { id: 'x', login: keycloak },
      credential,
      codes: () => ({ code: '123456', counter: 1, waitMs: 0 }),
      signal: AbortSignal.abort(),
    }).catch((caught: unknown) => caught)
    expect(error).toMatchObject({ code: 'ABORTED', name: 'CourtLoginError' })
    expect(String((error as Error).message)).not.toContain(credential.password)
  })
})
