/**
 * Build your own: the enrolment wizard drawn with a host's own components, through
 * `@a2f/react/headless` alone. `useEnrollmentMachine` runs the same machine as the shipped
 * `EnrollmentWizard` (steps, validation, the pending draft, the store's live code of it, the save);
 * `useKeyEntry` reads the court key and hands it to the machine; `useCountdownMachine` shows the code
 * the lawyer types back at the court. Texts, markup and classes are the host's.
 */
import { totp } from '@a2f/core'
import { useCountdownMachine, useEnrollmentMachine, useKeyEntry } from '@a2f/react/headless'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { EPROC_EXAMPLE_KEY, FIXED_NOW } from '@fixtures'
import './build-your-own.css'

/** The host's own list of courts it supports (ids of the registry). */
const COURTS = [
  { id: 'trf4-eproc', name: 'TRF4 — eproc' },
  { id: 'tjrs-eproc-1g', name: 'TJRS — eproc 1º grau' },
  { id: 'tjsc-eproc-1g', name: 'TJSC — eproc 1º grau' },
]

const TITLES = {
  court: 'Qual tribunal?',
  credential: 'Seu login no tribunal',
  key: 'Chave mostrada pelo tribunal',
  authenticator: 'Digite este código no tribunal',
  done: 'Tudo pronto',
} as const

const ERRORS: Record<string, string> = {
  REQUIRED: 'Obrigatório.',
  INVALID_EMAIL: 'E-mail inválido.',
  INSTITUTIONAL_DOMAIN: 'Use um e-mail pessoal, não o do tribunal.',
  MALFORMED: 'Formato inválido.',
  NOT_CONFIRMED: 'Confirme que digitou o código no tribunal.',
}

type Api = ReturnType<typeof useEnrollmentMachine>

function FieldError({ api, field }: { api: Api; field: Parameters<Api['getFieldErrorProps']>[0] }) {
  const error = api.fieldError(field)
  return (
    <p {...api.getFieldErrorProps(field, { className: 'text-sm text-red-700' })}>
      {error ? (ERRORS[error.code] ?? error.code) : ''}
    </p>
  )
}

function HostKeyStep({ api }: { api: Api }) {
  const key = useKeyEntry({
    onSecretChange: api.enrollment.setSecret,
    onEntryChange: api.enrollment.setSecretEntry,
  })
  return (
    <div {...key.getRootProps({ className: 'flex flex-col gap-2' })}>
      <label {...key.getLabelProps({ className: 'text-sm' })}>Chave (32 caracteres)</label>
      <textarea
        {...key.getInputProps({ className: 'font-mono w-full border rounded-lg px-3 py-1', rows: 2 })}
      />
      <p {...key.getMessageProps({ className: 'text-sm' })}>
        {key.status === 'valid'
          ? `Chave válida: ${key.key!.bits} bits.`
          : key.invalid
            ? 'Chave inválida.'
            : ''}
      </p>
      <FieldError api={api} field="secret" />
    </div>
  )
}

function HostCode({ credentialId }: { credentialId: string }) {
  const code = useCountdownMachine({ credentialId, labels: { label: 'Código para o tribunal' } })
  return (
    <div {...code.getRootProps({ className: 'flex items-center gap-4 rounded-lg border p-4' })}>
      <span {...code.getCodeProps({ className: 'font-mono text-2xl' })}>{code.groupedCode}</span>
      <span {...code.getSpokenCodeProps()}>{code.spokenCode}</span>
      <span {...code.getTimerProps({ className: 'text-sm text-slate-600' })}>{code.secondsLeft} s</span>
    </div>
  )
}

function HostWizard({ onComplete }: { onComplete: (id: string) => void }) {
  const api = useEnrollmentMachine({
    persistence: false,
    onComplete: (credential) => onComplete(credential.id),
  })
  const { state } = api
  return (
    <section {...api.getRootProps({ className: 'flex flex-col gap-4 rounded-lg border p-4 max-w-md' })}>
      <ol {...api.getStepListProps({ className: 'flex gap-2 text-sm list-none' })}>
        {api.steps.map((step) => (
          <li key={step} {...api.getStepItemProps(step)}>
            {api.steps.indexOf(step) + 1}
          </li>
        ))}
      </ol>
      <div {...api.getPanelProps({ className: 'flex flex-col gap-2' })}>
        <h2 {...api.getHeadingProps()}>{TITLES[api.step]}</h2>
        {api.step === 'court' && (
          <fieldset className="flex flex-col gap-2">
            <legend className="text-sm">Tribunal</legend>
            {COURTS.map((court) => (
              <label key={court.id} className="flex items-center gap-2">
                <input {...api.getCourtOptionProps(court.id)} />
                {court.name}
              </label>
            ))}
            <FieldError api={api} field="court" />
          </fieldset>
        )}
        {api.step === 'credential' && (
          <>
            <label {...api.getLabelProps('account', { className: 'text-sm' })}>Login (OAB ou CPF)</label>
            <input {...api.getTextFieldProps('account', { className: 'border rounded-lg px-3 py-1' })} />
            <FieldError api={api} field="account" />
            {state.personalEmailRequired && (
              <>
                <label {...api.getLabelProps('personalEmail', { className: 'text-sm' })}>
                  E-mail pessoal
                </label>
                <input
                  {...api.getTextFieldProps('personalEmail', { className: 'border rounded-lg px-3 py-1' })}
                />
                <FieldError api={api} field="personalEmail" />
              </>
            )}
          </>
        )}
        {api.step === 'key' && <HostKeyStep api={api} />}
        {api.step === 'authenticator' && (
          <>
            {state.draftId && <HostCode credentialId={state.draftId} />}
            <label className="flex items-center gap-2">
              <input {...api.getConfirmCheckboxProps()} />
              Digitei o código no site do tribunal
            </label>
            <FieldError api={api} field="confirmed" />
          </>
        )}
        {api.step === 'done' && (
          <p>{state.completed ? 'Autenticador salvo.' : `${state.issuerName} · ${state.account}`}</p>
        )}
      </div>
      <p {...api.getErrorProps({ className: 'text-sm text-red-700' })}>{state.error?.code}</p>
      <div className="flex gap-2">
        <button {...api.getBackButtonProps({ className: 'rounded-lg border px-3 py-1' })}>Voltar</button>
        <button {...api.getNextButtonProps({ className: 'rounded-lg bg-indigo-600 px-3 py-1' })}>
          {api.isLast ? 'Salvar' : 'Avançar'}
        </button>
      </div>
    </section>
  )
}

const completed = fn<(id: string) => void>()

const meta = {
  title: 'Build your own/Headless wizard',
  parameters: {
    a2f: { credentials: [] },
    docs: {
      description: {
        component:
          'The enrolment wizard rebuilt with host components through `@a2f/react/headless` only: `useEnrollmentMachine` (steps, validation, draft, save), `useKeyEntry` (the key field) and `useCountdownMachine` (the code to type at the court). No a2f widget or class is rendered.',
      },
    },
  },
  decorators: [(Story) => <div className="byo">{Story()}</div>],
} satisfies Meta

export default meta
type Story = StoryObj<typeof meta>

export const Wizard: Story = {
  name: 'Enrollment wizard (useEnrollmentMachine)',
  render: () => <HostWizard onComplete={completed} />,
  play: async ({ canvasElement }) => {
    completed.mockClear()
    const canvas = within(canvasElement)
    const next = () => userEvent.click(canvas.getByRole('button', { name: /Avançar|Salvar/ }))
    const heading = (name: string) =>
      waitFor(() => expect(canvas.getByRole('heading', { name })).toHaveFocus())

    // The machine stops a step whose fields are missing, and says which.
    await next()
    await expect(await canvas.findByText('Obrigatório.')).toBeVisible()
    await userEvent.click(canvas.getByRole('radio', { name: 'TRF4 — eproc' }))
    await next()
    await heading('Seu login no tribunal')

    await userEvent.type(canvas.getByRole('textbox', { name: 'Login (OAB ou CPF)' }), 'RS054321')
    const email = canvas.queryByRole('textbox', { name: 'E-mail pessoal' })
    if (email) await userEvent.type(email, 'ana.souza@gmail.com')
    await next()
    await heading('Chave mostrada pelo tribunal')

    await userEvent.type(canvas.getByRole('textbox', { name: 'Chave (32 caracteres)' }), EPROC_EXAMPLE_KEY)
    await expect(canvas.getByText('Chave válida: 160 bits.')).toBeVisible()
    await next()
    await heading('Digite este código no tribunal')

    // The store's code of the pending draft: the key's TOTP at the story's clock (frozen at FIXED_NOW).
    const group = await canvas.findByRole('group', { name: 'Código para o tribunal' })
    const expected = totp(EPROC_EXAMPLE_KEY, { timestamp: FIXED_NOW })
    await waitFor(() =>
      expect(group.querySelector('[data-part="code"]')).toHaveTextContent(
        `${expected.slice(0, 3)} ${expected.slice(3)}`,
      ),
    )

    await next()
    await expect(await canvas.findByText('Confirme que digitou o código no tribunal.')).toBeVisible()
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Digitei o código no site do tribunal' }))
    await next()
    await heading('Tudo pronto')
    await next()
    await waitFor(() => expect(completed).toHaveBeenCalledTimes(1))
    await expect(canvasElement.querySelector('.byo [class*="a2f-"]')).toBeNull()
  },
}
