/**
 * The wizard in jsdom: a whole enrolment with the keyboard only (Tab, typing, arrows, Enter, Space),
 * the live code checked against RFC 6238, the refused institutional e-mail, resuming after a reload,
 * cancelling, the controlled step, a replaced step body, an e-mail-code court, a failing store, and axe
 * on every step.
 */
import { parseSecret, totp } from '@a2f/core'
import type { CredentialStore, CredentialSummary } from '@a2f/storage'
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { groupCode } from '../../util/group-code.js'
import { expectNoAxeViolations } from '../../test-support/axe.js'
import { EPROC_EXAMPLE_KEY, createTestStore } from '../../test-support/fixtures.js'
import { renderWithA2F } from '../../test-support/render.js'
import type { EnrollmentPersistence, EnrollmentStep, PersistedEnrollment } from '../enrollment-machine.js'
import type { QrDecoder } from '../../secret-input/qr-decoder.js'
import { EnrollmentWizard } from '../enrollment-wizard.js'
import { useEnrollment } from '../use-enrollment.js'

const KEY = parseSecret(EPROC_EXAMPLE_KEY)

function memoryPersistence(): EnrollmentPersistence & { value: PersistedEnrollment | null } {
  const result = {
    value: null as PersistedEnrollment | null,
    load: () => result.value,
    save(value: PersistedEnrollment) {
      result.value = JSON.parse(JSON.stringify(value)) as PersistedEnrollment
    },
    clear() {
      result.value = null
    },
  }
  return result
}

type User = ReturnType<typeof userEvent.setup>

/** Presses Tab until `target` has focus (keyboard only; fails after `max` presses). */
async function tabTo(user: User, target: HTMLElement, max = 30) {
  for (let i = 0; i < max && document.activeElement !== target; i++) await user.tab()
  expect(document.activeElement).toBe(target)
}

function heading() {
  return screen.getByRole('heading', { level: 3 })
}

async function expectStep(name: string) {
  await waitFor(() => expect(heading().textContent).toContain(name))
  await waitFor(() => expect(document.activeElement).toBe(heading()))
}

function liveDigits(): string {
  const digits = document.querySelector('.a2f-enrollment-code .a2f-countdown-digits')
  return digits?.textContent ?? ''
}

/** Steps 1 and 2 with the keyboard, ending on the key step; `atStep2` runs checks on step 2. */
async function keyboardToKeyStep(user: User, atStep2: () => Promise<void> = async () => {}) {
  // Step 1: search "trf", arrows to TRF4, Enter
  const picker = screen.getByRole('combobox')
  await tabTo(user, picker)
  await user.keyboard('trf4')
  const options = within(screen.getByRole('listbox')).getAllByRole('option')
  const trf4Index = options.findIndex((option) => option.dataset.systemId === 'trf4-eproc')
  expect(trf4Index).toBeGreaterThanOrEqual(0)
  // The best match is highlighted first; go down and back up to it with the arrows.
  await user.keyboard('{ArrowDown}{ArrowUp}')
  for (let i = 0; i < trf4Index; i++) await user.keyboard('{ArrowDown}')
  await user.keyboard('{Enter}')
  await waitFor(() =>
    expect(screen.getByRole('option', { selected: true }).dataset.systemId).toBe('trf4-eproc'),
  )
  expect(heading().textContent).toContain('Em qual tribunal') // Enter in the picker did not submit
  await tabTo(user, screen.getByRole('button', { name: 'Avançar' }))
  await user.keyboard('{Enter}')

  // Step 2
  await expectStep('Dados da credencial')
  await tabTo(user, screen.getByLabelText('Login no tribunal'))
  await user.keyboard('RS054321')
  await user.tab()
  await user.keyboard('Ana Beatriz Souza')
  await tabTo(user, screen.getByLabelText(/E-mail pessoal/))
  await user.keyboard('ana.souza@gmail.com')
  await atStep2()
  await user.keyboard('{Enter}')
}

async function keyToAuthenticator(user: User) {
  await expectStep('Chave de autenticação')
  await tabTo(user, screen.getByRole('textbox', { name: /Chave de autenticação/ }))
  await user.keyboard(EPROC_EXAMPLE_KEY)
  await tabTo(user, screen.getByRole('button', { name: 'Avançar' }))
  await user.keyboard('{Enter}')
  await expectStep('Digite este código no site do tribunal')
}

beforeEach(() => {
  sessionStorage.clear()
})

afterEach(() => {
  vi.restoreAllMocks()
})

describe('EnrollmentWizard', () => {
  it('completes a whole enrolment with the keyboard only, axe-clean at every step', async () => {
    const user = userEvent.setup({ delay: null })
    const onComplete = vi.fn()
    const persistence = memoryPersistence()
    const { container, store, clock } = await renderWithA2F(
      <EnrollmentWizard onComplete={onComplete} persistence={persistence} />,
      { credentials: [] },
    )
    expect(screen.getByRole('listitem', { current: 'step' }).textContent).toContain('Tribunal')
    await expectNoAxeViolations(container)

    await keyboardToKeyStep(user, async () => {
      expect(screen.getByRole('listitem', { current: 'step' }).textContent).toContain('Credencial')
      await expectNoAxeViolations(container)
    })
    await expectStep('Chave de autenticação')
    await expectNoAxeViolations(container)

    await keyToAuthenticator(user)
    expect(screen.getByRole('listitem', { current: 'step' }).textContent).toContain('Autenticador')
    // The code of the draft the key step stored, computed by the store.
    const expected = totp(KEY.bytes, { timestamp: clock.now() })
    await waitFor(() => expect(liveDigits()).toBe(groupCode(expected)))
    const drafts = await store.list()
    expect(drafts).toHaveLength(1)
    expect(drafts[0]).toMatchObject({ status: 'pending', issuer: 'TRF4', account: 'RS054321' })
    await expectNoAxeViolations(container)

    // The code moves on with the clock.
    act(() => clock.advance(30_000))
    await waitFor(() => expect(liveDigits()).toBe(groupCode(totp(KEY.bytes, { timestamp: clock.now() }))))

    // Copy with the keyboard
    await tabTo(user, screen.getByRole('button', { name: 'Copiar código' }))
    await user.keyboard('{Enter}')
    // user-event's own clipboard stub (installed by setup())
    await waitFor(async () =>
      expect(await navigator.clipboard.readText()).toBe(totp(KEY.bytes, { timestamp: clock.now() })),
    )

    // "Adicionar também ao celular" opens with the keyboard and shows the QR code of the same key
    const disclosure = screen.getByRole('button', { name: 'Adicionar também ao celular' })
    expect(disclosure.getAttribute('aria-expanded')).toBe('false')
    await tabTo(user, disclosure)
    await user.keyboard('{Enter}')
    expect(disclosure.getAttribute('aria-expanded')).toBe('true')
    await waitFor(() => expect(document.querySelector('.a2f-enrollment-phone svg')).not.toBeNull())
    await expectNoAxeViolations(container)

    // Next without the confirmation: an error tied to the checkbox, focus on it
    await tabTo(user, screen.getByRole('button', { name: 'Avançar' }))
    await user.keyboard('{Enter}')
    const checkbox = screen.getByRole('checkbox', { name: 'Confirmei o código no site do tribunal' })
    await waitFor(() => expect(document.activeElement).toBe(checkbox))
    expect(checkbox.getAttribute('aria-invalid')).toBe('true')
    expect(checkbox).toHaveProperty('checked', false)
    await user.keyboard(' ')
    expect(checkbox).toHaveProperty('checked', true)
    await tabTo(user, screen.getByRole('button', { name: 'Avançar' }))
    await user.keyboard('{Enter}')

    // Step 5
    await expectStep('Pronto! Confira e conclua o cadastro')
    const summaryList = document.querySelector('.a2f-enrollment-summary') as HTMLElement
    expect(summaryList.textContent).toContain('RS054321')
    expect(summaryList.textContent).toContain('Ana Beatriz Souza')
    expect(summaryList.textContent).toContain('Validada')
    await expectNoAxeViolations(container)
    await tabTo(user, screen.getByRole('button', { name: 'Concluir' }))
    await user.keyboard('{Enter}')

    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1))
    const saved = onComplete.mock.calls[0]![0] as CredentialSummary
    expect(saved).toMatchObject({
      systemId: 'trf4-eproc',
      issuer: 'TRF4',
      account: 'RS054321',
      owner: 'Ana Beatriz Souza',
      personalEmail: 'ana.souza@gmail.com',
      status: 'validated',
    })
    expect(saved).not.toHaveProperty('secret')
    const stored = await store.get(saved.id)
    expect(stored.status).toBe('validated')
    expect(stored.secret).toEqual(KEY.bytes)
    await expectStep('Credencial 2FA cadastrada')
    expect(persistence.value).toBeNull()
    await expectNoAxeViolations(container)
  })

  it('refuses an institutional e-mail with a message tied to the field', async () => {
    const user = userEvent.setup({ delay: null })
    const { container } = await renderWithA2F(
      <EnrollmentWizard
        persistence={false}
        defaultValues={{ systemId: 'trf4-eproc' }}
        defaultStep="credential"
      />,
      { credentials: [] },
    )
    await expectNoAxeViolations(container)
    const email = screen.getByLabelText(/E-mail pessoal/)
    await tabTo(user, screen.getByLabelText('Login no tribunal'))
    await user.keyboard('RS054321')
    await tabTo(user, email)
    await user.keyboard('ana.souza@trf4.jus.br{Enter}')
    const message = 'A Justiça não aceita e-mails institucionais (…jus.br). Informe um e-mail pessoal.'
    const error = await screen.findByText(message)
    expect(email.getAttribute('aria-invalid')).toBe('true')
    expect(email.getAttribute('aria-describedby')?.split(' ')).toContain(error.id)
    expect(document.activeElement).toBe(email)
    expect(heading().textContent).toContain('Dados da credencial')
    await expectNoAxeViolations(container)
    // Fixing it clears the error as the lawyer types
    await user.clear(email)
    await user.keyboard('ana.souza@gmail.com')
    expect(screen.queryByText(message)).toBeNull()
  })

  it('reads a QR screenshot in the key step with the host’s decoder', async () => {
    const user = userEvent.setup({ delay: null })
    const decoder = vi.fn<QrDecoder>(async () => [`otpauth://totp/TRF4:RS054321?secret=${KEY.base32}`])
    await renderWithA2F(<EnrollmentWizard persistence={false} qrDecoder={decoder} />, { credentials: [] })
    await keyboardToKeyStep(user)
    await expectStep('Chave de autenticação')
    const image = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'eproc.png', { type: 'image/png' })
    fireEvent.paste(screen.getByRole('textbox', { name: /Chave de autenticação/ }), {
      clipboardData: { files: [image], items: [], types: ['Files'], getData: () => '' },
    })
    expect(decoder).toHaveBeenCalledWith(image)
    await screen.findByText('Chave lida do QR code.')
    await tabTo(user, screen.getByRole('button', { name: 'Avançar' }))
    await user.keyboard('{Enter}')
    await expectStep('Digite este código no site do tribunal')
  })

  it('ties "choose a court" and "key required" to their fields', async () => {
    const user = userEvent.setup({ delay: null })
    const first = await renderWithA2F(<EnrollmentWizard persistence={false} />, { credentials: [] })
    await tabTo(user, screen.getByRole('button', { name: 'Avançar' }))
    await user.keyboard('{Enter}')
    const picker = screen.getByRole('combobox')
    await waitFor(() => expect(picker.getAttribute('aria-invalid')).toBe('true'))
    const courtError = document.getElementById(picker.getAttribute('aria-describedby')!.split(' ').at(-1)!)
    expect(courtError?.textContent).toBeTruthy()
    first.unmount()

    await renderWithA2F(
      <EnrollmentWizard
        persistence={false}
        defaultValues={{ systemId: 'trf4-eproc', account: 'RS054321', personalEmail: 'ana@gmail.com' }}
        defaultStep="key"
      />,
      { credentials: [] },
    )
    await tabTo(user, screen.getByRole('button', { name: 'Avançar' }))
    await user.keyboard('{Enter}')
    const keyField = screen.getByRole('textbox', { name: /Chave de autenticação/ })
    await waitFor(() => expect(keyField.getAttribute('aria-invalid')).toBe('true'))
    const keyError = document.getElementById(keyField.getAttribute('aria-describedby')!.split(' ').at(-1)!)
    expect(keyError?.textContent).toBeTruthy()
  })

  it('comes back after a reload at the code of the stored draft, and cancelling removes the draft', async () => {
    const user = userEvent.setup({ delay: null })
    const persistence = memoryPersistence()
    const store = await createTestStore([])
    const first = await renderWithA2F(<EnrollmentWizard persistence={persistence} />, { store })
    await keyboardToKeyStep(user)
    await keyToAuthenticator(user)
    const draftId = persistence.value?.draftId
    expect(draftId).toBeTruthy()
    first.unmount()

    // "Reload": a new wizard on the same persistence and store
    const onCancel = vi.fn()
    const { container, clock } = await renderWithA2F(
      <EnrollmentWizard persistence={persistence} onCancel={onCancel} />,
      { store },
    )
    await waitFor(() => expect(heading().textContent).toContain('Digite este código no site do tribunal'))
    expect(screen.getByText(/Cadastro retomado/)).toBeTruthy()
    // The code now comes from the store (the key is no longer in the page's memory)
    await waitFor(() => expect(liveDigits()).toBe(groupCode(totp(KEY.bytes, { timestamp: clock.now() }))))
    await expectNoAxeViolations(container)

    // Cancel with the keyboard: the pending draft goes away
    await tabTo(user, screen.getByRole('button', { name: 'Cancelar' }))
    await user.keyboard('{Enter}')
    await waitFor(() => expect(onCancel).toHaveBeenCalledTimes(1))
    await expect(store.getSummary(draftId!)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await store.list()).toEqual([])
    expect(persistence.value).toBeNull()
    await expectStep('Em qual tribunal')
  })

  it('says when the resumed draft was removed meanwhile, at the key step', async () => {
    const store = await createTestStore([])
    const persistence = memoryPersistence()
    persistence.value = {
      version: 1,
      step: 'authenticator',
      systemId: 'trf4-eproc',
      otherSystem: false,
      issuer: '',
      account: 'RS054321',
      owner: '',
      label: '',
      personalEmail: 'ana.souza@gmail.com',
      draftId: 'gone',
      draftVersion: 1,
      confirmed: false,
      deferred: false,
    }
    const { container } = await renderWithA2F(<EnrollmentWizard persistence={persistence} />, { store })
    await expectStep('Chave de autenticação')
    expect(screen.getByText(/credencial pendente deste cadastro não foi encontrada/)).toBeTruthy()
    await expectNoAxeViolations(container)
  })

  it('ends at the court step, with an explanation, for a court that sends its code by e-mail', async () => {
    const { container } = await renderWithA2F(
      <EnrollmentWizard persistence={false} defaultValues={{ systemId: 'tjsp-esaj' }} />,
      { credentials: [] },
    )
    expect(screen.getByText(/não usa autenticador/)).toBeTruthy()
    expect(screen.getByText(/O cadastro termina aqui/)).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Avançar' })).toBeNull()
    await expectNoAxeViolations(container)
  })

  it('shows a failing store’s error and stays on the key step', async () => {
    const user = userEvent.setup({ delay: null })
    const store = await createTestStore([])
    const failing: CredentialStore = Object.assign(Object.create(store) as CredentialStore, {
      create: () =>
        Promise.reject(Object.assign(new Error('down'), { name: 'StorageError', code: 'UNAVAILABLE' })),
    })
    const { container } = await renderWithA2F(
      <EnrollmentWizard
        persistence={false}
        defaultValues={{ systemId: 'trf4-eproc', account: 'RS054321', personalEmail: 'ana@gmail.com' }}
        defaultStep="key"
      />,
      { store: failing },
    )
    await tabTo(user, screen.getByRole('textbox', { name: /Chave de autenticação/ }))
    await user.keyboard(EPROC_EXAMPLE_KEY)
    await tabTo(user, screen.getByRole('button', { name: 'Avançar' }))
    await user.keyboard('{Enter}')
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('O armazenamento não está disponível agora')
    expect(heading().textContent).toContain('Chave de autenticação')
    await expectNoAxeViolations(container)
  })

  it('follows a controlled step, moving only when the host agrees and prerequisites are met', async () => {
    const user = userEvent.setup({ delay: null })
    const changes: EnrollmentStep[] = []
    let accept = true
    function Host() {
      const [step, setStep] = useState<EnrollmentStep>('court')
      return (
        <>
          <button type="button" onClick={() => setStep('key')}>
            jump
          </button>
          <EnrollmentWizard
            persistence={false}
            defaultValues={{ systemId: 'trf4-eproc' }}
            step={step}
            onStepChange={(next) => {
              changes.push(next)
              if (accept) setStep(next)
            }}
          />
        </>
      )
    }
    await renderWithA2F(<Host />, { credentials: [] })
    await tabTo(user, screen.getByRole('button', { name: 'Avançar' }))
    await user.keyboard('{Enter}')
    await expectStep('Dados da credencial')
    expect(changes).toEqual(['credential'])

    // The host asks for 'key' before the login is filled in: not shown
    await tabTo(user, screen.getByRole('button', { name: 'jump' }))
    await user.keyboard('{Enter}')
    expect(heading().textContent).toContain('Dados da credencial')

    // The host refuses a move: the wizard stays
    accept = false
    await tabTo(user, screen.getByRole('button', { name: 'Voltar' }))
    await user.keyboard('{Enter}')
    expect(changes).toEqual(['credential', 'court'])
    expect(heading().textContent).toContain('Dados da credencial')
  })

  it('keeps a controlled wizard on the key step until a new key is stored, then follows the host', async () => {
    const user = userEvent.setup({ delay: null })
    function Host() {
      const [step, setStep] = useState<EnrollmentStep>('court')
      return (
        <>
          <button type="button" onClick={() => setStep('authenticator')}>
            jump
          </button>
          <EnrollmentWizard persistence={false} step={step} onStepChange={setStep} />
        </>
      )
    }
    const { clock } = await renderWithA2F(<Host />, { credentials: [] })
    await keyboardToKeyStep(user)
    await keyToAuthenticator(user)
    await tabTo(user, screen.getByRole('button', { name: 'Voltar' }))
    await user.keyboard('{Enter}')
    await expectStep('Chave de autenticação')
    await tabTo(user, screen.getByRole('textbox', { name: /Chave de autenticação/ }))
    await user.keyboard('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP')
    // The host's own stepper asks for step 4 while the new key is only in the field: not shown.
    await tabTo(user, screen.getByRole('button', { name: 'jump' }))
    await user.keyboard('{Enter}')
    expect(heading().textContent).toContain('Chave de autenticação')
    // Avançar stores it and moves on, though the host already asked for that step.
    await tabTo(user, screen.getByRole('button', { name: 'Avançar' }))
    await user.keyboard('{Enter}')
    await expectStep('Digite este código no site do tribunal')
    const stored = parseSecret('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP').bytes
    await waitFor(() => expect(liveDigits()).toBe(groupCode(totp(stored, { timestamp: clock.now() }))))
  })

  it('renders a replaced step body with the enrolment in its context', async () => {
    const user = userEvent.setup({ delay: null })
    await renderWithA2F(
      <EnrollmentWizard
        persistence={false}
        renderStep={{
          court: (context) => (
            <div data-testid="slot">
              <p>{context.state.systemId ?? 'nenhum'}</p>
              <button type="button" onClick={() => context.selectCourt('trf2-eproc')}>
                TRF2 do escritório
              </button>
            </div>
          ),
          credential: (context) => <div data-testid="wrapped">{context.defaultContent}</div>,
        }}
      />,
      { credentials: [] },
    )
    expect(screen.queryByRole('combobox')).toBeNull()
    expect(screen.getByTestId('slot').textContent).toContain('nenhum')
    await tabTo(user, screen.getByRole('button', { name: 'TRF2 do escritório' }))
    await user.keyboard('{Enter}')
    expect(screen.getByTestId('slot').textContent).toContain('trf2-eproc')
    await tabTo(user, screen.getByRole('button', { name: 'Avançar' }))
    await user.keyboard('{Enter}')
    await expectStep('Dados da credencial')
    expect(within(screen.getByTestId('wrapped')).getByLabelText('Login no tribunal')).toBeTruthy()
  })

  it('lets a host drive the default screens with its own useEnrollment (headless control)', async () => {
    const onComplete = vi.fn()
    let controls: ReturnType<typeof useEnrollment> | undefined
    function Host() {
      const enrollment = useEnrollment({
        persistence: false,
        defaultValues: { systemId: 'trf4-eproc', account: 'RS054321', personalEmail: 'ana@gmail.com' },
        defaultStep: 'key',
        onComplete,
      })
      controls = enrollment
      return <EnrollmentWizard enrollment={enrollment} />
    }
    const { clock } = await renderWithA2F(<Host />, { credentials: [] })
    expect(heading().textContent).toContain('Chave de autenticação')
    act(() => controls!.setSecret({ bytes: KEY.bytes, params: {}, source: 'typed', warnings: [] }))
    expect(controls!.state.hasSecret).toBe(true)
    await act(() => controls!.next())
    await expectStep('Digite este código no site do tribunal')
    await waitFor(() => expect(liveDigits()).toBe(groupCode(totp(KEY.bytes, { timestamp: clock.now() }))))
    await act(() => controls!.save({ status: 'pending' }))
    expect(onComplete).toHaveBeenCalledWith(expect.objectContaining({ status: 'pending' }))
  })

  it('speaks English and Spanish', async () => {
    const { unmount } = await renderWithA2F(<EnrollmentWizard persistence={false} />, {
      credentials: [],
      locale: 'en',
    })
    expect(heading().textContent).toContain('At which court')
    expect(screen.getByRole('button', { name: 'Next' })).toBeTruthy()
    unmount()
    await renderWithA2F(<EnrollmentWizard persistence={false} />, { credentials: [], locale: 'es' })
    expect(heading().textContent).toContain('¿En qué tribunal')
    expect(screen.getByRole('button', { name: 'Siguiente' })).toBeTruthy()
  })
})
