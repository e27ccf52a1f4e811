/**
 * SecretQrCode: a key held in memory, a stored key hidden until the user asks, a server that keeps its
 * keys, the paper backup, a key that cannot be read, dark theme and English.
 */
import { SecretQrCode } from '@a2f/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, spyOn, userEvent, waitFor, within } from 'storybook/test'
import { EPROC_EXAMPLE_KEY, SAMPLE_CREDENTIALS } from '@fixtures'

const TRF4 = { ...SAMPLE_CREDENTIALS[0]!, id: 'trf4' }
const GROUPED = 'MMZD IMRU GZRG CNRQ GA2G MMRW MVQW IZBW'
const QR_NAME = 'QR code da chave do TRF4 para RS054321'

const section = (canvasElement: HTMLElement) => canvasElement.querySelector<HTMLElement>('.a2f-secret-qr')!

/** Whether the loaded stylesheets hide `.a2f-no-print` inside the widget when printing. */
function printRulesLoaded(): boolean {
  for (const sheet of Array.from(document.styleSheets)) {
    let rules: CSSRuleList
    try {
      rules = sheet.cssRules
    } catch {
      continue
    }
    for (const rule of Array.from(rules)) {
      if (!(rule instanceof CSSMediaRule) || !rule.media.mediaText.includes('print')) continue
      for (const inner of Array.from(rule.cssRules)) {
        if (inner instanceof CSSStyleRule && inner.selectorText.includes('.a2f-secret-qr .a2f-no-print'))
          return true
      }
    }
  }
  return false
}

const meta = {
  title: 'Widgets/SecretQrCode',
  component: SecretQrCode,
  tags: ['autodocs'],
  args: { issuer: 'TRF4', account: 'RS054321' },
  parameters: {
    a2f: { credentials: [TRF4] },
    docs: {
      description: {
        component:
          'A key as a QR code (otpauth URI) and as grouped text, printable as a paper backup. A stored key is opened only when the user presses "Mostrar chave" (audited as a reveal), and can be hidden again. The key never enters React state.',
      },
    },
  },
} satisfies Meta<typeof SecretQrCode>

export default meta
type Story = StoryObj<typeof meta>

export const InMemoryKey: Story = {
  name: 'Key in memory (wizard)',
  args: { secret: EPROC_EXAMPLE_KEY },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const image = await canvas.findByRole('img', { name: QR_NAME })
    await expect(image.querySelector('svg')).toBeVisible()
    await expect(canvas.getByRole('heading', { name: 'Chave de autenticação — TRF4' })).toBeVisible()
    await expect(canvasElement.querySelector('.a2f-secret-qr-key')).toHaveTextContent(GROUPED)
    await expect(canvas.getByText('SHA1, 6 dígitos, 30 s')).toBeVisible()
    await expect(canvas.getByText(/^Guarde em local seguro/)).toBeVisible()
  },
}

export const StoredCredentialHiddenThenRevealed: Story = {
  name: 'Stored key: hidden, revealed, hidden again',
  args: { credentialId: 'trf4' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(section(canvasElement)).toHaveAttribute('data-state', 'hidden')
    await expect(canvas.queryByRole('img')).toBeNull()
    await expect(canvasElement.textContent).not.toContain('MMZD')
    await userEvent.click(await canvas.findByRole('button', { name: 'Mostrar chave' }))
    await waitFor(() => expect(canvas.getByRole('img', { name: QR_NAME })).toBeVisible())
    await expect(canvasElement.querySelector('.a2f-secret-qr-key')).toHaveTextContent(GROUPED)
    const toggle = canvas.getByRole('button', { name: 'Ocultar chave' })
    await expect(toggle).toHaveFocus()
    await userEvent.click(toggle)
    await expect(canvas.queryByRole('img')).toBeNull()
    await expect(section(canvasElement)).toHaveAttribute('data-state', 'hidden')
  },
}

export const ServerKeepsKeys: Story = {
  name: 'Server keeps the keys (SECRET_WITHHELD)',
  args: { credentialId: 'trf4' },
  parameters: { a2f: { credentials: [TRF4], store: 'codes-only' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(await canvas.findByRole('button', { name: 'Mostrar chave' }))
    await waitFor(() => expect(section(canvasElement)).toHaveAttribute('data-state', 'withheld'))
    await expect(canvas.getByText(/As chaves ficam guardadas no servidor/)).toBeVisible()
    await expect(canvas.queryByRole('img')).toBeNull()
  },
}

export const PrintLayout: Story = {
  name: 'Paper backup (print)',
  args: { secret: EPROC_EXAMPLE_KEY },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const print = spyOn(window, 'print').mockImplementation(() => {})
    try {
      const button = await canvas.findByRole('button', { name: 'Imprimir cópia em papel' })
      await expect(button.closest('.a2f-no-print')).not.toBeNull()
      await userEvent.click(button)
      await expect(print).toHaveBeenCalledTimes(1)
      await expect(printRulesLoaded()).toBe(true)
      // What the page keeps: heading, QR, key and the safety note (none of them .a2f-no-print).
      for (const kept of [
        '.a2f-secret-qr-title',
        '.a2f-secret-qr-image',
        '.a2f-secret-qr-key',
        '.a2f-secret-qr-note',
      ]) {
        const element = canvasElement.querySelector(kept)
        await expect(element).not.toBeNull()
        await expect(element!.closest('.a2f-no-print')).toBeNull()
      }
    } finally {
      print.mockRestore()
    }
  },
}

export const InvalidKey: Story = {
  name: 'Key that cannot be read',
  args: { secret: 'ABC1' },
  play: async ({ canvasElement }) => {
    await expect(section(canvasElement)).toHaveAttribute('data-state', 'invalid')
    await expect(within(canvasElement).getByText(/a chave é inválida ou curta demais/)).toBeVisible()
  },
}

export const Dark: Story = {
  args: { secret: EPROC_EXAMPLE_KEY },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const image = await within(canvasElement).findByRole('img', { name: QR_NAME })
    // The QR stays black on white so phones can read it.
    await expect(getComputedStyle(image).backgroundColor).toBe('rgb(255, 255, 255)')
    await expect(getComputedStyle(section(canvasElement)).backgroundColor).toBe('rgb(17, 22, 29)')
  },
}

export const English: Story = {
  args: { credentialId: 'trf4' },
  parameters: { a2f: { credentials: [TRF4], locale: 'en' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(await canvas.findByRole('button', { name: 'Show key' }))
    await waitFor(() =>
      expect(canvas.getByRole('img', { name: 'QR code of the TRF4 key for RS054321' })).toBeVisible(),
    )
    await expect(canvas.getByRole('button', { name: 'Print a paper copy' })).toBeVisible()
  },
}
