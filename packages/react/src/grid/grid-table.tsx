/**
 * The windowed table of the credential grid. Only the rows in view (plus `overscan`) are in the DOM, placed
 * at fixed heights by `useRowWindow`; the table keeps its ARIA semantics: role="table" with
 * aria-rowcount counting every row (the column header row, group headers, credentials) and aria-rowindex
 * on each rendered row, so a screen reader says "row 5,002 of 10,001" although 20 rows exist.
 *
 * The table element itself scrolls (it is focusable, so the keyboard scrolls it too), with the column
 * header row sticky on top.
 *
 * Without layout (jsdom, server rendering) the scroll element measures 0 px; the window then assumes
 * it is `initialHeight` tall, so tests and the server render a first window of rows instead of none.
 *
 * @example
 * <GridTable rows={rows} sort={sort} onSort={toggle} rowHeight={56} height={560} initialHeight={560} … />
 */
import { useCallback, useRef, type RefObject } from 'react'
import { useGridMessages } from './messages.js'
import { GRID_COLUMNS, GridCell, GridGroupRowView, GridRowView, ROW_LAYOUT } from './grid-row.js'
import type { GridRow } from './grid-rows.js'
import type { GridAction, GridSort, GridSortKey } from './grid-types.js'
import type { RowActionHandler } from './row-actions-menu.js'
import { useRowWindow } from './use-row-window.js'

/** Height of a group header row for a given credential row height. */
export function groupRowHeight(rowHeight: number): number {
  return Math.max(32, Math.round(rowHeight * 0.7))
}

/** Columns whose header sorts by the sort key of the same name. */
const SORTABLE: readonly string[] = ['court', 'login', 'owner', 'status']

export interface GridTableProps {
  rows: readonly GridRow[]
  sort: GridSort
  onSort: (key: GridSortKey) => void
  actions: readonly GridAction[]
  onAction: RowActionHandler
  rowHeight: number
  height: number | string
  initialHeight: number
  overscan: number
  /** Receives the table (the scroll element): the grid returns focus to it when a row disappears. */
  tableRef: RefObject<HTMLDivElement | null>
}

export function GridTable(props: GridTableProps) {
  const { rows, rowHeight, initialHeight, tableRef } = props
  const grid = useGridMessages()
  const bodyRef = useRef<HTMLDivElement | null>(null)
  // Group headers are shorter than credential rows; both are fixed, so positions are exact.
  const sizeOf = useCallback(
    (index: number) => (rows[index]?.kind === 'group' ? groupRowHeight(rowHeight) : rowHeight),
    [rows, rowHeight],
  )
  const { items, totalSize } = useRowWindow({
    count: rows.length,
    sizeOf,
    scrollRef: tableRef,
    bodyRef,
    initialHeight,
    overscan: props.overscan,
  })

  return (
    <div
      ref={tableRef}
      role="table"
      aria-label={grid.tableLabel}
      aria-rowcount={rows.length + 1}
      tabIndex={0}
      className="a2f-grid-table"
      data-a2f-grid-scroll=""
      // A maximum, not a height: a short list does not leave an empty box below its rows.
      style={{ maxHeight: props.height, overflow: 'auto', position: 'relative' }}
    >
      <GridHeader sort={props.sort} onSort={props.onSort} />
      <div
        ref={bodyRef}
        role="rowgroup"
        className="a2f-grid-body"
        style={{ position: 'relative', height: totalSize }}
      >
        {items.map((item) => {
          const row = rows[item.index]
          // aria-rowindex is 1-based and the column header row is 1.
          const place = { rowIndex: item.index + 2, start: item.start, height: item.size }
          if (!row) return null
          return row.kind === 'group' ? (
            <GridGroupRowView key={row.key} label={row.label} count={row.count} {...place} />
          ) : (
            <GridRowView
              key={row.model.credential.id}
              model={row.model}
              {...place}
              actions={props.actions}
              onAction={props.onAction}
            />
          )
        })}
      </div>
    </div>
  )
}

interface GridHeaderProps {
  sort: GridSort
  onSort: (key: GridSortKey) => void
  /** While loading: sorting has nothing to act on yet. */
  disabled?: boolean
}

function GridHeader({ sort, onSort, disabled = false }: GridHeaderProps) {
  const grid = useGridMessages()
  return (
    <div role="rowgroup" className="a2f-grid-head">
      <div role="row" aria-rowindex={1} className="a2f-grid-head-row" style={ROW_LAYOUT}>
        {GRID_COLUMNS.map((column) => {
          const key = SORTABLE.includes(column) ? (column as GridSortKey) : undefined
          const active = sort.by === column
          const label = grid.columns[column]
          return (
            <div
              key={column}
              role="columnheader"
              className="a2f-grid-columnheader"
              data-column={column}
              {...(active ? { 'aria-sort': sort.direction === 'asc' ? 'ascending' : 'descending' } : {})}
            >
              {key ? (
                <button
                  type="button"
                  className="a2f-grid-sort-button"
                  data-active={active ? '' : undefined}
                  disabled={disabled}
                  onClick={() => onSort(key)}
                >
                  {label}
                  <span aria-hidden="true" className="a2f-grid-sort-indicator">
                    {active ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}
                  </span>
                </button>
              ) : column === 'actions' ? (
                <span className="a2f-visually-hidden">{label}</span>
              ) : (
                label
              )}
            </div>
          )
        })}
      </div>
    </div>
  )
}

/** Placeholder rows while the credentials load: same header, grey bars, aria-busy. */
export function GridSkeleton({ rowHeight, rows = 6 }: { rowHeight: number; rows?: number }) {
  const grid = useGridMessages()
  return (
    <div
      role="table"
      aria-label={grid.tableLabel}
      aria-busy="true"
      aria-rowcount={-1}
      className="a2f-grid-table"
      data-state="loading"
    >
      <GridHeader sort={{ by: 'court', direction: 'asc' }} onSort={() => {}} disabled />
      <div role="rowgroup" className="a2f-grid-body">
        {Array.from({ length: rows }, (_, index) => (
          <div
            key={index}
            role="row"
            aria-rowindex={index + 2}
            className="a2f-grid-row a2f-grid-skeleton-row"
            style={{ ...ROW_LAYOUT, height: rowHeight }}
          >
            {GRID_COLUMNS.map((column) => (
              <GridCell key={column} column={column}>
                <span className="a2f-grid-skeleton" aria-hidden="true" />
              </GridCell>
            ))}
          </div>
        ))}
      </div>
    </div>
  )
}
