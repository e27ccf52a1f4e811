import { totp } from '@a2f/core'
import type { CredentialPatch, CredentialSummary } from '@a2f/storage'
import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { mockClipboard } from '../../test-support/clipboard.js'
import { expectNoAxeViolations } from '../../test-support/axe.js'
import {
  createTestStore,
  EPROC_EXAMPLE_KEY,
  FIXED_NOW,
  manualClock,
  SAMPLE_CREDENTIALS,
} from '../../test-support/fixtures.js'
import { renderWithA2F } from '../../test-support/render.js'
import { groupCode } from '../../util/group-code.js'
import { CredentialGrid } from '../credential-grid.js'
import {
  badgeOf,
  cell,
  credentialRows,
  deferred,
  logins,
  menuButtonOf,
  rowOf,
  waitForGrid,
  wrapStore,
} from './grid-test-helpers.js'

const NEW_KEY = 'KVKFKRCPNZQUYMLXOVYDSQKJKZDTSRLD'

async function openMenuItem(user: ReturnType<typeof userEvent.setup>, row: string, item: string) {
  await user.click(menuButtonOf(row))
  await user.click(screen.getByRole('menuitem', { name: item }))
}

describe('CredentialGrid: row menu', () => {
  it('is labelled with the row and operable with the keyboard', async () => {
    const user = userEvent.setup()
    const { container } = await renderWithA2F(<CredentialGrid />)
    await waitForGrid()

    const button = menuButtonOf('TJSC · SC012345')
    expect(button.getAttribute('aria-haspopup')).toBe('menu')
    button.focus()
    await user.keyboard('{Enter}')
    const menu = screen.getByRole('menu', { name: 'Ações de TJSC · SC012345' })
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Marcar como validada',
      'Mostrar QR code',
      'Editar',
      'O tribunal gerou uma nova chave',
      'Remover',
    ])
    expect(document.activeElement?.textContent).toBe('Marcar como validada')
    await expectNoAxeViolations(container)
    await user.keyboard('{ArrowDown}')
    expect(document.activeElement?.textContent).toBe('Mostrar QR code')
    await user.keyboard('{ArrowUp}{ArrowUp}')
    expect(document.activeElement?.textContent).toBe('Remover')
    await user.keyboard('{Home}')
    expect(document.activeElement?.textContent).toBe('Marcar como validada')
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('menu')).toBeNull()
    expect(document.activeElement).toBe(button)

    // A validated credential has nothing to validate.
    await user.click(menuButtonOf('TRF4 · RS054321'))
    expect(screen.queryByRole('menuitem', { name: 'Marcar como validada' })).toBeNull()
  })

  it('reaches row actions with Tab', async () => {
    const user = userEvent.setup()
    await renderWithA2F(<CredentialGrid actions={['copy', 'remove']} />)
    await waitForGrid()
    screen.getByRole('table').focus()
    const names: string[] = []
    for (let step = 0; step < 6; step++) {
      await user.tab()
      const active = document.activeElement as HTMLElement
      names.push(active.getAttribute('aria-label') ?? active.textContent ?? '')
    }
    // The sortable column headers, then the first row's copy button and menu.
    expect(names).toEqual([
      'Tribunal▲',
      'Login↕',
      'Responsável↕',
      'Situação↕',
      'Copiar código de Intranet do escritório · fernanda',
      'Ações de Intranet do escritório · fernanda',
    ])
  })

  it('offers only the chosen actions and reports every action', async () => {
    const user = userEvent.setup()
    const onAction = vi.fn()
    await renderWithA2F(<CredentialGrid actions={['copy', 'qr']} onAction={onAction} />)
    await waitForGrid()
    await user.click(menuButtonOf('TJSC · SC012345'))
    expect(screen.getAllByRole('menuitem').map((item) => item.textContent)).toEqual(['Mostrar QR code'])
    await user.click(screen.getByRole('menuitem', { name: 'Mostrar QR code' }))
    expect(onAction).toHaveBeenCalledWith('qr', expect.objectContaining({ account: 'SC012345' }))
  })

  it('has no menu when no menu action is allowed', async () => {
    await renderWithA2F(<CredentialGrid actions={['copy']} />)
    await waitForGrid()
    expect(screen.queryByRole('button', { name: /^Ações de / })).toBeNull()
    expect(screen.getAllByRole('button', { name: /^Copiar código de / })).toHaveLength(5)
  })
})

describe('CredentialGrid: copy', () => {
  it('copies the current code to the clipboard', async () => {
    const user = userEvent.setup()
    const onAction = vi.fn()
    await renderWithA2F(<CredentialGrid onAction={onAction} />)
    await waitForGrid()
    // user-event installs its own clipboard on setup; ours replaces it.
    const writeText = mockClipboard()
    const button = screen.getByRole('button', { name: 'Copiar código de TRF4 · RS054321' })
    await user.click(button)
    expect(writeText).toHaveBeenCalledWith(totp(EPROC_EXAMPLE_KEY, { timestamp: FIXED_NOW }))
    await waitFor(() => expect(button.dataset.state).toBe('copied'))
    expect(button.getAttribute('aria-label')).toBe('Copiado')
    expect(onAction).toHaveBeenCalledWith('copy', expect.objectContaining({ issuer: 'TRF4' }))
  })
})

describe('CredentialGrid: mark validated', () => {
  it('changes the badge at once, then persists', async () => {
    const user = userEvent.setup()
    const clock = manualClock()
    const store = await createTestStore(SAMPLE_CREDENTIALS, { now: () => clock.now() })
    const gate = deferred()
    const slow = wrapStore(store, {
      update: async (id, patch, options) => {
        await gate.promise
        return store.update(id, patch, options)
      },
    })
    await renderWithA2F(<CredentialGrid />, { store: slow, clock })
    await waitForGrid()
    expect(badgeOf(rowOf('SC012345'))).toBe('Pendente')

    await openMenuItem(user, 'TJSC · SC012345', 'Marcar como validada')
    // Optimistic: validated while the store has not answered.
    await waitFor(() => expect(badgeOf(rowOf('SC012345'))).toBe('Validada'))
    const id = rowOf('SC012345').dataset.id!
    expect((await store.getSummary(id)).status).toBe('pending')
    expect(document.activeElement).toBe(menuButtonOf('TJSC · SC012345'))

    gate.resolve()
    await waitFor(async () => expect((await store.getSummary(id)).status).toBe('validated'))
    await waitFor(() => expect(badgeOf(rowOf('SC012345'))).toBe('Validada'))
    expect(cell(rowOf('SC012345'), 'status').querySelector('time')?.textContent).toBe('21/11/2026')
  })

  it('refuses a stale version: says so and shows what the store holds', async () => {
    const user = userEvent.setup()
    const clock = manualClock()
    const store = await createTestStore(SAMPLE_CREDENTIALS, { now: () => clock.now() })
    // Another process changes the credential and the grid is not told (no change feed).
    const quiet = wrapStore(store, { subscribe: () => () => {} })
    await renderWithA2F(<CredentialGrid />, { store: quiet, clock })
    await waitForGrid()
    const id = rowOf('SC012345').dataset.id!
    await store.update(id, { owner: 'Marina Costa' }, { expectedVersion: 1 })
    expect(cell(rowOf('SC012345'), 'owner').textContent).toBe('Carlos Eduardo Lima') // the grid's stale view

    await openMenuItem(user, 'TJSC · SC012345', 'Marcar como validada')
    const alert = await screen.findByText(/Esta credencial foi alterada em outro lugar/)
    expect(alert.closest('[role="alert"]')).not.toBeNull()
    // Rolled back and refetched: the other change shows, the status is still pending.
    await waitFor(() => expect(cell(rowOf('SC012345'), 'owner').textContent).toBe('Marina Costa'))
    expect(badgeOf(rowOf('SC012345'))).toBe('Pendente')
    expect((await store.getSummary(id)).status).toBe('pending')

    await user.click(screen.getByRole('button', { name: 'Fechar' }))
    expect(screen.queryByText(/Esta credencial foi alterada em outro lugar/)).toBeNull()
  })
})

describe('CredentialGrid: remove', () => {
  it('asks for confirmation naming court and login; cancel keeps, confirm removes', async () => {
    const user = userEvent.setup()
    const { store, container } = await renderWithA2F(<CredentialGrid />)
    await waitForGrid()
    const trigger = menuButtonOf('TRF2 · RJ198765')

    await openMenuItem(user, 'TRF2 · RJ198765', 'Remover')
    const dialog = screen.getByRole('alertdialog', { name: 'Remover credencial 2FA' })
    expect(dialog.getAttribute('aria-modal')).toBe('true')
    expect(within(dialog).getByText('Remover a credencial de TRF2, login RJ198765?')).toBeTruthy()
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancelar' }))
    await expectNoAxeViolations(container)

    await user.click(within(dialog).getByRole('button', { name: 'Cancelar' }))
    expect(screen.queryByRole('alertdialog')).toBeNull()
    expect(document.activeElement).toBe(trigger)
    expect(logins()).toContain('RJ198765')

    await openMenuItem(user, 'TRF2 · RJ198765', 'Remover')
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('alertdialog')).toBeNull()
    expect(document.activeElement).toBe(trigger)

    await openMenuItem(user, 'TRF2 · RJ198765', 'Remover')
    await user.click(screen.getByRole('button', { name: 'Remover' }))
    await waitFor(() => expect(logins()).not.toContain('RJ198765'))
    expect((await store.list()).map((summary) => summary.account)).not.toContain('RJ198765')
    expect(credentialRows()).toHaveLength(4)
    // The row that opened the dialog is gone: focus lands on the table, not on the page.
    expect(document.activeElement).toBe(screen.getByRole('table'))
  })
})

describe('CredentialGrid: edit', () => {
  it('edits owner, label, e-mail and notes with the version seen', async () => {
    const user = userEvent.setup()
    const { store, container } = await renderWithA2F(<CredentialGrid />)
    await waitForGrid()
    await openMenuItem(user, 'TJSC · SC012345', 'Editar')
    const dialog = screen.getByRole('dialog', { name: 'Editar TJSC · SC012345' })
    expect(document.activeElement).toBe(within(dialog).getByRole('combobox', { name: 'Responsável' }))
    await expectNoAxeViolations(container)

    const email = within(dialog).getByRole('textbox', { name: 'E-mail pessoal' })
    await user.type(email, 'carlos@tjsc.jus.br')
    await user.click(within(dialog).getByRole('button', { name: 'Salvar' }))
    expect(within(dialog).getByText('O tribunal não aceita e-mails terminados em jus.br.')).toBeTruthy()
    expect(email.getAttribute('aria-invalid')).toBe('true')

    await user.clear(email)
    await user.type(email, 'carlos.lima@gmail.com')
    const owner = within(dialog).getByRole('combobox', { name: 'Responsável' })
    await user.clear(owner)
    await user.type(owner, 'Marina Costa')
    await user.type(within(dialog).getByRole('textbox', { name: 'Descrição' }), 'Intimações')
    await user.type(within(dialog).getByRole('textbox', { name: 'Observações' }), 'Celular do escritório')
    await user.click(within(dialog).getByRole('button', { name: 'Salvar' }))

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    await waitFor(() => expect(cell(rowOf('SC012345'), 'owner').textContent).toBe('Marina Costa'))
    expect(cell(rowOf('SC012345'), 'login').textContent).toBe('SC012345Intimações')
    const saved = (await store.list()).find((summary) => summary.account === 'SC012345')!
    expect(saved).toMatchObject({
      owner: 'Marina Costa',
      label: 'Intimações',
      personalEmail: 'carlos.lima@gmail.com',
      notes: 'Celular do escritório',
      version: 2,
    })
    expect(document.activeElement).toBe(menuButtonOf('TJSC · SC012345'))
  })

  it('hands the credential to onEdit instead of its own dialog', async () => {
    const user = userEvent.setup()
    const onEdit = vi.fn((_credential: CredentialSummary) => {})
    await renderWithA2F(<CredentialGrid onEdit={onEdit} />)
    await waitForGrid()
    await openMenuItem(user, 'TRF4 · RS054321', 'Editar')
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(onEdit).toHaveBeenCalledWith(expect.objectContaining({ issuer: 'TRF4', account: 'RS054321' }))
  })
})

describe('CredentialGrid: QR', () => {
  it('shows the QR widget in a dialog without opening the key, and Escape closes it', async () => {
    const user = userEvent.setup()
    const clock = manualClock()
    const store = await createTestStore(SAMPLE_CREDENTIALS, { now: () => clock.now() })
    const get = vi.fn(store.get.bind(store))
    const { container } = await renderWithA2F(<CredentialGrid />, { store: wrapStore(store, { get }), clock })
    await waitForGrid()
    await openMenuItem(user, 'TRF4 · RS054321', 'Mostrar QR code')
    const dialog = screen.getByRole('dialog', { name: 'QR code de TRF4 · RS054321' })
    expect(dialog.querySelector('[class*="a2f-secret-qr"]')).not.toBeNull()
    expect(get).not.toHaveBeenCalled()
    expect(dialog.contains(document.activeElement)).toBe(true)
    await expectNoAxeViolations(container)
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(document.activeElement).toBe(menuButtonOf('TRF4 · RS054321'))
  })

  it('keeps Tab inside the dialog', async () => {
    const user = userEvent.setup()
    await renderWithA2F(<CredentialGrid />)
    await waitForGrid()
    await openMenuItem(user, 'TRF2 · RJ198765', 'Remover')
    const dialog = screen.getByRole('alertdialog')
    for (let step = 0; step < 5; step++) {
      await user.tab()
      expect(dialog.contains(document.activeElement)).toBe(true)
    }
    await user.tab({ shift: true })
    expect(dialog.contains(document.activeElement)).toBe(true)
  })
})

describe('CredentialGrid: re-key', () => {
  it('saves the new key as pending and says the new code must be confirmed at the court', async () => {
    const user = userEvent.setup()
    const clock = manualClock()
    const store = await createTestStore(SAMPLE_CREDENTIALS, { now: () => clock.now() })
    const patches: CredentialPatch[] = []
    const spying = wrapStore(store, {
      update: (id, patch, options) => {
        patches.push(patch)
        return store.update(id, patch, options)
      },
    })
    const { container } = await renderWithA2F(<CredentialGrid />, { store: spying, clock })
    await waitForGrid()
    const id = rowOf('RS054321', 'TRF4').dataset.id!

    await openMenuItem(user, 'TRF4 · RS054321', 'O tribunal gerou uma nova chave')
    // The form arrives as its own chunk (row-dialog.tsx), behind a dialog of the same title.
    await screen.findByText(/informe no tribunal o novo código de 6 dígitos/)
    const dialog = screen.getByRole('dialog', { name: 'O tribunal gerou uma nova chave' })
    const save = within(dialog).getByRole('button', { name: 'Salvar nova chave' }) as HTMLButtonElement
    expect(save.disabled).toBe(true)
    await expectNoAxeViolations(container)

    await user.click(within(dialog).getByRole('textbox', { name: /Chave de autenticação/ }))
    await user.paste(NEW_KEY)
    await waitFor(() => expect(save.disabled).toBe(false))
    await user.click(save)

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(patches).toHaveLength(1)
    expect(patches[0]!.status).toBe('pending')
    expect(patches[0]!.secret).toBeInstanceOf(Uint8Array)
    const saved = await store.getSummary(id)
    expect(saved).toMatchObject({ status: 'pending', version: 2 })
    const expected = groupCode(totp(NEW_KEY, { timestamp: clock.now() }))
    await waitFor(() =>
      expect(cell(rowOf('RS054321', 'TRF4'), 'code').querySelector('.a2f-grid-code-value')?.textContent).toBe(
        expected,
      ),
    )
    expect(badgeOf(rowOf('RS054321', 'TRF4'))).toBe('Pendente')
    expect(screen.getByRole('status').textContent).toContain('Nova chave de TRF4 · RS054321 salva.')
    await act(async () => {})
  })
})
