/**
 * The credential grid's state as a pure reducer, in the manner of Downshift's `useCombobox` reducer: the
 * query (search, filters, sort, grouping), the selection of rows, and the row action waiting for a
 * confirmation (removing a credential asks first). `selectGridRows` turns the loaded credentials into
 * the rows to draw with the same search, filters, sort and groups as the shipped `CredentialGrid`
 * (grid-rows.ts: one implementation).
 *
 * @example
 * let state = initialGridState()
 * state = gridReducer(state, { type: 'search', text: 'trf4' })
 * state = gridReducer(state, { type: 'sort', by: 'owner' })          // asc; again: desc
 * state = gridReducer(state, { type: 'request', action: 'remove', id }) // pending: confirm or dismiss
 * const { rows, matches } = selectGridRows(models, state, collator, texts)
 */
import { searchWords } from '../grid/fold-text.js'
import { buildGridRows, type GroupTexts, type GridRow } from '../grid/grid-rows.js'
import type { GridAction, GridGroupBy, GridSort, GridSortKey, GridStatusFilter } from '../grid/grid-types.js'
import type { GridRowModel } from '../grid/row-model.js'

/** Actions that change the store for good: they wait for a confirmation. */
export const CONFIRMED_ACTIONS: readonly GridAction[] = ['remove']

export interface GridState {
  search: string
  status: GridStatusFilter
  /** A `systemId`, '' for all. */
  systemId: string
  /** An owner, '' for all. */
  owner: string
  sort: GridSort
  groupBy: GridGroupBy
  /** Ids of the selected credentials. */
  selected: readonly string[]
  /** An action waiting for the user's confirmation. */
  pending: { action: GridAction; id: string } | null
}

export type GridEvent =
  | { type: 'search'; text: string }
  | { type: 'filter'; status?: GridStatusFilter; systemId?: string; owner?: string }
  /** Sorts by `by`: ascending first, the direction flips when it is already the key (or `direction`). */
  | { type: 'sort'; by: GridSortKey; direction?: GridSort['direction'] }
  | { type: 'groupBy'; groupBy: GridGroupBy }
  | { type: 'toggleRow'; id: string }
  /** Selects `ids` (the visible rows), or clears them when all are selected already. */
  | { type: 'toggleAll'; ids: readonly string[] }
  | { type: 'clearSelection' }
  /** A row action: confirmed ones become `pending`, the others leave the state as it is. */
  | { type: 'request'; action: GridAction; id: string }
  /** The pending action is done or refused: it goes. */
  | { type: 'settle' }
  /** Keeps only the selected ids still loaded (after a refetch or a removal). */
  | { type: 'prune'; ids: readonly string[] }
  | { type: 'reset' }

export function initialGridState(defaults: Partial<Pick<GridState, 'sort' | 'groupBy'>> = {}): GridState {
  return {
    search: '',
    status: 'all',
    systemId: '',
    owner: '',
    sort: defaults.sort ?? { by: 'court', direction: 'asc' },
    groupBy: defaults.groupBy ?? 'none',
    selected: [],
    pending: null,
  }
}

export function gridReducer(state: GridState, event: GridEvent): GridState {
  switch (event.type) {
    case 'search':
      return event.text === state.search ? state : { ...state, search: event.text }
    case 'filter': {
      const { type: _type, ...filters } = event
      const defined = Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined))
      return { ...state, ...defined }
    }
    case 'sort': {
      const direction =
        event.direction ??
        (state.sort.by === event.by
          ? state.sort.direction === 'asc'
            ? 'desc'
            : 'asc'
          : // The last change is worth seeing first; every other column starts A→Z.
            event.by === 'updated'
            ? 'desc'
            : 'asc')
      return { ...state, sort: { by: event.by, direction } }
    }
    case 'groupBy':
      return { ...state, groupBy: event.groupBy }
    case 'toggleRow':
      return {
        ...state,
        selected: state.selected.includes(event.id)
          ? state.selected.filter((id) => id !== event.id)
          : [...state.selected, event.id],
      }
    case 'toggleAll': {
      const all = event.ids.length > 0 && event.ids.every((id) => state.selected.includes(id))
      return {
        ...state,
        selected: all
          ? state.selected.filter((id) => !event.ids.includes(id))
          : [...new Set([...state.selected, ...event.ids])],
      }
    }
    case 'clearSelection':
      return state.selected.length === 0 ? state : { ...state, selected: [] }
    case 'request':
      return CONFIRMED_ACTIONS.includes(event.action)
        ? { ...state, pending: { action: event.action, id: event.id } }
        : state
    case 'settle':
      return state.pending === null ? state : { ...state, pending: null }
    case 'prune': {
      const kept = state.selected.filter((id) => event.ids.includes(id))
      const pending = state.pending && event.ids.includes(state.pending.id) ? state.pending : null
      return kept.length === state.selected.length && pending === state.pending
        ? state
        : { ...state, selected: kept, pending }
    }
    case 'reset':
      return initialGridState({ sort: state.sort, groupBy: state.groupBy })
  }
}

/** Whether the selection holds all of `ids`, some, or none (the select-all checkbox). */
export function selectionState(state: GridState, ids: readonly string[]): 'all' | 'some' | 'none' {
  const count = ids.filter((id) => state.selected.includes(id)).length
  return count === 0 ? 'none' : count === ids.length ? 'all' : 'some'
}

export interface GridView {
  rows: GridRow[]
  /** Credentials that pass the search and filters. */
  matches: number
  /** Their ids, in row order (for select-all). */
  ids: string[]
}

/** The rows to draw for `state` (with `search` as given: defer it in React for large lists). Pure. */
export function selectGridRows(
  models: readonly GridRowModel[],
  state: Pick<GridState, 'search' | 'status' | 'systemId' | 'owner' | 'sort' | 'groupBy'>,
  collator: Intl.Collator,
  texts: GroupTexts,
): GridView {
  const { rows, matches } = buildGridRows(
    models,
    { words: searchWords(state.search), status: state.status, systemId: state.systemId, owner: state.owner },
    state.sort,
    state.groupBy,
    collator,
    texts,
  )
  const ids = rows.flatMap((row) => (row.kind === 'credential' ? [row.model.credential.id] : []))
  return { rows, matches, ids }
}
