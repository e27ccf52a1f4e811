/**
 * Settings: a backup exported from one browser's vault and imported into another's (both fake IndexedDB,
 * real scrypt and AES-GCM): the download's name and content are captured, a wrong backup passphrase
 * imports nothing, the right one brings the credential with the same key (same codes), and importing
 * the same file again skips it.
 */
import { totp } from '@a2f/core'
import { createCredentialStore, unlockVault, type StorageAdapter } from '@a2f/storage'
import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createVaultWith, newAdapter, PASSPHRASE, renderApp, TRF4, unlock } from '../test/render-app.js'

const BACKUP_PASSPHRASE = 'copia-de-seguranca-2026'

/** What the app hands to the browser's download: the blob behind the object URL and the file name. */
interface Download {
  name: string
  blob: Blob
}

let downloads: Download[] = []
const blobs = new Map<string, Blob>()
const captureDownload = (event: MouseEvent) => {
  const link = (event.target as Element).closest?.('a[download]') as HTMLAnchorElement | null
  if (!link) return
  event.preventDefault() // jsdom does not navigate; the test keeps the file
  downloads.push({ name: link.download, blob: blobs.get(link.href)! })
}

beforeEach(() => {
  downloads = []
  let next = 0
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:test/${next++}`
    blobs.set(url, blob)
    return url
  })
  URL.revokeObjectURL = vi.fn()
  document.addEventListener('click', captureDownload)
})
afterEach(() => {
  document.removeEventListener('click', captureDownload)
  blobs.clear()
})

const section = (name: string) => screen.getByRole('region', { name })

async function storedSecret(adapter: StorageAdapter, id: string) {
  const keys = await unlockVault(adapter, { passphrase: PASSPHRASE })
  return (await createCredentialStore({ adapter, keys, actor: 'teste' }).get(id)).secret
}

describe('backup export and import', () => {
  it('round-trips a credential between two vaults through the downloaded file', async () => {
    // Browser 1: a vault with the TRF4 credential; export from the settings.
    const first = newAdapter()
    await createVaultWith(first, [TRF4])
    window.location.hash = '#/configuracoes'
    const one = renderApp(first)
    await unlock(one.user)
    const exporter = within(await screen.findByRole('region', { name: 'Exportar cópia de segurança' }))
    await one.user.type(exporter.getByLabelText('Senha da cópia de segurança'), BACKUP_PASSPHRASE)
    await one.user.type(exporter.getByLabelText('Confirme a senha da cópia'), BACKUP_PASSPHRASE)
    await one.user.click(exporter.getByRole('button', { name: 'Exportar cópia de segurança' }))
    await waitFor(() =>
      expect(exporter.getByRole('status').textContent).toContain(
        'Cópia de segurança exportada: 1 credencial',
      ),
    )
    expect(downloads).toHaveLength(1)
    const [download] = downloads
    expect(download!.name).toMatch(/^a2f-backup-\d{4}-\d{2}-\d{2}\.json$/)
    const text = await download!.blob.text()
    expect(JSON.parse(text).format).toBeTruthy()
    // The file is encrypted: neither the key nor the login is readable in it.
    expect(text).not.toContain('MMZD')
    expect(text).not.toContain('RS054321')
    one.unmount()

    // Browser 2: a new, empty vault; import the file.
    const second = newAdapter()
    await createVaultWith(second, [])
    const two = renderApp(second)
    await unlock(two.user)
    const importer = within(await screen.findByRole('region', { name: 'Importar cópia de segurança' }))
    const file = new File([text], download!.name, { type: 'application/json' })
    await two.user.upload(importer.getByLabelText('Arquivo da cópia de segurança'), file)

    await two.user.type(importer.getByLabelText('Senha da cópia de segurança'), 'senha-errada-123')
    await two.user.click(importer.getByRole('button', { name: 'Importar' }))
    await waitFor(() =>
      expect(importer.getByRole('alert').textContent).toBe(
        'Senha da cópia de segurança incorreta. Nada foi importado.',
      ),
    )
    await expect(storedSecret(second, TRF4.id!)).rejects.toMatchObject({ code: 'NOT_FOUND' })

    // The file stays chosen; the right passphrase imports it.
    await two.user.type(importer.getByLabelText('Senha da cópia de segurança'), BACKUP_PASSPHRASE)
    await two.user.click(importer.getByRole('button', { name: 'Importar' }))
    await waitFor(() =>
      expect(importer.getByRole('status').textContent).toBe(
        'Importação concluída: 1 credencial importada, 0 ignoradas (já existiam).',
      ),
    )
    const secret = await storedSecret(second, TRF4.id!)
    const now = Date.now()
    expect(totp(secret, { timestamp: now })).toBe(totp(TRF4.secret as string, { timestamp: now }))

    // Again: already there, skipped and named.
    await two.user.type(importer.getByLabelText('Senha da cópia de segurança'), BACKUP_PASSPHRASE)
    await two.user.click(importer.getByRole('button', { name: 'Importar' }))
    await waitFor(() =>
      expect(importer.getByRole('status').textContent).toBe(
        'Importação concluída: 0 credenciais importadas, 1 ignorada (já existia).',
      ),
    )
    expect(importer.getByRole('list', { name: 'Itens não importados' }).textContent).toBe(
      'TRF4 · RS054321: já está neste cofre',
    )

    // And the grid shows it.
    window.location.hash = '#/credenciais'
    expect(await screen.findByText('RS054321')).toBeTruthy()
  })

  it('refuses a file that is not a backup, importing nothing', async () => {
    const adapter = newAdapter()
    await createVaultWith(adapter, [])
    window.location.hash = '#/configuracoes'
    const { user } = renderApp(adapter)
    await unlock(user)
    const importer = within(await screen.findByRole('region', { name: 'Importar cópia de segurança' }))
    await user.upload(
      importer.getByLabelText('Arquivo da cópia de segurança'),
      new File(['{"contas": []}'], 'outra-coisa.json', { type: 'application/json' }),
    )
    await user.type(importer.getByLabelText('Senha da cópia de segurança'), BACKUP_PASSPHRASE)
    await user.click(importer.getByRole('button', { name: 'Importar' }))
    await waitFor(() =>
      expect(importer.getByRole('alert').textContent).toBe(
        'O arquivo não é uma cópia de segurança do a2f. Nada foi importado.',
      ),
    )
    expect(section('Importar cópia de segurança')).toBeTruthy()
  })
})
