/**
 * Build your own: the credential grid drawn with a host's own table, through `@a2f/react/headless`
 * alone. `useGridState` holds the search, filters, sorting and selection (`gridReducer`) over the
 * provider's credentials and runs 'validate' and 'remove' (after its confirmation); its prop getters
 * wire the search box to the table, `aria-sort` on the headers, `aria-selected` and a 'mixed' select-all,
 * and the removal's `role="alertdialog"`. Each row's live code is `useCountdownMachine`'s.
 */
import type { CredentialSummary } from '@a2f/storage'
import { useCountdownMachine, useGridState } from '@a2f/react/headless'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { SAMPLE_CREDENTIALS } from '@fixtures'
import './build-your-own.css'

const STATUS = { validated: 'Validada', pending: 'Pendente', revoked: 'Revogada' } as Record<string, string>

function RowCode({ credential }: { credential: CredentialSummary }) {
  const code = useCountdownMachine({
    credentialId: credential.id,
    resolution: 'phase',
    labels: { label: `Código de ${credential.issuer}` },
  })
  return (
    <span {...code.getRootProps({ className: 'flex items-center gap-2' })}>
      <span {...code.getCodeProps({ className: 'font-mono' })}>{code.groupedCode}</span>
      <span {...code.getSpokenCodeProps()}>{code.spokenCode}</span>
    </span>
  )
}

function HostGrid() {
  const grid = useGridState()
  const pending = grid.pendingCredential
  if (grid.credentials.isPending) return <p role="status">Carregando…</p>
  return (
    <div className="flex flex-col gap-2">
      <div className="flex items-center gap-2">
        <label className="flex items-center gap-2">
          Buscar
          <input {...grid.getSearchInputProps({ className: 'border rounded-lg px-3 py-1' })} />
        </label>
        <span {...grid.getStatusProps({ className: 'text-sm text-slate-600' })}>
          {grid.matches} credenciais
        </span>
      </div>
      <table {...grid.getTableProps({ className: 'w-full' })}>
        <thead>
          <tr>
            <th>
              <input {...grid.getSelectAllCheckboxProps({ 'aria-label': 'Selecionar todas' })} />
            </th>
            <th {...grid.getColumnHeaderProps('court')}>
              <button {...grid.getSortButtonProps('court')}>Tribunal</button>
            </th>
            <th {...grid.getColumnHeaderProps('login')}>
              <button {...grid.getSortButtonProps('login')}>Login</button>
            </th>
            <th {...grid.getColumnHeaderProps('status')}>
              <button {...grid.getSortButtonProps('status')}>Situação</button>
            </th>
            <th>Código</th>
            <th>Ações</th>
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((row) =>
            row.kind === 'group' ? (
              <tr key={`g-${row.key}`}>
                <th colSpan={6}>{row.label}</th>
              </tr>
            ) : (
              <tr key={row.model.credential.id} {...grid.getRowProps(row.model.credential)}>
                <td>
                  <input
                    {...grid.getRowCheckboxProps(row.model.credential, {
                      'aria-label': `Selecionar ${row.model.rowName}`,
                    })}
                  />
                </td>
                <td>{row.model.court}</td>
                <td className="font-mono">{row.model.credential.account}</td>
                <td>{STATUS[row.model.credential.status] ?? row.model.credential.status}</td>
                <td>
                  <RowCode credential={row.model.credential} />
                </td>
                <td>
                  <button
                    {...grid.getActionButtonProps('remove', row.model.credential, {
                      'aria-label': `Remover ${row.model.rowName}`,
                    })}
                  >
                    Remover
                  </button>
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
      {pending && (
        <div {...grid.getConfirmDialogProps({ className: 'flex flex-col gap-2 rounded-lg border p-4' })}>
          <h2 {...grid.getConfirmTitleProps()}>
            Remover {pending.issuer} · {pending.account}?
          </h2>
          <div className="flex gap-2">
            <button {...grid.getDismissButtonProps({ className: 'rounded-lg border px-3 py-1' })}>
              Cancelar
            </button>
            <button {...grid.getConfirmButtonProps({ className: 'rounded-lg bg-indigo-600 px-3 py-1' })}>
              Remover
            </button>
          </div>
        </div>
      )}
    </div>
  )
}

const meta = {
  title: 'Build your own/Headless grid',
  parameters: {
    a2f: { credentials: SAMPLE_CREDENTIALS },
    docs: {
      description: {
        component:
          'The credential grid rebuilt with a host table through `@a2f/react/headless` only: `useGridState` (search, filters, sort, selection, validate and confirmed remove) and `useCountdownMachine` per row. No a2f widget or class is rendered.',
      },
    },
  },
  decorators: [(Story) => <div className="byo">{Story()}</div>],
} satisfies Meta

export default meta
type Story = StoryObj<typeof meta>

export const Grid: Story = {
  name: 'Credential grid (useGridState)',
  render: () => <HostGrid />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const table = await canvas.findByRole('table')
    const rows = () => within(table).getAllByRole('row').slice(1)
    await waitFor(() => expect(rows().length).toBe(SAMPLE_CREDENTIALS.length))
    await expect(canvas.getByRole('status')).toHaveTextContent(`${SAMPLE_CREDENTIALS.length} credenciais`)

    // The search box narrows the table it controls.
    const search = canvas.getByRole('searchbox')
    await expect(search).toHaveAttribute('aria-controls', table.id)
    await userEvent.type(search, 'sc012345')
    await waitFor(() => expect(rows().length).toBe(1))
    await expect(rows()[0]).toHaveTextContent('TJSC')
    await userEvent.clear(search)
    await waitFor(() => expect(rows().length).toBe(SAMPLE_CREDENTIALS.length))

    // Selecting one row makes select-all 'mixed'.
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Selecionar TRF4 · RS054321' }))
    await expect(canvas.getByRole('checkbox', { name: 'Selecionar todas' })).toBePartiallyChecked()

    // Removal waits for its confirmation, then the row is gone.
    await userEvent.click(canvas.getByRole('button', { name: 'Remover TJSC · SC012345' }))
    const dialog = canvas.getByRole('alertdialog', { name: 'Remover TJSC · SC012345?' })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remover' }))
    await waitFor(() => expect(rows().length).toBe(SAMPLE_CREDENTIALS.length - 1))
    await expect(canvas.queryByText('SC012345')).toBeNull()
    await expect(canvasElement.querySelector('.byo [class*="a2f-"]')).toBeNull()
  },
}
