/**
 * SecretInput (step 3 of enrolment): empty, a key typed in groups of 4, a bad character pointed at, a
 * short key, an otpauth:// link, a Google Authenticator export with several accounts, and QR screenshots
 * of an eproc-like page pasted and uploaded — decoded for real by zxing-wasm in Chromium, its .wasm
 * served locally (no network) — plus an image without a QR code, English and dark.
 */
import { buildMigrationUris, buildOtpauthUri, decodeBase32, type OtpauthRecord } from '@a2f/core'
import { SecretInput, type EnteredSecret } from '@a2f/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { EPROC_EXAMPLE_KEY } from '@fixtures'
// Test data that draws an eproc page with a real QR code (uqr resolves from @a2f/react's dependencies).
import { eprocQrScreenshot } from '../fixtures/eproc-qr-screenshot.js'

const KEY_BYTES = decodeBase32(EPROC_EXAMPLE_KEY.replace(/ /g, ''))
const TRF4_URI = buildOtpauthUri({
  type: 'totp',
  secret: KEY_BYTES,
  account: 'RS054321',
  issuer: 'TRF4',
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
})

function account(issuer: string, name: string, fill: number): OtpauthRecord {
  return {
    type: 'totp',
    secret: new Uint8Array(20).fill(fill),
    account: name,
    issuer,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
  }
}

/** The last value handed to `onSecretChange`. */
function lastSecret(spy: unknown): EnteredSecret | null | undefined {
  const calls = (spy as { mock: { calls: [EnteredSecret | null][] } }).mock.calls
  return calls.at(-1)?.[0]
}

/** The field's message (the second id in its aria-describedby). */
function message(field: HTMLElement): HTMLElement {
  return document.getElementById(field.getAttribute('aria-describedby')!.split(' ')[1]!)!
}

/** Pastes a file as the browser does when a screenshot is on the clipboard. */
function pasteFile(target: HTMLElement, file: File) {
  const transfer = new DataTransfer()
  transfer.items.add(file)
  target.dispatchEvent(
    new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
  )
}

const meta = {
  title: 'Widgets/SecretInput',
  component: SecretInput,
  tags: ['autodocs'],
  args: { onSecretChange: fn() },
  decorators: [(Story) => <div style={{ maxWidth: 640 }}>{Story()}</div>],
  parameters: {
    a2f: { credentials: [] },
    docs: {
      description: {
        component:
          "The court's key, however the user brings it: typed or pasted (groups of 4, lower case, hyphens), an otpauth:// link, a Google Authenticator export (pick one account), or a QR screenshot pasted, dropped or uploaded — decoded in the browser by zxing-wasm, loaded only when an image arrives, its .wasm served locally. Validation points at the bad character. The key is never kept in React state: it goes to `onSecretChange`.",
      },
    },
  },
} satisfies Meta<typeof SecretInput>

export default meta
type Story = StoryObj<typeof meta>

export const Empty: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    const field = canvas.getByRole('textbox', { name: 'Chave de autenticação' })
    await expect(field).not.toHaveAttribute('aria-invalid')
    await expect(message(field)).toHaveTextContent('')
    await expect(canvas.getByRole('button', { name: 'Enviar imagem do QR code' })).toBeVisible()
    await expect(args.onSecretChange).not.toHaveBeenCalled()
  },
}

export const ValidKey: Story = {
  name: 'Valid key (typed in groups of 4)',
  play: async ({ canvasElement, args }) => {
    const field = within(canvasElement).getByRole('textbox')
    await userEvent.type(field, EPROC_EXAMPLE_KEY)
    await expect(message(field)).toHaveTextContent(
      'Chave válida: 160 bits. Origem: chave digitada ou colada.',
    )
    const secret = lastSecret(args.onSecretChange)
    await expect(Array.from(secret?.bytes ?? [])).toEqual(Array.from(KEY_BYTES))
    await expect(secret?.source).toBe('typed')
    await expect(canvasElement.querySelector('.a2f-secret-input-message')?.textContent).not.toContain('MMZD')
  },
}

export const InvalidCharacter: Story = {
  name: 'Invalid character pointed at',
  play: async ({ canvasElement, args }) => {
    const field = within(canvasElement).getByRole('textbox')
    await userEvent.type(field, 'MMZD IMRU GZRG CNRQ GA2G MMRW MVQW 1ZBW')
    await expect(field).toHaveAttribute('aria-invalid', 'true')
    await expect(message(field)).toHaveTextContent(
      'Caractere inválido «1» na posição 36. Você quis dizer «I»?',
    )
    const pointer = canvasElement.querySelector<HTMLElement>('.a2f-secret-input-pointer')!
    await expect(pointer).toBeVisible()
    await expect(pointer).toHaveAttribute('aria-hidden', 'true')
    await expect(pointer.querySelector('mark')).toHaveTextContent('1')
    await expect(lastSecret(args.onSecretChange)).toBeNull()
  },
}

export const AccentedCharacter: Story = {
  name: 'Accented character ("ç")',
  play: async ({ canvasElement }) => {
    const field = within(canvasElement).getByRole('textbox')
    await userEvent.type(field, 'MMZD IMRU GZRç')
    await expect(message(field)).toHaveTextContent(
      'Caractere inválido «ç» na posição 14. Você quis dizer «C»?',
    )
  },
}

export const TooShort: Story = {
  name: 'Too short',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const field = canvas.getByRole('textbox')
    await userEvent.type(field, 'MMZD IMRU GZRG')
    // While typing it is only unfinished…
    await expect(field).not.toHaveAttribute('aria-invalid')
    await expect(canvasElement.querySelector('.a2f-secret-input')).toHaveAttribute('data-state', 'incomplete')
    // …and an error once the user leaves the field.
    await userEvent.tab()
    await expect(field).toHaveAttribute('aria-invalid', 'true')
    await expect(message(field)).toHaveTextContent(
      'Chave incompleta: 12 caracteres, são necessários pelo menos 16 (os tribunais costumam mostrar 32).',
    )
  },
}

export const OtpauthUri: Story = {
  name: 'otpauth:// link',
  play: async ({ canvasElement, args }) => {
    const field = within(canvasElement).getByRole('textbox')
    await userEvent.click(field)
    await userEvent.paste(TRF4_URI)
    await expect(message(field)).toHaveTextContent(
      'Chave válida: 160 bits. Origem: link otpauth://. Conta: TRF4 — RS054321.',
    )
    const secret = lastSecret(args.onSecretChange)
    await expect(secret?.source).toBe('uri')
    await expect(secret?.params).toEqual({ algorithm: 'SHA1', digits: 6, period: 30 })
    await expect(Array.from(secret?.bytes ?? [])).toEqual(Array.from(KEY_BYTES))
  },
}

export const GoogleExport: Story = {
  name: 'Google Authenticator export with several accounts (pick one)',
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    const [uri] = buildMigrationUris([
      account('TRF4', 'RS054321', 1),
      account('TJRS', 'RS054321', 2),
      account('Google', 'ana.souza@gmail.com', 3),
    ])
    const field = canvas.getByRole('textbox')
    await userEvent.click(field)
    await userEvent.paste(uri!)
    const group = canvas.getByRole('group', { name: 'A exportação tem 3 contas. Escolha a deste tribunal:' })
    await expect(within(group).getAllByRole('radio')).toHaveLength(3)
    await expect(lastSecret(args.onSecretChange)).toBeNull()
    await userEvent.tab()
    await userEvent.keyboard(' ')
    await userEvent.keyboard('{ArrowDown}')
    await expect(within(group).getByRole('radio', { name: 'TJRS — RS054321' })).toBeChecked()
    const secret = lastSecret(args.onSecretChange)
    await expect(secret?.source).toBe('google-export')
    await expect(secret?.issuer).toBe('TJRS')
    await expect(Array.from(secret?.bytes ?? [])).toEqual(Array(20).fill(2))
  },
}

export const QrScreenshotPasted: Story = {
  name: 'QR screenshot pasted (real decode in the browser)',
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    const field = canvas.getByRole('textbox')
    const screenshot = await eprocQrScreenshot({ uri: TRF4_URI, key: EPROC_EXAMPLE_KEY })
    // The dev server serves every module of the packages as its own file: room in the resource timing
    // buffer (250 entries by default, full by now) for the .wasm fetch checked below.
    performance.setResourceTimingBufferSize(10_000)
    pasteFile(field, screenshot)
    // zxing-wasm and its .wasm load on this first image, from the dev server: no CDN.
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Chave lida do QR code.'), {
      timeout: 20_000,
    })
    await expect(message(field)).toHaveTextContent(
      'Chave válida: 160 bits. Origem: imagem do QR code. Conta: TRF4 — RS054321.',
    )
    const secret = lastSecret(args.onSecretChange)
    await expect(secret?.source).toBe('qr')
    await expect(Array.from(secret?.bytes ?? [])).toEqual(Array.from(KEY_BYTES))
    await expect(field).toHaveValue('')
    const wasm = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => name.endsWith('.wasm'))
    await expect(wasm.length).toBeGreaterThan(0)
    await expect(wasm.every((name) => new URL(name).origin === location.origin)).toBe(true)
  },
}

export const QrScreenshotUploaded: Story = {
  name: 'QR screenshot uploaded',
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    const screenshot = await eprocQrScreenshot({
      uri: TRF4_URI,
      key: EPROC_EXAMPLE_KEY,
      width: 1920,
      height: 1080,
    })
    const input = canvasElement.querySelector<HTMLInputElement>('input[type="file"]')!
    await expect(input).toHaveAttribute('accept', 'image/*')
    await userEvent.upload(input, screenshot)
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Chave lida do QR code.'), {
      timeout: 20_000,
    })
    await expect(Array.from(lastSecret(args.onSecretChange)?.bytes ?? [])).toEqual(Array.from(KEY_BYTES))
  },
}

export const ImageWithoutQrCode: Story = {
  name: 'Image without a QR code',
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    const canvasImage = document.createElement('canvas')
    canvasImage.width = 800
    canvasImage.height = 400
    const context = canvasImage.getContext('2d')!
    context.fillStyle = '#ffffff'
    context.fillRect(0, 0, 800, 400)
    context.fillStyle = '#000000'
    context.font = '20px sans-serif'
    context.fillText('Autenticação em dois fatores — sem QR code nesta captura', 40, 200)
    const blob = await new Promise<Blob>((resolve) =>
      canvasImage.toBlob((result) => resolve(result!), 'image/png'),
    )
    pasteFile(canvas.getByRole('textbox'), new File([blob], 'captura.png', { type: 'image/png' }))
    await waitFor(
      () => expect(canvas.getByRole('status')).toHaveTextContent('Nenhum QR code encontrado na imagem.'),
      {
        timeout: 20_000,
      },
    )
    await expect(args.onSecretChange).not.toHaveBeenCalled()
  },
}

export const QrCodeWithoutKey: Story = {
  name: 'QR code that holds no key',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const screenshot = await eprocQrScreenshot({ uri: 'https://eproc.trf4.jus.br/eproc2trf4/', key: '—' })
    pasteFile(canvas.getByRole('textbox'), screenshot)
    await waitFor(
      () =>
        expect(canvas.getByRole('status')).toHaveTextContent(
          'O QR code foi lido, mas não contém uma chave de autenticação.',
        ),
      { timeout: 20_000 },
    )
  },
}

export const English: Story = {
  parameters: { a2f: { credentials: [], locale: 'en' } },
  play: async ({ canvasElement }) => {
    const field = within(canvasElement).getByRole('textbox', { name: 'Authentication key' })
    await userEvent.type(field, 'MMZD 0')
    await expect(message(field)).toHaveTextContent('Invalid character “0” at position 6. Did you mean “O”?')
  },
}

export const DarkTheme: Story = {
  name: 'Dark theme, invalid character',
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const field = within(canvasElement).getByRole('textbox')
    await userEvent.type(field, 'MMZD IMRU GZR8')
    await expect(message(field)).toHaveTextContent('Você quis dizer «B»?')
    await expect(canvasElement.querySelector('.a2f-secret-input-pointer mark')).toBeVisible()
  },
}
