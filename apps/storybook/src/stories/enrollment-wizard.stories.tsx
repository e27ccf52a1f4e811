/**
 * EnrollmentWizard in every state: each of the five steps, the search in the court list, the refused
 * institutional e-mail, an invalid key with the bad character pointed at, a new key not accepted when
 * coming back to the key step, a QR code for another login, the live code and its expiry,
 * the summary, a court that sends its code by e-mail, an enrolment resumed after a reload, a failing
 * store, English, Spanish, dark, and a whole enrolment done with the keyboard.
 *
 * Every story passes its own persistence (or none), so no story resumes another one's session.
 */
import { parseSecret, totp } from '@a2f/core'
import {
  EnrollmentWizard,
  useEnrollment,
  type EnrollmentPersistence,
  type EnrollmentWizardProps,
  type EnteredSecret,
  type PersistedEnrollment,
} from '@a2f/react'
import type { CredentialInput } from '@a2f/storage'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { useEffect, useRef, useState } from 'react'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { EPROC_EXAMPLE_KEY, FIXED_NOW, OWNERS } from '@fixtures'

const grouped = (code: string) => `${code.slice(0, 3)} ${code.slice(3)}`
const codeAt = (timestamp: number) => totp(EPROC_EXAMPLE_KEY, { timestamp })
const digits = (canvasElement: HTMLElement) =>
  canvasElement.querySelector('.a2f-enrollment-code .a2f-countdown-digits')?.textContent

/** The seed's key as SecretInput would hand it over. */
function enteredKey(): EnteredSecret {
  return { bytes: parseSecret(EPROC_EXAMPLE_KEY).bytes, params: {}, source: 'typed', warnings: [] }
}

const TRF4_VALUES = {
  systemId: 'trf4-eproc',
  account: 'RS054321',
  owner: OWNERS[0]!,
  personalEmail: 'ana.souza@gmail.com',
}

/** A persistence in memory, one per mounted story. */
function memoryPersistence(initial: PersistedEnrollment | null = null): EnrollmentPersistence {
  let value = initial
  return {
    load: () => value,
    save: (next) => {
      value = next
    },
    clear: () => {
      value = null
    },
  }
}

/**
 * The wizard with an enrolment driven to the authenticator (or done) step before the user sees it: the
 * key entered and the pending draft created, as after step 3.
 */
function PreparedWizard(props: EnrollmentWizardProps & { to: 'authenticator' | 'done' }) {
  const { to, ...wizard } = props
  const enrollment = useEnrollment({ persistence: false, defaultValues: TRF4_VALUES, defaultStep: 'key' })
  const machine = enrollment.machine
  const prepared = useRef(false)
  useEffect(() => {
    if (prepared.current) return
    prepared.current = true
    void (async () => {
      machine.setSecret(enteredKey())
      await machine.next()
      if (to === 'done') {
        machine.setConfirmed(true)
        await machine.next()
      }
    })()
  }, [machine, to])
  return <EnrollmentWizard {...wizard} enrollment={enrollment} />
}

/** The pending TRF4 draft a previous page load left in the store. */
const DRAFT: CredentialInput = {
  id: 'rascunho-trf4',
  systemId: 'trf4-eproc',
  issuer: 'TRF4',
  account: 'RS054321',
  owner: OWNERS[0]!,
  secret: EPROC_EXAMPLE_KEY,
  status: 'pending',
  personalEmail: 'ana.souza@gmail.com',
}

/** What that page load kept in session storage (no key: the key is in the draft). */
const RESUMED: PersistedEnrollment = {
  version: 1,
  step: 'authenticator',
  systemId: 'trf4-eproc',
  otherSystem: false,
  issuer: '',
  account: 'RS054321',
  owner: OWNERS[0]!,
  label: '',
  personalEmail: 'ana.souza@gmail.com',
  draftId: 'rascunho-trf4',
  draftVersion: 1,
  confirmed: false,
  deferred: false,
}

function ResumedWizard(props: EnrollmentWizardProps) {
  const [persistence] = useState(() => memoryPersistence(RESUMED))
  return <EnrollmentWizard {...props} persistence={persistence} />
}

function FreshWizard(props: EnrollmentWizardProps) {
  const [persistence] = useState(() => memoryPersistence())
  return <EnrollmentWizard {...props} persistence={persistence} />
}

const meta = {
  title: 'Widgets/EnrollmentWizard',
  component: EnrollmentWizard,
  tags: ['autodocs'],
  args: { persistence: false, onComplete: fn(), onCancel: fn(), onStepChange: fn() },
  parameters: {
    a2f: { credentials: [] },
    docs: {
      description: {
        component:
          'The enrolment of a court authenticator ("Credencial 2FA"): Tribunal → Credencial → Chave de autenticação → Autenticador → Conclusão. Leaving the key step saves a pending draft, so a reload resumes at the code. Headless control with `useEnrollment`, controlled step, and `renderStep` slots.',
      },
    },
  },
} satisfies Meta<typeof EnrollmentWizard>

export default meta
type Story = StoryObj<typeof meta>

const headingOf = (canvasElement: HTMLElement) =>
  canvasElement.querySelector<HTMLElement>('.a2f-enrollment-heading')!

export const Step1Court: Story = {
  name: 'Step 1 · court',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(headingOf(canvasElement)).toHaveTextContent('Em qual tribunal')
    await expect(canvas.getByRole('combobox')).toBeVisible()
    const current = canvasElement.querySelector('[aria-current="step"]')
    await expect(current).toHaveTextContent('Tribunal')
    await expect(canvas.getByText(/Antes de começar/)).toBeVisible()
    await expect(canvas.getByRole('checkbox', { name: 'O sistema não está na lista' })).not.toBeChecked()
  },
}

export const Step1WithSearch: Story = {
  name: 'Step 1 · searching "paraná"',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.type(canvas.getByRole('combobox'), 'paraná')
    const options = within(canvas.getByRole('listbox')).getAllByRole('option')
    await expect(options.some((option) => option.dataset.systemId === 'jfpr-eproc')).toBe(true)
    await userEvent.keyboard('{Enter}')
    await waitFor(() => expect(canvas.getByRole('option', { selected: true })).toBeVisible())
    await expect(canvasElement.querySelector('.a2f-court-details')).not.toBeNull()
  },
}

export const Step2Credential: Story = {
  name: 'Step 2 · credential',
  args: { defaultValues: { systemId: 'trf4-eproc' }, defaultStep: 'credential' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(headingOf(canvasElement)).toHaveTextContent('Dados da credencial')
    await expect(canvas.getByLabelText('Login no tribunal')).toBeRequired()
    await expect(canvas.getByLabelText('E-mail pessoal')).toBeRequired()
    await expect(canvas.getByLabelText(/Senha do tribunal/)).toHaveAttribute('type', 'password')
    await expect(canvas.getByText(/Não são aceitos sufixos institucionais/)).toBeVisible()
  },
}

export const Step2InstitutionalEmailRefused: Story = {
  name: 'Step 2 · institutional e-mail refused',
  args: {
    defaultValues: { systemId: 'trf4-eproc', account: 'RS054321', personalEmail: 'ana.souza@trf4.jus.br' },
    defaultStep: 'credential',
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Avançar' }))
    const error = await canvas.findByText(
      'A Justiça não aceita e-mails institucionais (…jus.br). Informe um e-mail pessoal.',
    )
    const email = canvas.getByLabelText('E-mail pessoal')
    await expect(email).toHaveAttribute('aria-invalid', 'true')
    await expect(email.getAttribute('aria-describedby')).toContain(error.id)
    await waitFor(() => expect(email).toHaveFocus())
  },
}

export const Step3Key: Story = {
  name: 'Step 3 · authentication key',
  args: { defaultValues: TRF4_VALUES, defaultStep: 'key' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(headingOf(canvasElement)).toHaveTextContent('Chave de autenticação')
    await expect(canvas.getByText(/clique em “Autenticação em dois fatores”/)).toBeVisible()
    await expect(canvas.getByRole('link', { name: /Abrir o site do tribunal/ })).toHaveAttribute(
      'href',
      'https://eproc.trf4.jus.br/eproc2trf4/',
    )
    await expect(canvas.getByRole('textbox', { name: /Chave de autenticação/ })).toBeVisible()
  },
}

export const Step3InvalidKey: Story = {
  name: 'Step 3 · invalid key (the character pointed at)',
  args: { defaultValues: TRF4_VALUES, defaultStep: 'key' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const field = canvas.getByRole('textbox', { name: /Chave de autenticação/ })
    // An OCR'd key: '1' where the court shows 'I'
    await userEvent.type(field, 'MMZD IMRU GZRG CNRQ GA2G MMRW MVQW 1ZBW')
    await userEvent.tab()
    await waitFor(() => expect(canvas.getByText(/Caractere inválido «1»/)).toBeVisible())
    await userEvent.click(canvas.getByRole('button', { name: 'Avançar' }))
    // Not "paste the key": the error says why the key in the field was not taken, and focus is on it.
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'A chave não foi aceita. Caractere inválido «1» na posição 36. Você quis dizer «I»?',
    )
    await waitFor(() => expect(field).toHaveFocus())
    await expect(headingOf(canvasElement)).toHaveTextContent('Chave de autenticação')
  },
}

export const Step3NewKeyRefused: Story = {
  name: 'Step 3 · a new key not accepted (the old one kept only on request)',
  render: (args) => <PreparedWizard {...args} to="authenticator" />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await waitFor(() =>
      expect(headingOf(canvasElement)).toHaveTextContent('Digite este código no site do tribunal'),
    )
    await userEvent.click(canvas.getByRole('button', { name: 'Voltar' }))
    await expect(await canvas.findByText(/Chave já informada/)).toBeVisible()
    const field = canvas.getByRole('textbox', { name: /Chave de autenticação/ })
    // The new key: an '8' at position 11 where eproc shows a 'B'.
    await userEvent.type(field, 'M54H UC2W 85VR ZK3Q GA2G MMRW MVQW IZBW')
    await userEvent.click(canvas.getByRole('button', { name: 'Avançar' }))
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'A nova chave não foi aceita. Caractere inválido «8» na posição 11. Você quis dizer «B»?',
    )
    await waitFor(() => expect(field).toHaveFocus())
    await expect(canvas.getByRole('button', { name: 'Manter a chave já informada' })).toBeVisible()
    await expect(headingOf(canvasElement)).toHaveTextContent('Chave de autenticação')
  },
}

export const Step3AccountMismatch: Story = {
  name: 'Step 3 · the QR code is for another login (which to keep)',
  args: {
    defaultValues: { ...TRF4_VALUES, account: 'SC067890' },
    defaultStep: 'key',
    qrDecoder: async () => [
      `otpauth://totp/TRF4:RS012345?secret=${parseSecret(EPROC_EXAMPLE_KEY).base32}&issuer=TRF4`,
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const upload = canvasElement.querySelector<HTMLInputElement>('.a2f-secret-input-file')!
    await userEvent.upload(
      upload,
      new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'eproc.png', { type: 'image/png' }),
    )
    await expect(
      await canvas.findByText(
        'A chave (imagem do QR code) é da conta RS012345, mas o login informado na etapa Credencial é SC067890.',
      ),
    ).toBeVisible()
    await userEvent.click(canvas.getByRole('button', { name: 'Avançar' }))
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Escolha qual login fica na credencial')
    await waitFor(() =>
      expect(canvas.getByRole('radio', { name: 'Manter SC067890, o login informado' })).toHaveFocus(),
    )
  },
}

export const Step4Authenticator: Story = {
  name: 'Step 4 · authenticator (live code)',
  render: (args) => <PreparedWizard {...args} to="authenticator" />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await waitFor(() =>
      expect(headingOf(canvasElement)).toHaveTextContent('Digite este código no site do tribunal'),
    )
    await waitFor(() => expect(digits(canvasElement)).toBe(grouped(codeAt(FIXED_NOW))))
    await expect(canvas.getByText(/enviará um link de ativação/)).toBeVisible()
    await expect(
      canvas.getByRole('checkbox', { name: 'Confirmei o código no site do tribunal' }),
    ).not.toBeChecked()
    const disclosure = canvas.getByRole('button', { name: 'Adicionar também ao celular' })
    await userEvent.click(disclosure)
    await expect(disclosure).toHaveAttribute('aria-expanded', 'true')
    await waitFor(() => expect(canvasElement.querySelector('.a2f-enrollment-phone svg')).not.toBeNull())
  },
}

export const Step4Expiring: Story = {
  name: 'Step 4 · code expiring (next code shown)',
  parameters: { a2f: { credentials: [], now: FIXED_NOW + 17_000 } }, // 3 s left in the window
  render: (args) => <PreparedWizard {...args} to="authenticator" />,
  play: async ({ canvasElement }) => {
    const now = FIXED_NOW + 17_000
    await waitFor(() => expect(digits(canvasElement)).toBe(grouped(codeAt(now))))
    const countdown = canvasElement.querySelector('.a2f-enrollment-code .a2f-countdown')!
    await expect(countdown).toHaveAttribute('data-state', 'expiring')
    await expect(countdown.querySelector('.a2f-countdown-next')).toHaveTextContent(
      grouped(codeAt(now + 30_000)),
    )
  },
}

export const Step5Done: Story = {
  name: 'Step 5 · summary',
  render: (args) => <PreparedWizard {...args} to="done" />,
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await waitFor(() =>
      expect(headingOf(canvasElement)).toHaveTextContent('Pronto! Confira e conclua o cadastro'),
    )
    const summary = canvasElement.querySelector('.a2f-enrollment-summary')!
    await expect(summary).toHaveTextContent('TRF4')
    await expect(summary).toHaveTextContent('RS054321')
    await expect(summary).toHaveTextContent(OWNERS[0]!)
    await expect(summary).toHaveTextContent('Validada')
    await expect(canvas.getByRole('button', { name: 'Concluir' })).toBeVisible()
    await expect(args.onComplete).not.toHaveBeenCalled()
  },
}

export const EmailCodeCourt: Story = {
  name: 'Court that sends its code by e-mail (e-SAJ)',
  args: { defaultValues: { systemId: 'tjsp-esaj' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByText(/não usa autenticador/)).toBeVisible()
    await expect(canvas.getByText(/O cadastro termina aqui/)).toBeVisible()
    await expect(canvas.queryByRole('button', { name: 'Avançar' })).toBeNull()
  },
}

export const ResumedAfterReload: Story = {
  name: 'Resumed after a reload (code from the stored draft)',
  parameters: { a2f: { credentials: [DRAFT] } },
  render: (args) => <ResumedWizard {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await waitFor(() =>
      expect(headingOf(canvasElement)).toHaveTextContent('Digite este código no site do tribunal'),
    )
    await expect(canvas.getByText(/Cadastro retomado/)).toBeVisible()
    await waitFor(() => expect(digits(canvasElement)).toBe(grouped(codeAt(FIXED_NOW))))
  },
}

export const SaveError: Story = {
  name: 'Store failing when saving the draft',
  parameters: { a2f: { credentials: [], store: 'failing' } },
  args: { defaultValues: TRF4_VALUES, defaultStep: 'key' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.type(canvas.getByRole('textbox', { name: /Chave de autenticação/ }), EPROC_EXAMPLE_KEY)
    await userEvent.click(canvas.getByRole('button', { name: 'Avançar' }))
    const alert = await canvas.findByRole('alert')
    await expect(alert).toHaveTextContent('O armazenamento não está disponível agora')
    await expect(headingOf(canvasElement)).toHaveTextContent('Chave de autenticação')
  },
}

export const English: Story = {
  parameters: { a2f: { credentials: [], locale: 'en' } },
  args: { defaultValues: TRF4_VALUES, defaultStep: 'key' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(headingOf(canvasElement)).toHaveTextContent('Step 3 of 5')
    await expect(headingOf(canvasElement)).toHaveTextContent('Authentication key')
    await expect(canvas.getByRole('button', { name: 'Next' })).toBeVisible()
    await expect(canvas.getByRole('button', { name: 'Back' })).toBeVisible()
  },
}

export const Spanish: Story = {
  parameters: { a2f: { credentials: [], locale: 'es' } },
  args: { defaultValues: { systemId: 'trf4-eproc' }, defaultStep: 'credential' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(headingOf(canvasElement)).toHaveTextContent('Datos de la credencial')
    await userEvent.click(canvas.getByRole('button', { name: 'Siguiente' }))
    await expect(await canvas.findByText('Indique el usuario que usa en el tribunal.')).toBeVisible()
  },
}

export const Dark: Story = {
  globals: { theme: 'dark' },
  render: (args) => <PreparedWizard {...args} to="authenticator" />,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(digits(canvasElement)).toBe(grouped(codeAt(FIXED_NOW))))
    await expect(canvasElement.querySelector('[data-a2f-theme="dark"]')).not.toBeNull()
  },
}

export const FullFlow: Story = {
  name: 'Full flow with the keyboard',
  render: (args) => <FreshWizard {...args} />,
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    const heading = () => headingOf(canvasElement)
    const tabTo = async (target: HTMLElement) => {
      for (let i = 0; i < 40 && document.activeElement !== target; i++) await userEvent.tab()
      await expect(target).toHaveFocus()
    }

    // 1 · TRF4 by search, arrows and Enter
    await tabTo(canvas.getByRole('combobox'))
    await userEvent.keyboard('trf4')
    await userEvent.keyboard('{ArrowDown}{ArrowUp}{Enter}')
    await waitFor(() =>
      expect(canvas.getByRole('option', { selected: true })).toHaveAttribute('data-system-id', 'trf4-eproc'),
    )
    await tabTo(canvas.getByRole('button', { name: 'Avançar' }))
    await userEvent.keyboard('{Enter}')

    // 2 · login, lawyer, personal e-mail; Enter submits
    await waitFor(() => expect(heading()).toHaveFocus())
    await tabTo(canvas.getByLabelText('Login no tribunal'))
    await userEvent.keyboard('RS054321')
    await userEvent.tab()
    await userEvent.keyboard(OWNERS[0]!)
    await tabTo(canvas.getByLabelText('E-mail pessoal'))
    await userEvent.keyboard('ana.souza@gmail.com{Enter}')

    // 3 · the key
    await waitFor(() => expect(heading()).toHaveTextContent('Chave de autenticação'))
    await tabTo(canvas.getByRole('textbox', { name: /Chave de autenticação/ }))
    await userEvent.keyboard(EPROC_EXAMPLE_KEY)
    await tabTo(canvas.getByRole('button', { name: 'Avançar' }))
    await userEvent.keyboard('{Enter}')

    // 4 · the code, then the confirmation with Space
    await waitFor(() => expect(heading()).toHaveTextContent('Digite este código no site do tribunal'))
    await waitFor(() => expect(digits(canvasElement)).toBe(grouped(codeAt(FIXED_NOW))))
    await tabTo(canvas.getByRole('checkbox', { name: 'Confirmei o código no site do tribunal' }))
    await userEvent.keyboard(' ')
    await tabTo(canvas.getByRole('button', { name: 'Avançar' }))
    await userEvent.keyboard('{Enter}')

    // 5 · Concluir
    await waitFor(() => expect(heading()).toHaveTextContent('Pronto!'))
    await tabTo(canvas.getByRole('button', { name: 'Concluir' }))
    await userEvent.keyboard('{Enter}')
    await waitFor(() => expect(args.onComplete).toHaveBeenCalledTimes(1))
    await expect(args.onComplete).toHaveBeenCalledWith(
      expect.objectContaining({
        systemId: 'trf4-eproc',
        issuer: 'TRF4',
        account: 'RS054321',
        owner: OWNERS[0],
        personalEmail: 'ana.souza@gmail.com',
        status: 'validated',
      }),
    )
    await waitFor(() => expect(heading()).toHaveTextContent('Credencial 2FA cadastrada'))
  },
}
