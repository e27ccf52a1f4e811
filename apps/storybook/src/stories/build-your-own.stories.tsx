/**
 * Build your own: the live code and the court key field drawn with a host's own components (plain
 * utility classes, no a2f widget and no a2f class), through `@a2f/react/headless` alone — the machines,
 * their prop getters (ids, aria wiring, handlers, `data-state`) and the hooks that tie them to
 * `<A2FProvider>`. This is how a team on MUI or shadcn/Tailwind embeds the same flows.
 */
import { totp } from '@a2f/core'
import { useCountdownMachine, useKeyEntry } from '@a2f/react/headless'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState } from 'react'
import { expect, fn, spyOn, userEvent, waitFor, within } from 'storybook/test'
import { EPROC_EXAMPLE_KEY, FIXED_NOW, SAMPLE_CREDENTIALS } from '@fixtures'
import './build-your-own.css'

const TRF4 = { ...SAMPLE_CREDENTIALS[0]!, id: 'trf4' }
const grouped = (code: string) => `${code.slice(0, 3)} ${code.slice(3)}`

/** A host's code card: its markup and classes, a2f's state and wiring. */
function HostCodeCard({ credentialId, title }: { credentialId: string; title: string }) {
  const api = useCountdownMachine({ credentialId, labels: { label: title } })
  return (
    <div {...api.getRootProps({ className: 'flex flex-col gap-2 rounded-lg border p-4 max-w-md' })}>
      <span className="text-sm text-slate-600">{title}</span>
      <div className="flex items-center gap-4">
        <span {...api.getCodeProps({ className: 'font-mono text-2xl' })}>{api.groupedCode || '··· ···'}</span>
        <span {...api.getSpokenCodeProps()}>{api.spokenCode}</span>
        <span {...api.getTimerProps({ className: 'text-sm text-slate-600' })}>{api.secondsLeft} s</span>
        {/* Visible text and accessible name agree (axe's label-content-name-mismatch); the copy's outcome
            is announced by the live region below and shown through data-state. */}
        <button {...api.getCopyButtonProps({ className: 'rounded-lg bg-indigo-600 px-3 py-1' })}>
          Copiar código
        </button>
      </div>
      <div {...api.getProgressProps()} />
      {api.showNext && (
        <span {...api.getNextCodeProps({ className: 'text-sm' })}>Próximo: {api.nextCode}</span>
      )}
      <p {...api.getLiveRegionProps({ className: 'text-sm' })}>{api.announcement}</p>
    </div>
  )
}

/** A host's key field: an uncontrolled textarea, a message line and a cancel button for QR reads. */
function HostKeyField({ onSecretChange }: { onSecretChange: (bits: number | null) => void }) {
  const [, setRenders] = useState(0)
  const key = useKeyEntry({
    onSecretChange: (secret) => {
      onSecretChange(secret ? secret.bytes.length * 8 : null)
      setRenders((count) => count + 1)
    },
  })
  const message =
    key.status === 'valid'
      ? `Chave válida: ${key.key!.bits} bits.`
      : key.status === 'invalid'
        ? `Chave inválida (${key.problem!.code}).`
        : key.status === 'incomplete'
          ? 'Continue digitando…'
          : key.decoding
            ? 'Lendo o QR code…'
            : ''
  return (
    <div {...key.getRootProps({ className: 'flex flex-col gap-2 rounded-lg border p-4 max-w-md' })}>
      <label {...key.getLabelProps({ className: 'text-sm text-slate-600' })}>Chave do tribunal</label>
      <textarea
        {...key.getInputProps({ className: 'font-mono w-full border rounded-lg px-3 py-1', rows: 2 })}
      />
      <p {...key.getMessageProps({ className: key.invalid ? 'text-sm text-red-700' : 'text-sm' })}>
        {message}
      </p>
      {key.decoding && <button {...key.getCancelReadingButtonProps()}>Cancelar leitura</button>}
    </div>
  )
}

const meta = {
  title: 'Build your own/Headless',
  parameters: {
    a2f: { credentials: [TRF4] },
    docs: {
      description: {
        component:
          'The live code and the key field rebuilt with host components through `@a2f/react/headless` only: `useCountdownMachine` and `useKeyEntry` give state and prop getters (`getRootProps`, `getCodeProps`, `getTimerProps`, `getCopyButtonProps`, `getInputProps`, `getMessageProps`…) with the aria wiring, `data-scope`/`data-part`/`data-state` for styling. No a2f widget or class is rendered.',
      },
    },
  },
  decorators: [(Story) => <div className="byo">{Story()}</div>],
} satisfies Meta

export default meta
type Story = StoryObj<typeof meta>

export const LiveCode: Story = {
  name: 'Live code (useCountdownMachine)',
  render: () => <HostCodeCard credentialId="trf4" title="Código do TRF4" />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const group = await canvas.findByRole('group', { name: 'Código do TRF4' })
    await waitFor(() =>
      expect(group.querySelector('[data-part="code"]')).toHaveTextContent(
        grouped(totp(EPROC_EXAMPLE_KEY, { timestamp: FIXED_NOW })),
      ),
    )
    await expect(canvas.getByRole('timer')).toHaveTextContent('20 s')
    await expect(group).toHaveAttribute('data-state', 'running')
    // Only the host's markup: nothing of a2f's widgets or stylesheet classes.
    await expect(canvasElement.querySelector('.byo [class*="a2f-"]')).toBeNull()
    const writeText = navigator.clipboard
      ? spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined)
      : undefined
    await userEvent.click(canvas.getByRole('button', { name: 'Copiar código' }))
    if (writeText)
      await expect(writeText).toHaveBeenCalledWith(totp(EPROC_EXAMPLE_KEY, { timestamp: FIXED_NOW }))
  },
}

/** What the host's field reported, for the play function: the key's size, or null. */
const keyChanges = fn<(bits: number | null) => void>()

export const KeyField: Story = {
  name: 'Key field (useKeyEntry)',
  render: () => <HostKeyField onSecretChange={keyChanges} />,
  play: async ({ canvasElement }) => {
    keyChanges.mockClear()
    const canvas = within(canvasElement)
    const field = canvas.getByRole('textbox', { name: 'Chave do tribunal' })
    await userEvent.type(field, 'MMZD IMRU')
    await expect(canvas.getByText('Continue digitando…')).toBeVisible()
    await userEvent.clear(field)
    await userEvent.type(field, EPROC_EXAMPLE_KEY.toLowerCase())
    await expect(canvas.getByText('Chave válida: 160 bits.')).toBeVisible()
    await expect(field).toHaveAccessibleDescription('Chave válida: 160 bits.')
    await expect(keyChanges).toHaveBeenLastCalledWith(160)
    await expect(canvasElement.querySelector('.byo [class*="a2f-"]')).toBeNull()
  },
}
