/**
 * The toolbar above the credential grid: search (accent-insensitive, over court, issuer, login, owner and
 * label), filters by status, court system and owner, sort and grouping, the count of rows shown, and one
 * shared countdown for every 30-second code (instead of a timer per row).
 *
 * @example
 * <GridToolbar filters={filters} onFiltersChange={change} systems={systems} owners={owners} … />
 */
import { useId } from 'react'
import { PeriodCountdown } from '../countdown/period-countdown.js'
import { useCommonMessages } from '../i18n/common-messages.js'
import { useGridMessages } from './messages.js'
import { NONE_VALUE } from './grid-rows.js'
import type { GridGroupBy, GridSort, GridSortKey, GridStatusFilter } from './grid-types.js'

export interface GridToolbarFilters {
  search: string
  status: GridStatusFilter
  systemId: string
  owner: string
}

/** A select option: value and text. */
type Option = readonly [value: string, text: string]

export interface GridToolbarProps {
  filters: GridToolbarFilters
  onFiltersChange: (change: Partial<GridToolbarFilters>) => void
  /** Court systems present in the credentials: `systemId` and 'TRF4 · eproc · 2º grau'. */
  systems: readonly Option[]
  /** Whether some credentials have no court system (offers a "Sem tribunal" filter). */
  hasNoSystem: boolean
  owners: readonly string[]
  hasNoOwner: boolean
  /** False when the grid shows a single owner (`owner` prop). */
  showOwnerFilter: boolean
  sort: GridSort
  /** A new key sorts in its natural direction; the current key flips the direction. */
  onSort: (by: GridSortKey) => void
  groupBy: GridGroupBy
  onGroupByChange: (groupBy: GridGroupBy) => void
  shown: number
  total: number
}

const SORT_KEYS: readonly GridSortKey[] = ['court', 'login', 'owner', 'status', 'updated']
const GROUP_OPTIONS: readonly GridGroupBy[] = ['none', 'authenticator-group', 'owner']

export function GridToolbar(props: GridToolbarProps) {
  const grid = useGridMessages()
  const common = useCommonMessages()
  const { filters, onFiltersChange, sort } = props
  const countId = useId()
  const directionLabel = sort.direction === 'asc' ? grid.sortAscending : grid.sortDescending

  /** A labelled select of the toolbar. */
  const select = (label: string, value: string, onChange: (value: string) => void, options: Option[]) => (
    <label className="a2f-field">
      <span>{label}</span>
      <select value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        {options.map(([optionValue, text]) => (
          <option key={optionValue} value={optionValue}>
            {text}
          </option>
        ))}
      </select>
    </label>
  )
  /** The filter's own options, after "all" and before the "none" option when some credentials lack one. */
  const filter = (
    key: 'status' | 'systemId' | 'owner',
    label: string,
    options: readonly Option[],
    none?: string | false,
  ) =>
    select(label, filters[key], (value) => onFiltersChange({ [key]: value }), [
      ...options,
      ...(none ? [[NONE_VALUE, none] as const] : []),
    ])

  return (
    <div className="a2f-grid-toolbar" role="group" aria-label={grid.toolbarLabel}>
      <label className="a2f-field a2f-grid-search">
        <span>{grid.searchLabel}</span>
        <input
          type="search"
          value={filters.search}
          placeholder={grid.searchPlaceholder}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={countId}
          onChange={(event) => onFiltersChange({ search: event.currentTarget.value })}
        />
      </label>
      {filter('status', grid.statusFilterLabel, [
        ['all', grid.statusAll],
        ['pending', common.credentialStatus.pending],
        ['validated', common.credentialStatus.validated],
      ])}
      {filter(
        'systemId',
        grid.systemFilterLabel,
        [['', grid.systemAll], ...props.systems],
        props.hasNoSystem && grid.noSystem,
      )}
      {props.showOwnerFilter
        ? filter(
            'owner',
            grid.ownerFilterLabel,
            [['', grid.ownerAll], ...props.owners.map((owner) => [owner, owner] as const)],
            props.hasNoOwner && grid.noOwner,
          )
        : null}
      <div className="a2f-grid-sort">
        {select(
          grid.sortLabel,
          sort.by,
          (by) => props.onSort(by as GridSortKey),
          SORT_KEYS.map((key) => [key, grid.sortKeys[key]]),
        )}
        <button
          type="button"
          className="a2f-button a2f-grid-direction"
          data-direction={sort.direction}
          aria-label={directionLabel}
          title={directionLabel}
          onClick={() => props.onSort(sort.by)}
        >
          <span aria-hidden="true">{sort.direction === 'asc' ? '↑' : '↓'}</span>
        </button>
      </div>
      {select(
        grid.groupByLabel,
        props.groupBy,
        (value) => props.onGroupByChange(value as GridGroupBy),
        GROUP_OPTIONS.map((option) => [option, grid.groupByOptions[option]]),
      )}
      <div className="a2f-grid-toolbar-end">
        <span id={countId} className="a2f-grid-count">
          {grid.resultCount(props.shown, props.total)}
        </span>
        <div className="a2f-grid-period">
          <PeriodCountdown period={30} variant="bar" />
          <span className="a2f-grid-sub">{grid.periodNote(30)}</span>
        </div>
      </div>
    </div>
  )
}
