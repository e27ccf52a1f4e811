/**
 * CodeCountdown in every state: ring and bar, the large code of the wizard, expiring with the next code,
 * copy feedback, a real ticking clock, an unreadable credential, a failing store, each language, dark.
 * Also PeriodCountdown, the shared bar of grids and lists.
 */
import { createTotp, totp } from '@a2f/core'
import { A2FProvider, CodeCountdown, PeriodCountdown, useA2F, useMessages } from '@a2f/react'
import {
  createCredentialStore,
  createMasterKeyring,
  createMemoryAdapter,
  type CredentialStore,
} from '@a2f/storage'
import type { Meta, StoryObj } from '@storybook/react-vite'
import type { ReactNode } from 'react'
import { expect, spyOn, userEvent, waitFor, within } from 'storybook/test'
import { EPROC_EXAMPLE_KEY, FIXED_NOW, SAMPLE_CREDENTIALS } from '@fixtures'

const TRF4 = { ...SAMPLE_CREDENTIALS[0]!, id: 'trf4' }
const grouped = (code: string) => `${code.slice(0, 3)} ${code.slice(3)}`
const codeAt = (timestamp: number) => totp(EPROC_EXAMPLE_KEY, { timestamp })
/** FIXED_NOW is 10 s into its window. */
const WINDOW_END = FIXED_NOW + 20_000

const digits = (canvasElement: HTMLElement) =>
  canvasElement.querySelector('.a2f-countdown-digits')?.textContent
const root = (canvasElement: HTMLElement) => canvasElement.querySelector<HTMLElement>('.a2f-countdown')!

/** Replaces the clipboard for one play function (Chromium asks for permission otherwise). */
function stubClipboard() {
  if (navigator.clipboard) return spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined)
  const writeText = async () => {}
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
  return spyOn(navigator.clipboard, 'writeText')
}

/** A store whose 'lost' record was sealed under a retired master key: a real KEY_UNKNOWN. */
async function storeWithRetiredKey(): Promise<CredentialStore> {
  const adapter = createMemoryAdapter()
  const tenant = 'escritorio-antigo'
  const retired = await createMasterKeyring({
    keys: { 'old-2024': new Uint8Array(32).fill(7) },
    current: 'old-2024',
  })
  await createCredentialStore({ adapter, keys: retired, tenant, actor: 'ana' }).create({
    ...TRF4,
    id: 'lost',
  })
  const keys = await createMasterKeyring({
    keys: { 'test-2026': new Uint8Array(32).fill(42) },
    current: 'test-2026',
  })
  return createCredentialStore({ adapter, keys, tenant, actor: 'ana' })
}

/** Another store under the story's clock and language. */
function WithStore({ store, children }: { store: CredentialStore; children: ReactNode }) {
  const { clock, locale } = useA2F()
  const messages = useMessages()
  return (
    <A2FProvider store={store} clock={clock} locale={{ locale, messages }}>
      {children}
    </A2FProvider>
  )
}

const meta = {
  title: 'Widgets/CodeCountdown',
  component: CodeCountdown,
  tags: ['autodocs'],
  parameters: {
    a2f: { credentials: [TRF4] },
    docs: {
      description: {
        component:
          'A live code with its countdown, from a stored credential (`credentialId`), a key in memory (`generator`) or the host (`code`). Renders about twice per window; the seconds and the ring move without renders. New codes are announced politely, once.',
      },
    },
  },
} satisfies Meta<typeof CodeCountdown>

export default meta
type Story = StoryObj<typeof meta>

/** The stored TRF4 credential of the sample office. */
const stored = { credentialId: 'trf4', label: 'Código do TRF4' }

export const Ring: Story = {
  args: stored,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await waitFor(() => expect(digits(canvasElement)).toBe(grouped(codeAt(FIXED_NOW))))
    await expect(canvas.getByRole('group', { name: 'Código do TRF4' })).toHaveAttribute(
      'data-state',
      'running',
    )
    await expect(canvas.getByRole('timer', { name: 'Tempo até o próximo código' })).toHaveTextContent('20 s')
    await expect(root(canvasElement).querySelector('svg.a2f-countdown-ring')).not.toBeNull()
    await expect(canvas.getByRole('button', { name: 'Copiar código' })).toBeVisible()
  },
}

export const Bar: Story = {
  args: { ...stored, variant: 'bar' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(digits(canvasElement)).toBe(grouped(codeAt(FIXED_NOW))))
    await expect(root(canvasElement)).toHaveAttribute('data-variant', 'bar')
    const fill = canvasElement.querySelector<HTMLElement>('.a2f-countdown-bar-fill')!
    await expect(fill).toBeVisible()
    // 20 of 30 seconds left: the bar is two-thirds full.
    const bar = fill.parentElement!.getBoundingClientRect()
    await waitFor(() => expect(fill.getBoundingClientRect().width / bar.width).toBeCloseTo(2 / 3, 1))
  },
}

export const LargeForTheWizard: Story = {
  name: 'Large (wizard, key in memory)',
  args: { generator: createTotp(EPROC_EXAMPLE_KEY), size: 'large', label: 'Código para digitar no TRF4' },
  play: async ({ canvasElement }) => {
    await expect(digits(canvasElement)).toBe(grouped(codeAt(FIXED_NOW)))
    await expect(root(canvasElement)).toHaveAttribute('data-size', 'large')
    const size = parseFloat(getComputedStyle(canvasElement.querySelector('.a2f-countdown-code')!).fontSize)
    await expect(size).toBeGreaterThan(40)
  },
}

export const Expiring: Story = {
  name: 'Expiring (3 s left, next code shown)',
  args: stored,
  parameters: { a2f: { credentials: [TRF4], now: WINDOW_END - 3_000 } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'expiring'))
    await expect(canvas.getByRole('timer')).toHaveTextContent('3 s')
    await expect(canvas.getByText(`Próximo: ${grouped(codeAt(WINDOW_END))}`)).toBeVisible()
  },
}

export const CopiedFeedback: Story = {
  args: stored,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const writeText = stubClipboard()
    try {
      await waitFor(() => expect(digits(canvasElement)).toBe(grouped(codeAt(FIXED_NOW))))
      const button = canvas.getByRole('button', { name: 'Copiar código' })
      await userEvent.click(button)
      await expect(writeText).toHaveBeenCalledWith(codeAt(FIXED_NOW))
      await waitFor(() => expect(button).toHaveTextContent('Copiado'))
      await expect(button).toHaveAttribute('data-state', 'copied')
      await expect(canvas.getByRole('status')).toHaveTextContent(
        'Código copiado para a área de transferência',
      )
    } finally {
      writeText.mockRestore()
    }
  },
}

export const LiveTicking: Story = {
  name: 'Live ticking (real clock)',
  args: stored,
  parameters: { a2f: { credentials: [TRF4], live: true } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await waitFor(() => expect(digits(canvasElement)).toMatch(/^\d{3} \d{3}$/))
    const timer = canvas.getByRole('timer')
    const first = timer.textContent
    await waitFor(() => expect(timer.textContent).not.toBe(first), { timeout: 3_000 })
  },
}

export const UnreadableCredential: Story = {
  args: { credentialId: 'lost' },
  loaders: [async () => ({ retired: await storeWithRetiredKey() })],
  render: (args, { loaded }) => (
    <WithStore store={loaded.retired as CredentialStore}>
      <CodeCountdown {...args} />
    </WithStore>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'unreadable'))
    await expect(canvas.getByText(/cifrada com uma chave que este sistema não possui/)).toBeVisible()
    await expect(canvas.queryByRole('timer')).toBeNull()
  },
}

export const StoreUnavailable: Story = {
  args: stored,
  parameters: { a2f: { credentials: [TRF4], store: 'failing' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'error'))
    await expect(canvas.getByText('Não foi possível obter o código agora.')).toBeVisible()
    await expect(canvas.getByRole('button', { name: 'Tentar novamente' })).toBeVisible()
  },
}

export const Loading: Story = {
  args: stored,
  parameters: { a2f: { credentials: [TRF4], store: 'loading' } },
  play: async ({ canvasElement }) => {
    await expect(root(canvasElement)).toHaveAttribute('data-state', 'loading')
    await expect(within(canvasElement).getByText('Carregando código…')).toBeVisible()
  },
}

export const English: Story = {
  args: { credentialId: 'trf4' },
  parameters: { a2f: { credentials: [TRF4], locale: 'en' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await waitFor(() => expect(digits(canvasElement)).toBe(grouped(codeAt(FIXED_NOW))))
    await expect(canvas.getByRole('group', { name: 'Verification code' })).toBeVisible()
    await expect(canvas.getByRole('button', { name: 'Copy code' })).toBeVisible()
    await expect(canvas.getByRole('timer', { name: 'Time until the next code' })).toBeVisible()
  },
}

export const Spanish: Story = {
  args: { credentialId: 'trf4' },
  parameters: { a2f: { credentials: [TRF4], locale: 'es', now: WINDOW_END - 3_000 } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'expiring'))
    await expect(canvas.getByRole('group', { name: 'Código de verificación' })).toBeVisible()
    await expect(canvas.getByText(`Siguiente: ${grouped(codeAt(WINDOW_END))}`)).toBeVisible()
  },
}

export const Dark: Story = {
  args: stored,
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(digits(canvasElement)).toBe(grouped(codeAt(FIXED_NOW))))
    await expect(canvasElement.querySelector('[data-a2f-theme="dark"]')).not.toBeNull()
    // Light text on a dark card.
    await expect(getComputedStyle(root(canvasElement)).backgroundColor).toBe('rgb(17, 22, 29)')
  },
}

export const GivenByTheHost: Story = {
  name: 'Code given by the host (presentational)',
  args: {
    code: '492039',
    nextCode: '118204',
    validUntil: WINDOW_END,
    period: 30,
    showNext: 'always',
    variant: 'bar',
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(digits(canvasElement)).toBe('492 039')
    await expect(canvas.getByText('Próximo: 118 204')).toBeVisible()
  },
}

export const SharedPeriodCountdown: Story = {
  name: 'PeriodCountdown (shared bar)',
  render: () => (
    <div style={{ display: 'grid', gap: 16, maxWidth: 320 }}>
      <PeriodCountdown />
      <PeriodCountdown period={60} variant="ring" label="Códigos de 60 s" />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('timer', { name: 'Tempo até os próximos códigos' })).toHaveTextContent(
      '20 s',
    )
    await expect(canvas.getByRole('timer', { name: 'Códigos de 60 s' })).toHaveTextContent('50 s')
  },
}
