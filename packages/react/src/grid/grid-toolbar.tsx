/**
 * The toolbar above the credential grid: search (accent-insensitive, over court, issuer, login, owner and
 * label), filters by status, court system and owner, sort and grouping, the count of rows shown, and one
 * shared countdown for every 30-second code (instead of a timer per row).
 *
 * @example
 * <GridToolbar state={toolbar} onChange={setToolbar} systems={systems} owners={owners} … />
 */
import { useId } from 'react'
import { PeriodCountdown } from '../countdown/period-countdown.js'
import { useMessages } from '../provider/a2f-context.js'
import { NONE_VALUE } from './grid-rows.js'
import type { GridGroupBy, GridSort, GridSortKey, GridStatusFilter } from './grid-types.js'

export interface GridToolbarFilters {
  search: string
  status: GridStatusFilter
  systemId: string
  owner: string
}

export interface GridToolbarProps {
  filters: GridToolbarFilters
  onFiltersChange: (change: Partial<GridToolbarFilters>) => void
  /** Court systems present in the credentials: value `systemId`, label 'TRF4 · eproc · 2º grau'. */
  systems: readonly { value: string; label: string }[]
  /** Whether some credentials have no court system (offers a "Sem tribunal" filter). */
  hasNoSystem: boolean
  owners: readonly string[]
  hasNoOwner: boolean
  /** False when the grid shows a single owner (`owner` prop). */
  showOwnerFilter: boolean
  sort: GridSort
  onSortChange: (sort: GridSort) => void
  groupBy: GridGroupBy
  onGroupByChange: (groupBy: GridGroupBy) => void
  shown: number
  total: number
}

const SORT_KEYS: readonly GridSortKey[] = ['court', 'login', 'owner', 'status', 'updated']
const GROUP_OPTIONS: readonly GridGroupBy[] = ['none', 'authenticator-group', 'owner']

export function GridToolbar(props: GridToolbarProps) {
  const { grid, common } = useMessages()
  const { filters, onFiltersChange, sort } = props
  const countId = useId()
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
      <label className="a2f-field">
        <span>{grid.statusFilterLabel}</span>
        <select
          value={filters.status}
          onChange={(event) => onFiltersChange({ status: event.currentTarget.value as GridStatusFilter })}
        >
          <option value="all">{grid.statusAll}</option>
          <option value="pending">{common.credentialStatus.pending}</option>
          <option value="validated">{common.credentialStatus.validated}</option>
        </select>
      </label>
      <label className="a2f-field">
        <span>{grid.systemFilterLabel}</span>
        <select
          value={filters.systemId}
          onChange={(event) => onFiltersChange({ systemId: event.currentTarget.value })}
        >
          <option value="">{grid.systemAll}</option>
          {props.systems.map((system) => (
            <option key={system.value} value={system.value}>
              {system.label}
            </option>
          ))}
          {props.hasNoSystem ? <option value={NONE_VALUE}>{grid.noSystem}</option> : null}
        </select>
      </label>
      {props.showOwnerFilter ? (
        <label className="a2f-field">
          <span>{grid.ownerFilterLabel}</span>
          <select
            value={filters.owner}
            onChange={(event) => onFiltersChange({ owner: event.currentTarget.value })}
          >
            <option value="">{grid.ownerAll}</option>
            {props.owners.map((owner) => (
              <option key={owner} value={owner}>
                {owner}
              </option>
            ))}
            {props.hasNoOwner ? <option value={NONE_VALUE}>{grid.noOwner}</option> : null}
          </select>
        </label>
      ) : null}
      <div className="a2f-grid-sort">
        <label className="a2f-field">
          <span>{grid.sortLabel}</span>
          <select
            value={sort.by}
            onChange={(event) => {
              const by = event.currentTarget.value as GridSortKey
              props.onSortChange({ by, direction: by === 'updated' ? 'desc' : 'asc' })
            }}
          >
            {SORT_KEYS.map((key) => (
              <option key={key} value={key}>
                {grid.sortKeys[key]}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="a2f-button a2f-grid-direction"
          data-direction={sort.direction}
          aria-label={sort.direction === 'asc' ? grid.sortAscending : grid.sortDescending}
          title={sort.direction === 'asc' ? grid.sortAscending : grid.sortDescending}
          onClick={() =>
            props.onSortChange({ by: sort.by, direction: sort.direction === 'asc' ? 'desc' : 'asc' })
          }
        >
          <span aria-hidden="true">{sort.direction === 'asc' ? '↑' : '↓'}</span>
        </button>
      </div>
      <label className="a2f-field">
        <span>{grid.groupByLabel}</span>
        <select
          value={props.groupBy}
          onChange={(event) => props.onGroupByChange(event.currentTarget.value as GridGroupBy)}
        >
          {GROUP_OPTIONS.map((option) => (
            <option key={option} value={option}>
              {grid.groupByOptions[option]}
            </option>
          ))}
        </select>
      </label>
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
