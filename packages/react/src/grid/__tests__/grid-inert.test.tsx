/**
 * The grid marks everything but its open dialog `inert`, in the same DOM on React 18 and 19 (this file
 * also runs on React 18 in apps/react-18-check): `inert=""` while a dialog is open, no attribute after.
 */
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderWithA2F } from '../../test-support/render.js'
import { CredentialGrid } from '../credential-grid.js'
import { menuButtonOf, waitForGrid } from './grid-test-helpers.js'

describe('CredentialGrid: inert behind a dialog', () => {
  it('sets inert="" on the content while the dialog is open and removes it when it closes', async () => {
    const user = userEvent.setup()
    const { container } = await renderWithA2F(<CredentialGrid />)
    await waitForGrid()
    const content = container.querySelector('.a2f-grid-content')
    expect(content).not.toBeNull()
    expect(content!.hasAttribute('inert')).toBe(false)

    await user.click(menuButtonOf('TRF2 · RJ198765'))
    await user.click(screen.getByRole('menuitem', { name: 'Remover' }))
    const dialog = screen.getByRole('alertdialog', { name: 'Remover credencial 2FA' })
    expect(content!.getAttribute('inert')).toBe('')
    // The dialog itself stays operable: it is not inside the inert part.
    expect(content!.contains(dialog)).toBe(false)

    await user.click(within(dialog).getByRole('button', { name: 'Cancelar' }))
    expect(content!.hasAttribute('inert')).toBe(false)
  })
})
