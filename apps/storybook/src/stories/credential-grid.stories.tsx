/**
 * CredentialGrid in every state: the sample office, grouped by authenticator group and by owner, a search
 * without results, empty, loading, failing, codes about to expire, the remove / re-key / QR dialogs, the
 * compliance tab, 1,000 and 10,000 rows (windowed), each language, dark.
 */
import { totp } from '@a2f/core'
import { CredentialGrid } from '@a2f/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { EPROC_EXAMPLE_KEY, FIXED_NOW } from '@fixtures'

const grouped = (code: string) => `${code.slice(0, 3)} ${code.slice(3)}`
/** FIXED_NOW is 10 s into its window. */
const WINDOW_END = FIXED_NOW + 20_000

const table = (canvasElement: HTMLElement) => within(canvasElement).getByRole('table')
const credentialRows = (canvasElement: HTMLElement) => [
  ...canvasElement.querySelectorAll<HTMLElement>('.a2f-grid-row[data-id]'),
]
/** The row of TRF4's RS054321 (TJRS has the same login). */
const trf4Row = (canvasElement: HTMLElement) =>
  credentialRows(canvasElement).find(
    (row) =>
      row.querySelector('.a2f-grid-court')?.textContent === 'TRF4' &&
      row.querySelector('.a2f-grid-login')?.textContent === 'RS054321',
  )

/** Waits for the rows and their codes. */
async function loaded(canvasElement: HTMLElement) {
  await waitFor(() => expect(credentialRows(canvasElement).length).toBeGreaterThan(0), { timeout: 10_000 })
  await waitFor(() =>
    expect(trf4Row(canvasElement)?.querySelector('.a2f-grid-code-value')).toHaveTextContent(
      grouped(totp(EPROC_EXAMPLE_KEY, { timestamp: FIXED_NOW })),
    ),
  )
}

async function openMenuItem(canvasElement: HTMLElement, row: string, item: string) {
  const canvas = within(canvasElement)
  await userEvent.click(canvas.getByRole('button', { name: `Ações de ${row}` }))
  await userEvent.click(canvas.getByRole('menuitem', { name: item }))
}

const meta = {
  title: 'Widgets/CredentialGrid',
  component: CredentialGrid,
  tags: ['autodocs'],
  args: { height: 420 },
  parameters: {
    docs: {
      description: {
        component:
          "The office's 2FA credentials in one grid, as Legal One's grid of “Credenciais 2FA”: court from the registry, login, owner, status, the live code (copy; the next code while expiring), the authenticator group, and row actions (QR, edit, mark validated, remove, “O tribunal gerou uma nova chave”). Rows are windowed (smooth at 10,000) and never re-render on the clock. The “Conformidade” tab lists the mandatory courts without a validated authenticator per owner. Without layout (jsdom, SSR) the table assumes `virtualization.initialHeight` px.",
      },
    },
  },
} satisfies Meta<typeof CredentialGrid>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await loaded(canvasElement)
    const canvas = within(canvasElement)
    // Header row + five credentials.
    await expect(table(canvasElement)).toHaveAttribute('aria-rowcount', '6')
    const row = trf4Row(canvasElement)!
    await expect(row).toHaveTextContent('eproc · 2º grau')
    await expect(row).toHaveTextContent('Ana Beatriz Souza')
    await expect(row).toHaveTextContent('TRF4 · JFRS · JFSC · JFPR')
    await expect(within(row).getByText('Validada')).toBeVisible()
    await expect(canvas.getByRole('button', { name: 'Copiar código de TRF4 · RS054321' })).toBeVisible()
    await expect(canvas.getByText('5 credenciais')).toBeVisible()
    await expect(canvas.getByRole('tab', { name: 'Credenciais' })).toHaveAttribute('aria-selected', 'true')
  },
}

export const GroupedByAuthenticatorGroup: Story = {
  name: 'Grouped by authenticator group',
  args: { defaultGroupBy: 'authenticator-group' },
  play: async ({ canvasElement }) => {
    await loaded(canvasElement)
    const headers = [...canvasElement.querySelectorAll('.a2f-grid-group-row')].map((row) => row.textContent)
    await expect(headers).toContain('TRF4 · JFRS · JFSC · JFPR 1 credencial')
    await expect(headers[headers.length - 1]).toBe('Outros autenticadores 1 credencial')
    await expect(within(canvasElement).getByRole('combobox', { name: 'Agrupar por' })).toHaveValue(
      'authenticator-group',
    )
  },
}

export const GroupedByOwner: Story = {
  name: 'Grouped by owner',
  args: { defaultGroupBy: 'owner' },
  play: async ({ canvasElement }) => {
    await loaded(canvasElement)
    const headers = [...canvasElement.querySelectorAll('.a2f-grid-group-row')].map((row) => row.textContent)
    await expect(headers).toEqual([
      'Ana Beatriz Souza 2 credenciais',
      'Carlos Eduardo Lima 1 credencial',
      'Fernanda Oliveira 2 credenciais',
    ])
  },
}

export const SearchNoResults: Story = {
  name: 'Search without results',
  play: async ({ canvasElement }) => {
    await loaded(canvasElement)
    const canvas = within(canvasElement)
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Buscar' }), 'tribunal inexistente')
    await waitFor(() =>
      expect(canvas.getByText('Nenhuma credencial encontrada para “tribunal inexistente”.')).toBeVisible(),
    )
    await expect(canvas.getByRole('button', { name: 'Limpar busca e filtros' })).toBeVisible()
    await expect(canvas.queryByRole('table')).toBeNull()
  },
}

export const SearchWithoutAccents: Story = {
  name: 'Search without accents',
  play: async ({ canvasElement }) => {
    await loaded(canvasElement)
    const canvas = within(canvasElement)
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Buscar' }), 'regiao 4')
    await waitFor(() => expect(credentialRows(canvasElement)).toHaveLength(1))
    await expect(credentialRows(canvasElement)[0]).toHaveTextContent('TRF4')
  },
}

export const Empty: Story = {
  args: {
    emptyAction: (
      <button type="button" className="a2f-button" data-variant="primary">
        Nova credencial 2FA
      </button>
    ),
  },
  parameters: { a2f: { credentials: [] } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await waitFor(() => expect(canvas.getByText('Nenhuma credencial 2FA cadastrada')).toBeVisible())
    await expect(canvas.getByRole('button', { name: 'Nova credencial 2FA' })).toBeVisible()
  },
}

export const Loading: Story = {
  parameters: { a2f: { store: 'loading' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('status')).toHaveTextContent('Carregando credenciais…')
    await expect(table(canvasElement)).toHaveAttribute('aria-busy', 'true')
  },
}

export const LoadError: Story = {
  name: 'Error (store unavailable)',
  parameters: { a2f: { store: 'failing' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await waitFor(() =>
      expect(canvas.getByRole('alert')).toHaveTextContent('Não foi possível carregar as credenciais.'),
    )
    await expect(canvas.getByRole('alert')).toHaveTextContent('O armazenamento não está disponível agora.')
    await expect(canvas.getByRole('button', { name: 'Tentar novamente' })).toBeVisible()
  },
}

export const ExpiringCodes: Story = {
  name: 'Expiring codes (4 s left)',
  parameters: { a2f: { now: FIXED_NOW + 16_000 } },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(credentialRows(canvasElement).length).toBe(5))
    await waitFor(() =>
      expect(trf4Row(canvasElement)?.querySelector('.a2f-grid-code')).toHaveAttribute(
        'data-state',
        'expiring',
      ),
    )
    const next = grouped(totp(EPROC_EXAMPLE_KEY, { timestamp: WINDOW_END }))
    await expect(trf4Row(canvasElement)!.querySelector('.a2f-grid-code-next')).toHaveTextContent(
      `próximo ${next}`,
    )
    await expect(canvasElement.querySelector('.a2f-countdown-period')).toHaveAttribute(
      'data-state',
      'expiring',
    )
  },
}

export const RemoveConfirmationOpen: Story = {
  name: 'Remove confirmation open',
  play: async ({ canvasElement }) => {
    await loaded(canvasElement)
    await openMenuItem(canvasElement, 'TRF2 · RJ198765', 'Remover')
    const dialog = within(canvasElement).getByRole('alertdialog', { name: 'Remover credencial 2FA' })
    await expect(dialog).toHaveAttribute('aria-modal', 'true')
    await expect(dialog).toHaveTextContent('Remover a credencial de TRF2, login RJ198765?')
    await expect(within(dialog).getByRole('button', { name: 'Cancelar' })).toHaveFocus()
  },
}

export const RekeyDialog: Story = {
  name: 'Re-key dialog',
  play: async ({ canvasElement }) => {
    await loaded(canvasElement)
    await openMenuItem(canvasElement, 'TJSC · SC012345', 'O tribunal gerou uma nova chave')
    // The form arrives as its own chunk, behind a dialog of the same title: wait for its button.
    await within(canvasElement).findByRole('button', { name: 'Salvar nova chave' })
    const dialog = within(canvasElement).getByRole('dialog', { name: 'O tribunal gerou uma nova chave' })
    await expect(dialog).toHaveTextContent('informe no tribunal o novo código de 6 dígitos')
    await expect(within(dialog).getByRole('button', { name: 'Salvar nova chave' })).toBeDisabled()
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Chave de autenticação/ }),
      'JBSWY3DPEHPK3PXQ',
    )
    await waitFor(() =>
      expect(within(dialog).getByRole('button', { name: 'Salvar nova chave' })).toBeEnabled(),
    )
  },
}

export const QrDialog: Story = {
  name: 'QR dialog',
  play: async ({ canvasElement }) => {
    await loaded(canvasElement)
    await openMenuItem(canvasElement, 'TRF4 · RS054321', 'Mostrar QR code')
    const dialog = within(canvasElement).getByRole('dialog', { name: 'QR code de TRF4 · RS054321' })
    await expect(dialog.querySelector('[class*="a2f-secret-qr"]')).not.toBeNull()
    await expect(dialog.contains(document.activeElement)).toBe(true)
  },
}

export const Compliance: Story = {
  name: 'Compliance view',
  args: { defaultView: 'compliance' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await waitFor(() =>
      expect(canvas.getByText('9 tribunais obrigatórios sem autenticador validado')).toBeVisible(),
    )
    await expect(canvas.getByText('23 cadastros faltando · 1 pendente de confirmação')).toBeVisible()
    const compliance = canvas.getByRole('table', { name: 'Tribunais com 2FA obrigatório' })
    await expect(
      within(compliance).getByRole('rowheader', { name: /TRF4 · JFRS · JFSC · JFPR/ }),
    ).toBeVisible()
    await expect(canvas.getByRole('tab', { name: 'Conformidade' })).toHaveAttribute('aria-selected', 'true')
  },
}

export const TenThousandRows: Story = {
  name: '10,000 rows',
  args: { defaultSort: { by: 'login', direction: 'asc' } },
  parameters: { a2f: { many: 10_000 } },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(credentialRows(canvasElement).length).toBeGreaterThan(0), { timeout: 20_000 })
    const grid = table(canvasElement)
    // 10,000 credentials + the column header row.
    await expect(grid).toHaveAttribute('aria-rowcount', '10001')
    await expect(credentialRows(canvasElement).length).toBeLessThan(100)
    grid.scrollTop = grid.scrollHeight
    await waitFor(() => expect(within(grid).getByText('OAB109999')).toBeVisible())
    const last = within(grid).getByText('OAB109999').closest('[role="row"]')!
    await expect(last).toHaveAttribute('aria-rowindex', '10001')
    await expect(credentialRows(canvasElement).length).toBeLessThan(100)
  },
}

export const ThousandRows: Story = {
  name: '1,000 rows',
  parameters: { a2f: { many: 1_000 } },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(credentialRows(canvasElement).length).toBeGreaterThan(0), { timeout: 10_000 })
    await expect(table(canvasElement)).toHaveAttribute('aria-rowcount', '1001')
    await expect(credentialRows(canvasElement).length).toBeLessThan(60)
    await expect(within(canvasElement).getByText('1.000 credenciais')).toBeVisible()
  },
}

export const English: Story = {
  parameters: { a2f: { locale: 'en' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await waitFor(() => expect(credentialRows(canvasElement).length).toBe(5))
    await expect(canvas.getByRole('table', { name: '2FA credentials' })).toBeVisible()
    await expect(canvas.getByRole('tab', { name: 'Compliance' })).toBeVisible()
    await expect(canvas.getByRole('button', { name: 'Actions for TRF4 · RS054321' })).toBeVisible()
  },
}

export const Spanish: Story = {
  parameters: { a2f: { locale: 'es' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await waitFor(() => expect(credentialRows(canvasElement).length).toBe(5))
    await expect(canvas.getByRole('table', { name: 'Credenciales 2FA' })).toBeVisible()
    await expect(trf4Row(canvasElement)).toHaveTextContent('eproc · 2.ª instancia')
  },
}

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await loaded(canvasElement)
    await expect(canvasElement.querySelector('[data-a2f-theme="dark"]')).not.toBeNull()
    const background = getComputedStyle(table(canvasElement)).backgroundColor
    await expect(background).toBe('rgb(17, 22, 29)')
  },
}
