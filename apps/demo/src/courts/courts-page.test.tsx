/**
 * The court browser over the demo's registry (the built-in courts plus the sandbox, added with `extend`):
 * every system listed, the 2FA status filter, the accent-insensitive search, and the sandbox entry as
 * the contract describes it.
 */
import { A2FProvider } from '@a2f/react'
import { createCredentialStore, createMasterKeyring, createMemoryAdapter } from '@a2f/storage'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, describe, expect, it } from 'vitest'
import { CourtsPage } from './courts-page.js'
import {
  demoRegistry,
  isSandboxSystem,
  SANDBOX_ESAJ_SYSTEM_ID,
  SANDBOX_KEYCLOAK_SYSTEM_ID,
  SANDBOX_PJE_SYSTEM_ID,
  SANDBOX_SYSTEM_ID,
  sandboxClockUrl,
} from './sandbox-court-system.js'

let store: ReturnType<typeof createCredentialStore>
beforeAll(async () => {
  const keys = await createMasterKeyring({ keys: { teste: new Uint8Array(32).fill(1) }, current: 'teste' })
  store = createCredentialStore({ adapter: createMemoryAdapter(), keys, actor: 'teste' })
})

function renderPage() {
  const user = userEvent.setup()
  render(
    <A2FProvider store={store} registry={demoRegistry}>
      <CourtsPage />
    </A2FProvider>,
  )
  return user
}

const rows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1) // without the header
const ids = () => rows().map((row) => row.dataset.systemId)
const count = () => screen.getByRole('status').textContent

describe('sandbox court entry', () => {
  it('is in the registry as the contract says', () => {
    const sandbox = demoRegistry.get(SANDBOX_SYSTEM_ID)!
    expect(sandbox.court).toEqual({
      acronym: 'SANDBOX',
      name: 'Tribunal Sandbox (local, formulário clássico)',
    })
    expect(sandbox.system).toBe('eproc')
    expect(sandbox.degree).toBe('1g')
    expect(sandbox.loginUrl).toBe('http://127.0.0.1:5180/eproc/')
    expect(sandbox.authenticatorGroup).toBe('sandbox')
    expect(sandbox.twoFactor).toMatchObject({
      status: 'mandatory',
      method: 'totp',
      totp: { algorithm: 'SHA1', digits: 6, period: 30 },
      enrollment: { personalEmailRequired: true, refusedEmailSuffixes: ['jus.br', 'gov.br'] },
    })
    expect(
      sandbox.provenance.every(
        (fact) => fact.source === 'apps/sandbox-court' && fact.confidence === 'verified',
      ),
    ).toBe(true)
    expect(demoRegistry.matchUrl('http://127.0.0.1:5180/eproc/painel')?.id).toBe(SANDBOX_SYSTEM_ID)
    expect(sandboxClockUrl).toBe('http://127.0.0.1:5180/api/hora')
  })

  it('registers every flow of the sandbox court, each at its own login page', () => {
    const sandboxIds = [
      SANDBOX_SYSTEM_ID,
      SANDBOX_KEYCLOAK_SYSTEM_ID,
      SANDBOX_PJE_SYSTEM_ID,
      SANDBOX_ESAJ_SYSTEM_ID,
    ]
    expect(
      demoRegistry
        .search('sandbox')
        .map((system) => system.id)
        .sort(),
    ).toEqual([...sandboxIds].sort())
    expect(
      sandboxIds.map((id) => [id, demoRegistry.get(id)?.login?.flow, demoRegistry.get(id)?.loginUrl]),
    ).toEqual([
      [SANDBOX_SYSTEM_ID, 'eproc-form', 'http://127.0.0.1:5180/eproc/'],
      [SANDBOX_KEYCLOAK_SYSTEM_ID, 'keycloak', 'http://127.0.0.1:5180/eproc-keycloak/'],
      [SANDBOX_PJE_SYSTEM_ID, 'pje-sso', 'http://127.0.0.1:5180/pje/primeirograu/login.seam'],
      [SANDBOX_ESAJ_SYSTEM_ID, 'esaj', 'http://127.0.0.1:5180/sajcas/login'],
    ])
    for (const id of sandboxIds) expect(isSandboxSystem(id)).toBe(true)
    expect(isSandboxSystem('trf4-eproc')).toBe(false)
    expect(isSandboxSystem(undefined)).toBe(false)
    // The realm's pages are the Keycloak door's, not the classic form's.
    expect(demoRegistry.matchUrl('http://127.0.0.1:5180/eproc-keycloak/painel')?.id).toBe(
      SANDBOX_KEYCLOAK_SYSTEM_ID,
    )
  })

  it('tells the two eproc doors apart, and keeps them on one authenticator', () => {
    const classic = demoRegistry.get(SANDBOX_SYSTEM_ID)!
    const keycloak = demoRegistry.get(SANDBOX_KEYCLOAK_SYSTEM_ID)!
    // One court, one system, one degree: only the name says which door it is.
    expect([keycloak.court.acronym, keycloak.system, keycloak.degree]).toEqual([
      classic.court.acronym,
      classic.system,
      classic.degree,
    ])
    expect(keycloak.court.name).toBe('Tribunal Sandbox (local, login pelo Keycloak)')
    expect(keycloak.court.name).not.toBe(classic.court.name)
    expect(keycloak.authenticatorGroup).toBe(classic.authenticatorGroup)
    expect(demoRegistry.sharedWith(SANDBOX_KEYCLOAK_SYSTEM_ID).map((system) => system.id)).toEqual([
      SANDBOX_SYSTEM_ID,
    ])
    // PJe and e-SAJ differ by system, so they keep the court's own name.
    expect(demoRegistry.get(SANDBOX_PJE_SYSTEM_ID)?.court.name).toBe('Tribunal Sandbox (local)')
  })
})

describe('court browser', () => {
  it('lists every system of the registry, the sandbox included, with its 2FA facts', () => {
    renderPage()
    expect(rows()).toHaveLength(demoRegistry.all().length)
    expect(count()).toBe(`${demoRegistry.all().length} sistemas`)
    const trf4 = rows().find((row) => row.dataset.systemId === 'trf4-eproc')!
    expect(within(trf4).getByRole('rowheader').textContent).toContain(
      'Tribunal Regional Federal da 4ª Região',
    )
    expect(trf4.textContent).toContain('Obrigatório')
    expect(trf4.textContent).toContain('22/04/2024') // since
    expect(trf4.textContent).toContain('conferido em 04/12/2026')
    const sandbox = rows().find((row) => row.dataset.systemId === SANDBOX_SYSTEM_ID)!
    expect(sandbox.textContent).toContain('apps/sandbox-court')
  })

  it('filters by 2FA status and searches without accents', async () => {
    const user = renderPage()
    await user.selectOptions(screen.getByLabelText('Situação do 2FA'), 'mandatory')
    const mandatory = demoRegistry.all().filter((system) => system.twoFactor.status === 'mandatory')
    expect(ids()).toEqual(mandatory.map((system) => system.id))
    for (const row of rows()) expect(row.querySelector('.a2f-badge')?.textContent).toBe('Obrigatório')

    await user.type(screen.getByLabelText('Buscar tribunal'), 'sandbox')
    expect([...ids()].sort()).toEqual(
      [SANDBOX_SYSTEM_ID, SANDBOX_KEYCLOAK_SYSTEM_ID, SANDBOX_PJE_SYSTEM_ID, SANDBOX_ESAJ_SYSTEM_ID].sort(),
    )
    expect(count()).toBe('4 sistemas')
    for (const row of rows()) expect(within(row).getByText('local')).toBeTruthy()
    await user.type(screen.getByLabelText('Buscar tribunal'), ' keycloak')
    expect(ids()).toEqual([SANDBOX_KEYCLOAK_SYSTEM_ID])
    expect(count()).toBe('1 sistema')

    await user.clear(screen.getByLabelText('Buscar tribunal'))
    await user.type(screen.getByLabelText('Buscar tribunal'), 'parana')
    await user.selectOptions(screen.getByLabelText('Situação do 2FA'), 'all')
    expect(ids()).toEqual(demoRegistry.search('paraná').map((system) => system.id))
    expect(ids()).toContain('jfpr-eproc')

    await user.selectOptions(screen.getByLabelText('Situação do 2FA'), 'unavailable')
    await user.clear(screen.getByLabelText('Buscar tribunal'))
    await user.type(screen.getByLabelText('Buscar tribunal'), 'sandbox')
    expect(screen.queryByRole('table')).toBeNull()
    expect(screen.getByText('Nenhum sistema de tribunal encontrado com esses filtros.')).toBeTruthy()
    expect(count()).toBe('0 sistemas')
  })
})
