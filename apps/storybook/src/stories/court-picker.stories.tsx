/**
 * CourtPicker (step 1 of enrolment) and CourtDetails: the whole registry grouped by 2FA status, a
 * search, choosing with the keyboard, the notes on the chosen court (shared authenticator, warning,
 * personal e-mail, login link), an e-mail-code court, no results, English and Spanish.
 */
import { CourtDetails, CourtPicker, type CourtPickerProps } from '@a2f/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState } from 'react'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'

/** The picker as the wizard uses it: controlled, with the chosen court's details below. */
function PickerWithDetails(props: CourtPickerProps) {
  const { defaultValue, onValueChange, ...rest } = props
  const [systemId, setSystemId] = useState(defaultValue)
  return (
    <div style={{ display: 'grid', gap: 16, maxWidth: 680 }}>
      <CourtPicker
        {...rest}
        value={systemId}
        onValueChange={(id, system) => {
          setSystemId(id)
          onValueChange?.(id, system)
        }}
      />
      {systemId !== undefined && <CourtDetails systemId={systemId} />}
    </div>
  )
}

const optionIds = (canvasElement: HTMLElement) =>
  within(canvasElement)
    .queryAllByRole('option')
    .map((option) => option.dataset.systemId)

const meta = {
  title: 'Widgets/CourtPicker',
  component: CourtPicker,
  tags: ['autodocs'],
  args: { onValueChange: fn() },
  render: (args) => <PickerWithDetails {...args} />,
  parameters: {
    a2f: { credentials: [] },
    docs: {
      description: {
        component:
          'Choose the court system a key is for. Search is accent- and case-insensitive ("trf 4", "parana", "são paulo"); results are grouped by 2FA status, mandatory first. ↑/↓, Home/End and Enter work from the field (ARIA combobox). Each option shows the 2FA status, since when, and when that fact was checked against its source. `CourtDetails` (shown below in these stories) explains the chosen court.',
      },
    },
  },
} satisfies Meta<typeof CourtPicker>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const input = canvas.getByRole('combobox', { name: 'Tribunal e sistema' })
    await expect(input).toHaveAttribute('aria-expanded', 'true')
    const list = canvas.getByRole('listbox', { name: 'Sistemas de tribunais' })
    await expect(within(list).getByRole('group', { name: '2FA obrigatório' })).toBeVisible()
    await expect(within(list).getByRole('group', { name: '2FA não informado' })).toBeInTheDocument()
    await expect(optionIds(canvasElement).length).toBeGreaterThan(30)
    await expect(canvasElement.querySelector('.a2f-court-details')).toBeNull()
  },
}

export const Searching: Story = {
  name: 'Searching ("trf 4")',
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    const input = canvas.getByRole('combobox')
    await userEvent.type(input, 'trf 4')
    await expect(optionIds(canvasElement)).toEqual(['trf4-eproc'])
    const option = canvas.getByRole('option')
    await expect(input).toHaveAttribute('aria-activedescendant', option.id)
    await expect(option).toHaveTextContent('Tribunal Regional Federal da 4ª Região')
    await expect(option.querySelector('.a2f-badge')).toHaveAttribute('data-status', 'mandatory')
    await expect(option).toHaveTextContent('desde 22/04/2024')
    await expect(option).toHaveTextContent('conferido em 04/12/2026')
    await expect(args.onValueChange).not.toHaveBeenCalled()
  },
}

export const AccentInsensitive: Story = {
  name: 'Searching without accents ("parana", "sao paulo")',
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('combobox')
    await userEvent.type(input, 'parana')
    await expect(optionIds(canvasElement)).toEqual(['jfpr-eproc', 'tjpr-projudi', 'tjpr-eproc-1g'])
    await userEvent.clear(input)
    await userEvent.type(input, 'são paulo')
    await expect(optionIds(canvasElement)).toEqual(['tjsp-esaj', 'tjsp-eproc-1g', 'tjsp-eproc-2g'])
  },
}

export const KeyboardSelection: Story = {
  name: 'Choosing with the keyboard',
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    const input = canvas.getByRole('combobox')
    await userEvent.type(input, 'parana')
    await userEvent.keyboard('{End}{ArrowUp}{Enter}')
    await expect(args.onValueChange).toHaveBeenCalledWith(
      'tjpr-projudi',
      expect.objectContaining({ id: 'tjpr-projudi' }),
    )
    await expect(canvas.getByRole('option', { selected: true })).toHaveAttribute(
      'data-system-id',
      'tjpr-projudi',
    )
    await expect(input).toHaveFocus()
    await expect(canvasElement.querySelector('.a2f-court-details')).toHaveAttribute(
      'data-system-id',
      'tjpr-projudi',
    )
  },
}

export const SelectedWithDetails: Story = {
  name: 'Selected, with details (TRF4 group)',
  args: { defaultValue: 'trf4-eproc' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('option', { selected: true })).toHaveAttribute(
      'data-system-id',
      'trf4-eproc',
    )
    const details = canvasElement.querySelector<HTMLElement>('.a2f-court-details')!
    await expect(details.querySelector('[data-kind="shared-group"]')).toHaveTextContent(
      'Um mesmo autenticador serve TRF4, JFRS, JFSC e JFPR: basta cadastrá-lo uma vez.',
    )
    await expect(details.querySelector('[data-kind="warning"]')).toHaveTextContent(
      /exclua-o ou desative a autenticação em dois fatores no site do tribunal/,
    )
    await expect(details.querySelector('[data-kind="personal-email"]')).toHaveTextContent(
      '"jus.br" e "gov.br"',
    )
    const link = within(details).getByRole('link', {
      name: /Abrir a página de login \(TRF4 .*\) \(abre em nova aba\)/,
    })
    await expect(link).toHaveAttribute('href', 'https://eproc.trf4.jus.br/eproc2trf4/')
    await expect(link).toHaveAttribute('target', '_blank')
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer')
    await expect(details).toHaveTextContent('Fonte da situação do 2FA: oabpr.org.br; amazonasdireito.com.br')
  },
}

export const EmailCodeCourt: Story = {
  name: 'E-mail code court (TJSP e-SAJ)',
  args: { defaultValue: 'tjsp-esaj' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.type(canvas.getByRole('combobox'), 'tjsp')
    const esaj = canvas.getByRole('option', { selected: true })
    await expect(esaj).toHaveAttribute('data-system-id', 'tjsp-esaj')
    await expect(esaj).toHaveTextContent('código por e-mail (sem chave de autenticador)')
    const details = canvasElement.querySelector<HTMLElement>('.a2f-court-details')!
    await expect(details.querySelector('[data-kind="email-code"]')).toHaveTextContent(
      'Este sistema envia o código por e-mail a cada login: não há chave de autenticador para cadastrar.',
    )
    await expect(details.querySelector('[data-kind="warning"]')).toBeNull()
    await expect(details.querySelector('[data-kind="shared-group"]')).toBeNull()
  },
}

export const NoResults: Story = {
  name: 'No results',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const input = canvas.getByRole('combobox')
    await userEvent.type(input, 'tribunal de marte')
    await expect(canvas.queryByRole('listbox')).toBeNull()
    await expect(input).toHaveAttribute('aria-expanded', 'false')
    await expect(canvas.getByRole('status')).toHaveTextContent(
      'Nenhum sistema de tribunal encontrado para «tribunal de marte».',
    )
    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(canvas.getAllByRole('option').length).toBeGreaterThan(30))
  },
}

export const English: Story = {
  parameters: { a2f: { credentials: [], locale: 'en' } },
  args: { defaultValue: 'trf4-eproc' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.type(canvas.getByRole('combobox', { name: 'Court and system' }), 'trf 4')
    await expect(canvas.getByRole('option')).toHaveTextContent('Mandatory')
    await expect(canvas.getByRole('option')).toHaveTextContent('since 04/22/2024')
    await expect(canvasElement.querySelector('[data-kind="shared-group"]')).toHaveTextContent(
      'One authenticator serves TRF4, JFRS, JFSC, and JFPR: register it only once.',
    )
  },
}

export const Spanish: Story = {
  parameters: { a2f: { credentials: [], locale: 'es' } },
  args: { defaultValue: 'tjsp-esaj' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('combobox', { name: 'Tribunal y sistema' })).toBeVisible()
    await expect(canvas.getByRole('group', { name: '2FA obligatorio' })).toBeVisible()
    await expect(canvasElement.querySelector('[data-kind="email-code"]')).toHaveTextContent(
      'Este sistema envía un código por correo electrónico en cada inicio de sesión',
    )
  },
}

export const DarkTheme: Story = {
  name: 'Dark theme',
  globals: { theme: 'dark' },
  args: { defaultValue: 'trf4-eproc' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-a2f-theme="dark"]')).not.toBeNull()
    await expect(within(canvasElement).getByRole('option', { selected: true })).toBeVisible()
  },
}
