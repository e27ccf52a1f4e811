/**
 * Prop getters for the grid state (`gridReducer`): the search box and filters controlling the table,
 * sortable column headers (`aria-sort`), selectable rows (`aria-selected`, a select-all checkbox that is
 * 'mixed' when some are), row action buttons, and the confirmation of a removal (`role="alertdialog"`).
 * Pure: state, dispatch and the drawn rows in, props out.
 *
 * @example
 * const api = connectGrid(state, dispatch, view, { id: 'grid', onAction: run })
 * <input {...api.getSearchInputProps({ className: 'input' })} />
 * <th {...api.getColumnHeaderProps('court')}><button {...api.getSortButtonProps('court')}>Tribunal</button></th>
 */
import type { CredentialSummary } from '@a2f/storage'
import type { ChangeEvent } from 'react'
import type { GridAction, GridSortKey, GridStatusFilter } from '../grid/grid-types.js'
import { selectionState, type GridEvent, type GridState, type GridView } from './grid-state.js'
import { mergeProps, part, type ElementProps } from './prop-getters.js'

export interface ConnectGridOptions {
  /** Base of the element ids (React's `useId()`). */
  id: string
  /** Runs an action the user started (after its confirmation, for confirmed ones). */
  onAction?: (action: GridAction, credential: CredentialSummary) => void
  /** Finds a loaded credential by id (the pending action's). */
  find?: (id: string) => CredentialSummary | undefined
}

export interface GridApi extends GridView {
  state: GridState
  send: (event: GridEvent) => void
  /** The credential whose action waits for a confirmation. */
  pendingCredential: CredentialSummary | undefined
  getSearchInputProps(props?: ElementProps): ElementProps
  getStatusFilterProps(props?: ElementProps): ElementProps
  getTableProps(props?: ElementProps): ElementProps
  getColumnHeaderProps(key: GridSortKey, props?: ElementProps): ElementProps
  getSortButtonProps(key: GridSortKey, props?: ElementProps): ElementProps
  getRowProps(credential: CredentialSummary, props?: ElementProps): ElementProps
  getRowCheckboxProps(credential: CredentialSummary, props?: ElementProps): ElementProps
  getSelectAllCheckboxProps(props?: ElementProps): ElementProps
  getActionButtonProps(action: GridAction, credential: CredentialSummary, props?: ElementProps): ElementProps
  /** How many credentials match, for a polite status line. */
  getStatusProps(props?: ElementProps): ElementProps
  getConfirmDialogProps(props?: ElementProps): ElementProps
  getConfirmTitleProps(props?: ElementProps): ElementProps
  getConfirmButtonProps(props?: ElementProps): ElementProps
  getDismissButtonProps(props?: ElementProps): ElementProps
}

const SCOPE = 'grid'

export function connectGrid(
  state: GridState,
  send: (event: GridEvent) => void,
  view: GridView,
  options: ConnectGridOptions,
): GridApi {
  const { id } = options
  const ids = { table: `${id}-table`, confirmTitle: `${id}-confirm-title` }
  const pendingCredential = state.pending ? options.find?.(state.pending.id) : undefined
  const selectAll = selectionState(state, view.ids)
  const selected = (credential: CredentialSummary) => state.selected.includes(credential.id)
  return {
    ...view,
    state,
    send,
    pendingCredential,
    getSearchInputProps: (props) =>
      mergeProps(
        {
          ...part(SCOPE, 'search'),
          type: 'search',
          value: state.search,
          'aria-controls': ids.table,
          onChange: (event: ChangeEvent<HTMLInputElement>) =>
            send({ type: 'search', text: event.target.value }),
        },
        props,
        ['value'],
      ),
    getStatusFilterProps: (props) =>
      mergeProps(
        {
          ...part(SCOPE, 'status-filter'),
          value: state.status,
          'aria-controls': ids.table,
          onChange: (event: ChangeEvent<HTMLSelectElement>) =>
            send({ type: 'filter', status: event.target.value as GridStatusFilter }),
        },
        props,
        ['value'],
      ),
    getTableProps: (props) =>
      mergeProps(
        {
          ...part(SCOPE, 'table'),
          id: ids.table,
          'aria-rowcount': view.matches,
          'data-state': view.matches === 0 ? 'empty' : 'filled',
        },
        props,
        ['id'],
      ),
    getColumnHeaderProps: (key, props) =>
      mergeProps(
        {
          ...part(SCOPE, 'column-header'),
          scope: 'col',
          'data-sort': key,
          'aria-sort':
            state.sort.by === key ? (state.sort.direction === 'asc' ? 'ascending' : 'descending') : 'none',
        },
        props,
        ['aria-sort'],
      ),
    getSortButtonProps: (key, props) =>
      mergeProps(
        {
          ...part(SCOPE, 'sort-button'),
          type: 'button',
          'data-state': state.sort.by === key ? state.sort.direction : 'none',
          onClick: () => send({ type: 'sort', by: key }),
        },
        props,
        ['type'],
      ),
    getRowProps: (credential, props) =>
      mergeProps(
        {
          ...part(SCOPE, 'row'),
          'aria-selected': selected(credential),
          'data-state': selected(credential) ? 'selected' : 'idle',
          'data-status': credential.status,
        },
        props,
        ['aria-selected'],
      ),
    getRowCheckboxProps: (credential, props) =>
      mergeProps(
        {
          ...part(SCOPE, 'row-checkbox'),
          type: 'checkbox',
          checked: selected(credential),
          onChange: () => send({ type: 'toggleRow', id: credential.id }),
        },
        props,
        ['type', 'checked'],
      ),
    getSelectAllCheckboxProps: (props) =>
      mergeProps(
        {
          ...part(SCOPE, 'select-all'),
          type: 'checkbox',
          checked: selectAll === 'all',
          'aria-checked': selectAll === 'some' ? 'mixed' : selectAll === 'all',
          'data-state': selectAll,
          disabled: view.ids.length === 0,
          ref: (element: HTMLInputElement | null) => {
            // 'mixed' is drawn by the DOM property only (there is no attribute for it).
            if (element) element.indeterminate = selectAll === 'some'
          },
          onChange: () => send({ type: 'toggleAll', ids: view.ids }),
        },
        props,
        ['type', 'checked', 'aria-checked'],
      ),
    getActionButtonProps: (action, credential, props) =>
      mergeProps(
        {
          ...part(SCOPE, 'action'),
          type: 'button',
          'data-action': action,
          disabled: action === 'validate' && credential.status === 'validated',
          onClick: () => {
            send({ type: 'request', action, id: credential.id })
            if (action !== 'remove') options.onAction?.(action, credential)
          },
        },
        props,
        ['type'],
      ),
    getStatusProps: (props) =>
      mergeProps({ ...part(SCOPE, 'status'), role: 'status', 'aria-live': 'polite' }, props, ['role']),
    getConfirmDialogProps: (props) =>
      mergeProps(
        {
          ...part(SCOPE, 'confirm-dialog'),
          role: 'alertdialog',
          'aria-modal': false,
          'aria-labelledby': ids.confirmTitle,
          hidden: !pendingCredential,
          'data-action': state.pending?.action,
        },
        props,
        ['role', 'aria-labelledby'],
      ),
    getConfirmTitleProps: (props) =>
      mergeProps({ ...part(SCOPE, 'confirm-title'), id: ids.confirmTitle }, props),
    getConfirmButtonProps: (props) =>
      mergeProps(
        {
          ...part(SCOPE, 'confirm-button'),
          type: 'button',
          onClick: () => {
            const credential = pendingCredential
            const action = state.pending?.action
            send({ type: 'settle' })
            if (credential && action) options.onAction?.(action, credential)
          },
        },
        props,
        ['type'],
      ),
    getDismissButtonProps: (props) =>
      mergeProps(
        { ...part(SCOPE, 'dismiss-button'), type: 'button', onClick: () => send({ type: 'settle' }) },
        props,
        ['type'],
      ),
  }
}
