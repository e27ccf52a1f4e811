/**
 * AuthenticatorList, a lawyer's personal area: one lawyer's codes, masked codes, search, copy, a whole
 * office, and the empty, loading and error states, in dark and in English.
 */
import { totp } from '@a2f/core'
import { AuthenticatorList } from '@a2f/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, spyOn, userEvent, waitFor, within } from 'storybook/test'
import { EPROC_EXAMPLE_KEY, FIXED_NOW, OWNERS } from '@fixtures'

const ANA = OWNERS[0]!
const TRF4_CODE = totp(EPROC_EXAMPLE_KEY, { timestamp: FIXED_NOW })
const grouped = (code: string) => `${code.slice(0, 3)} ${code.slice(3)}`

const issuers = (canvasElement: HTMLElement) =>
  Array.from(canvasElement.querySelectorAll('.a2f-authenticators-issuer'), (element) => element.textContent)
const card = (canvasElement: HTMLElement, issuer: string) =>
  Array.from(canvasElement.querySelectorAll<HTMLElement>('.a2f-authenticators-item')).find(
    (item) => item.querySelector('.a2f-authenticators-issuer')?.textContent === issuer,
  )!
const digitsOf = (canvasElement: HTMLElement, issuer: string) =>
  card(canvasElement, issuer)?.querySelector('.a2f-authenticators-digits')?.textContent

/** Waits until every card shows its code. */
const codesShown = (canvasElement: HTMLElement) =>
  waitFor(() => {
    const items = canvasElement.querySelectorAll<HTMLElement>('.a2f-authenticators-item')
    expect(items.length).toBeGreaterThan(0)
    for (const item of Array.from(items)) expect(item.dataset.state).toBe('running')
  })

const meta = {
  title: 'Widgets/AuthenticatorList',
  component: AuthenticatorList,
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          'A lawyer’s personal area, like an authenticator app: live codes per court account, tap or Enter to copy, search by court, acronym or account (accents do not matter), and "Ocultar códigos" for shared screens. One shared countdown when every code has the same period. Nothing renders per second.',
      },
    },
  },
} satisfies Meta<typeof AuthenticatorList>

export default meta
type Story = StoryObj<typeof meta>

export const LawyersArea: Story = {
  name: 'Lawyer’s area (one owner)',
  args: { owner: ANA },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await codesShown(canvasElement)
    await expect(issuers(canvasElement)).toEqual(['TJRS', 'TRF4'])
    await expect(canvas.getByText('Tribunal Regional Federal da 4ª Região')).toBeVisible()
    await expect(digitsOf(canvasElement, 'TRF4')).toBe(grouped(TRF4_CODE))
    await expect(canvas.getAllByRole('timer')).toHaveLength(1)
  },
}

export const WholeOffice: Story = {
  name: 'Whole office (pending badge, court-less credential)',
  play: async ({ canvasElement }) => {
    await codesShown(canvasElement)
    await expect(issuers(canvasElement)).toEqual(['Intranet do escritório', 'TJRS', 'TJSC', 'TRF2', 'TRF4'])
    await expect(within(card(canvasElement, 'TJSC')).getByText('Pendente')).toBeVisible()
  },
}

export const HiddenCodes: Story = {
  args: { owner: ANA, defaultHideCodes: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await codesShown(canvasElement)
    await expect(canvas.getByRole('button', { name: 'Ocultar códigos' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    await expect(digitsOf(canvasElement, 'TRF4')).toBe('••• •••')
    await expect(canvasElement.textContent).not.toContain(grouped(TRF4_CODE))
    await userEvent.click(canvas.getByRole('button', { name: 'Mostrar código — TRF4, RS054321' }))
    await expect(digitsOf(canvasElement, 'TRF4')).toBe(grouped(TRF4_CODE))
    await expect(digitsOf(canvasElement, 'TJRS')).toBe('••• •••')
  },
}

export const Search: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await codesShown(canvasElement)
    const search = canvas.getByRole('searchbox', { name: 'Buscar autenticador' })
    await userEvent.type(search, 'justica')
    await expect(issuers(canvasElement)).toEqual(['TJRS', 'TJSC'])
    await userEvent.clear(search)
    await userEvent.type(search, 'stf')
    await expect(canvas.getByText('Nenhum autenticador encontrado para “stf”.')).toBeVisible()
  },
}

export const CopyCode: Story = {
  name: 'Copy a code (click, then Enter)',
  args: { owner: ANA },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await codesShown(canvasElement)
    const writeText = navigator.clipboard
      ? spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined)
      : undefined
    try {
      const button = card(canvasElement, 'TRF4').querySelector<HTMLButtonElement>('[data-code-button]')!
      await userEvent.click(button)
      await waitFor(() => expect(button).toHaveAttribute('data-state', 'copied'))
      await expect(within(card(canvasElement, 'TRF4')).getByText('Copiado')).toBeVisible()
      await expect(canvas.getByRole('status')).toHaveTextContent('Código de TRF4 copiado')
      if (writeText) await expect(writeText).toHaveBeenCalledWith(TRF4_CODE)
      await userEvent.keyboard('{ArrowUp}')
      const tjrs = card(canvasElement, 'TJRS').querySelector<HTMLButtonElement>('[data-code-button]')!
      await expect(tjrs).toHaveFocus()
      await userEvent.keyboard('{Enter}')
      await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Código de TJRS copiado'))
    } finally {
      writeText?.mockRestore()
    }
  },
}

export const Empty: Story = {
  parameters: { a2f: { credentials: [] } },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(within(canvasElement).getByText('Nenhum autenticador cadastrado.')).toBeVisible(),
    )
  },
}

export const Loading: Story = {
  parameters: { a2f: { store: 'loading' } },
  play: async ({ canvasElement }) => {
    const region = within(canvasElement).getByRole('region', { name: 'Meus autenticadores' })
    await expect(region).toHaveAttribute('data-state', 'loading')
    await expect(within(region).getByText('Carregando…')).toBeVisible()
  },
}

export const LoadError: Story = {
  name: 'Error (store unavailable)',
  parameters: { a2f: { store: 'failing' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await waitFor(() => expect(canvas.getByText(/Não foi possível carregar os autenticadores/)).toBeVisible())
    await expect(canvas.getByRole('button', { name: 'Tentar novamente' })).toBeVisible()
  },
}

export const ManyAuthenticators: Story = {
  name: 'Many authenticators (120)',
  parameters: { a2f: { many: 120 } },
  play: async ({ canvasElement }) => {
    await codesShown(canvasElement)
    await expect(canvasElement.querySelectorAll('.a2f-authenticators-item')).toHaveLength(120)
    await expect(within(canvasElement).getAllByRole('timer')).toHaveLength(1)
  },
}

export const Dark: Story = {
  args: { owner: ANA },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await codesShown(canvasElement)
    const item = card(canvasElement, 'TRF4')
    await expect(getComputedStyle(item).backgroundColor).toBe('rgb(17, 22, 29)')
  },
}

export const English: Story = {
  parameters: { a2f: { locale: 'en' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await codesShown(canvasElement)
    await expect(canvas.getByText('5 authenticators')).toBeVisible()
    await expect(canvas.getByRole('button', { name: 'Hide codes' })).toBeVisible()
    await expect(canvas.getByRole('searchbox', { name: 'Search authenticators' })).toBeVisible()
  },
}
