import { decodeBase32 } from '@a2f/core'
import { storageError, type CredentialStore } from '@a2f/storage'
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { expectNoAxeViolations } from '../../test-support/axe.js'
import { createTestStore, EPROC_EXAMPLE_KEY, SAMPLE_CREDENTIALS } from '../../test-support/fixtures.js'
import { renderWithA2F } from '../../test-support/render.js'
import { otpauthUriFor } from '../otpauth-uri-for.js'
import { SecretQrCode } from '../secret-qr-code.js'
import { decodeQrSvg } from './decode-qr-svg.js'

const TRF4_URI =
  'otpauth://totp/TRF4:RS054321?secret=MMZDIMRUGZRGCNRQGA2GMMRWMVQWIZBW&issuer=TRF4&algorithm=SHA1&digits=6&period=30'
const GROUPED = 'MMZD IMRU GZRG CNRQ GA2G MMRW MVQW IZBW'
const qrName = 'QR code da chave do TRF4 para RS054321'

const qrSvg = () => screen.getByRole('img', { name: qrName }).querySelector('svg')!

afterEach(() => vi.restoreAllMocks())

describe('otpauthUriFor', () => {
  it('builds the key URI a court’s QR code carries, from text or bytes', () => {
    expect(otpauthUriFor({ secret: EPROC_EXAMPLE_KEY, issuer: 'TRF4', account: 'RS054321' })).toBe(TRF4_URI)
    expect(
      otpauthUriFor({
        secret: decodeBase32('MMZDIMRUGZRGCNRQGA2GMMRWMVQWIZBW'),
        issuer: 'TRF4',
        account: 'RS054321',
      }),
    ).toBe(TRF4_URI)
  })

  it('takes parameters from a pasted URI, and lets `otp` override them', () => {
    const pasted = TRF4_URI.replace('digits=6', 'digits=8')
    expect(otpauthUriFor({ secret: pasted, issuer: 'TRF4', account: 'RS054321' })).toContain(
      'digits=8&period=30',
    )
    expect(
      otpauthUriFor({ secret: pasted, issuer: 'TRF4', account: 'RS054321', otp: { period: 60 } }),
    ).toContain('digits=8&period=60')
  })
})

describe('SecretQrCode with a key in memory', () => {
  it('draws a QR code a phone reads as the key URI, with an accessible name', async () => {
    const { container } = await renderWithA2F(
      <SecretQrCode secret={EPROC_EXAMPLE_KEY} issuer="TRF4" account="RS054321" />,
      { credentials: [] },
    )
    expect(await decodeQrSvg(qrSvg())).toEqual([TRF4_URI])
    // Black on white whatever the theme.
    expect(qrSvg().querySelector('rect')?.getAttribute('fill')).toBe('#ffffff')
    expect(qrSvg().querySelector('path')?.getAttribute('fill')).toBe('#000000')
    // The URI itself is not in the DOM (only its modules).
    expect(container.innerHTML).not.toContain('otpauth://')
    await expectNoAxeViolations(container)
  })

  it('shows the key in groups of four with issuer, account and parameters, and the safety note', async () => {
    await renderWithA2F(<SecretQrCode secret={EPROC_EXAMPLE_KEY} issuer="TRF4" account="RS054321" />, {
      credentials: [],
    })
    const section = screen.getByRole('region', { name: 'Chave de autenticação — TRF4' })
    expect(within(section).getByRole('heading', { level: 3 }).textContent).toBe(
      'Chave de autenticação — TRF4',
    )
    expect(section.querySelector('.a2f-secret-qr-key')?.textContent).toBe(GROUPED)
    expect(within(section).getByText('RS054321')).toBeTruthy()
    expect(within(section).getByText('SHA1, 6 dígitos, 30 s')).toBeTruthy()
    expect(within(section).getByText(/^Guarde em local seguro/)).toBeTruthy()
    expect(section.dataset.state).toBe('shown')
  })

  it('prints from the button, which is not printed itself', async () => {
    const print = vi.fn()
    vi.stubGlobal('print', print)
    await renderWithA2F(<SecretQrCode secret={EPROC_EXAMPLE_KEY} issuer="TRF4" account="RS054321" />, {
      credentials: [],
    })
    const button = screen.getByRole('button', { name: 'Imprimir cópia em papel' })
    expect(button.closest('.a2f-no-print')).not.toBeNull()
    expect(print).not.toHaveBeenCalled()
    fireEvent.click(button)
    expect(print).toHaveBeenCalledTimes(1)
    vi.unstubAllGlobals()
  })

  it('honours otp, showText and printable; the key text is then nowhere in the DOM', async () => {
    const { container } = await renderWithA2F(
      <SecretQrCode
        secret={decodeBase32('MMZDIMRUGZRGCNRQGA2GMMRWMVQWIZBW')}
        issuer="TRF4"
        account="RS054321"
        otp={{ period: 60 }}
        showText={false}
        printable={false}
        headingLevel={2}
      />,
      { credentials: [] },
    )
    expect(await decodeQrSvg(qrSvg())).toEqual([TRF4_URI.replace('period=30', 'period=60')])
    expect(container.textContent).not.toContain('MMZD')
    expect(screen.queryByRole('button')).toBeNull()
    expect(screen.getByRole('heading', { level: 2 })).toBeTruthy()
  })

  it('says when the key cannot be read', async () => {
    const { container } = await renderWithA2F(
      <SecretQrCode secret="ABC1" issuer="TRF4" account="RS054321" />,
      {
        credentials: [],
      },
    )
    expect(screen.queryByRole('img')).toBeNull()
    expect(screen.getByText(/a chave é inválida ou curta demais/)).toBeTruthy()
    expect(container.querySelector('.a2f-secret-qr')?.getAttribute('data-state')).toBe('invalid')
  })

  it('speaks English', async () => {
    await renderWithA2F(<SecretQrCode secret={EPROC_EXAMPLE_KEY} issuer="TRF4" account="RS054321" />, {
      credentials: [],
      locale: 'en',
    })
    expect(screen.getByRole('img', { name: 'QR code of the TRF4 key for RS054321' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Print a paper copy' })).toBeTruthy()
  })
})

describe('SecretQrCode with a stored credential', () => {
  const TRF4 = { ...SAMPLE_CREDENTIALS[0]!, id: 'trf4' }

  it('loads nothing until asked, reveals with one store.get, and hides again', async () => {
    const store = await createTestStore([TRF4])
    const get = vi.spyOn(store, 'get')
    const { container } = await renderWithA2F(
      <SecretQrCode credentialId="trf4" issuer="TRF4" account="RS054321" />,
      { store },
    )
    const section = container.querySelector<HTMLElement>('.a2f-secret-qr')!
    expect(section.dataset.state).toBe('hidden')
    expect(screen.queryByRole('img')).toBeNull()
    expect(container.textContent).not.toContain('MMZD')
    expect(screen.getByText(/A chave está oculta/)).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Imprimir cópia em papel' })).toBeNull()
    expect(get).not.toHaveBeenCalled()
    await expectNoAxeViolations(container)

    const toggle = screen.getByRole('button', { name: 'Mostrar chave' })
    await act(async () => fireEvent.click(toggle))
    await waitFor(() => expect(section.dataset.state).toBe('shown'))
    expect(get).toHaveBeenCalledTimes(1)
    expect(get).toHaveBeenCalledWith('trf4')
    expect(await decodeQrSvg(qrSvg())).toEqual([TRF4_URI])
    expect(section.querySelector('.a2f-secret-qr-key')?.textContent).toBe(GROUPED)
    // The same button hides it (focus stays where it was).
    expect(toggle.textContent).toBe('Ocultar chave')
    expect(screen.getByRole('button', { name: 'Imprimir cópia em papel' })).toBeTruthy()
    await expectNoAxeViolations(container)

    fireEvent.click(toggle)
    expect(section.dataset.state).toBe('hidden')
    expect(screen.queryByRole('img')).toBeNull()
    expect(container.textContent).not.toContain('MMZD')
    expect(get).toHaveBeenCalledTimes(1)
    const history = await store.history()
    expect(history.filter((entry) => entry.action === 'reveal')).toHaveLength(1)
  })

  it('hides a shown key when the credential changes in the store (re-key)', async () => {
    const store = await createTestStore([TRF4])
    const { container } = await renderWithA2F(
      <SecretQrCode credentialId="trf4" issuer="TRF4" account="RS054321" />,
      { store },
    )
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Mostrar chave' })))
    const section = container.querySelector<HTMLElement>('.a2f-secret-qr')!
    await waitFor(() => expect(section.dataset.state).toBe('shown'))
    await act(async () => {
      await store.update('trf4', { secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' }, { expectedVersion: 1 })
    })
    await waitFor(() => expect(section.dataset.state).toBe('hidden'))
    expect(container.textContent).not.toContain('MMZD')
  })

  it('explains that the server keeps the keys (SECRET_WITHHELD)', async () => {
    const base = await createTestStore([TRF4])
    const store: CredentialStore = {
      ...base,
      get: async (id) => {
        throw storageError('SECRET_WITHHELD', { id })
      },
    }
    const { container } = await renderWithA2F(
      <SecretQrCode credentialId="trf4" issuer="TRF4" account="RS054321" />,
      { store },
    )
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Mostrar chave' })))
    await waitFor(() => expect(screen.getByText(/As chaves ficam guardadas no servidor/)).toBeTruthy())
    expect(container.querySelector('.a2f-secret-qr')?.getAttribute('data-state')).toBe('withheld')
    expect(screen.queryByRole('button')).toBeNull()
    expect(screen.queryByRole('img')).toBeNull()
    await expectNoAxeViolations(container)
  })

  it('shows other failures in words and lets the user try again', async () => {
    const store = await createTestStore([TRF4])
    await renderWithA2F(<SecretQrCode credentialId="missing" issuer="TRF4" account="RS054321" />, { store })
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Mostrar chave' })))
    await waitFor(() =>
      expect(screen.getByText('Credencial não encontrada. Ela pode ter sido removida.')).toBeTruthy(),
    )
    expect(screen.getByRole('button', { name: 'Mostrar chave' })).toBeTruthy()
  })

  it('ignores clicks while the key is being opened, and asks the store once', async () => {
    const base = await createTestStore([TRF4])
    let answer: (() => void) | undefined
    const get = vi.fn(
      (id: string) =>
        new Promise<Awaited<ReturnType<CredentialStore['get']>>>((resolve) => {
          answer = () => resolve(base.get(id))
        }),
    )
    const store: CredentialStore = { ...base, get }
    const { container } = await renderWithA2F(
      <SecretQrCode credentialId="trf4" issuer="TRF4" account="RS054321" />,
      { store },
    )
    const toggle = screen.getByRole('button', { name: 'Mostrar chave' })
    await act(async () => fireEvent.click(toggle))
    const section = container.querySelector<HTMLElement>('.a2f-secret-qr')!
    expect(section.dataset.state).toBe('loading')
    expect(section.getAttribute('aria-busy')).toBe('true')
    expect(toggle.textContent).toBe('Abrindo a chave…')
    expect(toggle.getAttribute('aria-disabled')).toBe('true')
    fireEvent.click(toggle)
    expect(get).toHaveBeenCalledTimes(1)
    await act(async () => answer?.())
    await waitFor(() => expect(section.dataset.state).toBe('shown'))
  })

  it('drops a key that arrives after the widget went away', async () => {
    const base = await createTestStore([TRF4])
    let answer: (() => void) | undefined
    const store: CredentialStore = {
      ...base,
      get: (id) => new Promise((resolve) => (answer = () => resolve(base.get(id)))),
    }
    const errors = vi.spyOn(console, 'error')
    const { unmount } = await renderWithA2F(
      <SecretQrCode credentialId="trf4" issuer="TRF4" account="RS054321" />,
      { store },
    )
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Mostrar chave' })))
    unmount()
    await act(async () => answer?.())
    expect(errors).not.toHaveBeenCalled()
  })
})
