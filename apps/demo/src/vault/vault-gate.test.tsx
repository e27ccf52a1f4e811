/**
 * The vault gate against a real (fake-indexeddb) IndexedDB and real scrypt + AES-GCM: the first run
 * creates the vault, a wrong passphrase is refused without losing anything, unlocking shows the grid,
 * and locking returns to the gate.
 */
import { hasVault, unlockVault, createCredentialStore } from '@a2f/storage'
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { createVaultWith, newAdapter, PASSPHRASE, renderApp, TRF4, unlock } from '../test/render-app.js'

/** The row of the grid holding `login`. */
const rowOf = async (login: string) => (await screen.findByText(login)).closest('[role="row"]')

describe('vault gate', () => {
  it('creates the vault on the first run, after checking the passphrase rule and its confirmation', async () => {
    const { adapter, user } = renderApp()
    expect(await screen.findByRole('heading', { name: 'Crie a senha do cofre' })).toBeTruthy()
    const create = () => user.click(screen.getByRole('button', { name: 'Criar cofre' }))

    await user.type(screen.getByLabelText('Senha do cofre'), 'curta')
    await user.type(screen.getByLabelText('Confirme a senha do cofre'), 'curta')
    await create()
    expect(screen.getByRole('alert').textContent).toBe('A senha precisa ter pelo menos 8 caracteres.')
    // The passphrase never stays in the page.
    expect(screen.getByLabelText<HTMLInputElement>('Senha do cofre').value).toBe('')

    await user.type(screen.getByLabelText('Senha do cofre'), PASSPHRASE)
    await user.type(screen.getByLabelText('Confirme a senha do cofre'), `${PASSPHRASE}!`)
    await create()
    expect(screen.getByRole('alert').textContent).toBe('As senhas digitadas não conferem.')
    expect(await hasVault(adapter)).toBe(false)

    await user.type(screen.getByLabelText('Senha do cofre'), PASSPHRASE)
    await user.type(screen.getByLabelText('Confirme a senha do cofre'), PASSPHRASE)
    await create()
    expect(await screen.findByRole('heading', { name: 'Credenciais 2FA' })).toBeTruthy()
    expect(await screen.findByText('Nenhuma credencial 2FA cadastrada')).toBeTruthy()
    expect(await hasVault(adapter)).toBe(true)
    // The vault opens with that passphrase.
    await expect(unlockVault(adapter, { passphrase: PASSPHRASE })).resolves.toBeTruthy()
  })

  it('refuses a wrong passphrase with a clear message and loses nothing', async () => {
    const adapter = newAdapter()
    await createVaultWith(adapter, [TRF4])
    const { user } = renderApp(adapter)
    await unlock(user, 'senha-errada-123')
    const alert = await screen.findByRole('alert')
    await waitFor(() => expect(alert.textContent).toContain('Senha incorreta.'))
    expect(alert.textContent).toContain('nada foi alterado')
    expect(screen.getByLabelText<HTMLInputElement>('Senha do cofre').value).toBe('')
    expect(screen.getByRole('heading', { name: 'Desbloqueie o cofre' })).toBeTruthy()

    // The vault and its credential are intact: the right passphrase still opens them.
    const keys = await unlockVault(adapter, { passphrase: PASSPHRASE })
    const stored = await createCredentialStore({ adapter, keys, actor: 'teste' }).get(TRF4.id!)
    expect(stored.account).toBe('RS054321')
  })

  it('unlocks into the grid, showing the stored credential with its live code', async () => {
    const adapter = newAdapter()
    await createVaultWith(adapter, [TRF4])
    const { user } = renderApp(adapter)
    await unlock(user)
    const row = await rowOf('RS054321')
    expect(row).toBeTruthy()
    expect(within(row as HTMLElement).getByText('TRF4')).toBeTruthy()
    expect(within(row as HTMLElement).getByText(/Validada/)).toBeTruthy()
    await waitFor(() =>
      expect(row!.querySelector('.a2f-grid-code-value')?.textContent).toMatch(/^\d{3} \d{3}$/),
    )
  })

  it('locks from the header and comes back to the gate; unlocking again shows the same data', async () => {
    const adapter = newAdapter()
    await createVaultWith(adapter, [TRF4])
    const { user } = renderApp(adapter)
    await unlock(user)
    await rowOf('RS054321')
    await user.click(screen.getByRole('button', { name: 'Bloquear' }))
    // The gate checks the browser's vault again (an IndexedDB read) before it asks for the passphrase.
    expect(await screen.findByRole('heading', { name: 'Desbloqueie o cofre' })).toBeTruthy()
    expect(screen.getByRole('status').textContent).toBe('Cofre bloqueado. Informe a senha para voltar.')
    expect(screen.queryByText('RS054321')).toBeNull()

    await unlock(user)
    expect(await rowOf('RS054321')).toBeTruthy()
  })
})
