/**
 * One windowed row of the credential grid: court, login, owner, status, live code, authenticator group,
 * actions. Memoized: it renders when its credential, its position or the language change — never on the
 * clock (the code cell inside commits on its own, twice per TOTP window). Group header rows ("Ana Beatriz
 * Souza — 2 credenciais") are rows too, spanning every column, so aria-rowindex stays exact.
 *
 * @example
 * <GridRowView model={model} rowIndex={2} start={0} height={56} actions={GRID_ACTIONS} onAction={handle} />
 */
import { memo, type CSSProperties, type ReactNode } from 'react'
import { useA2F } from '../provider/a2f-context.js'
import { useCommonMessages } from '../i18n/common-messages.js'
import { useGridMessages } from './messages.js'
import { CodeCell } from './code-cell.js'
import { formatDate } from './format-date.js'
import type { GridAction } from './grid-types.js'
import { RowActionsMenu, type RowActionHandler } from './row-actions-menu.js'
import type { GridRowModel } from './row-model.js'

/** The grid's columns, in order. */
export const GRID_COLUMNS = ['court', 'login', 'owner', 'status', 'code', 'group', 'actions'] as const
export type GridColumn = (typeof GRID_COLUMNS)[number]

/**
 * Inline layout of every row (header, credential, group, skeleton), so the grid works without the
 * optional stylesheet. Column widths: override with `--a2f-grid-columns` on the grid or an ancestor.
 */
export const ROW_LAYOUT: CSSProperties = {
  display: 'grid',
  gridTemplateColumns:
    'var(--a2f-grid-columns, minmax(8rem, 1.1fr) minmax(7.5rem, 1fr) minmax(9rem, 1.2fr) minmax(7rem, 0.8fr) minmax(10rem, 1fr) minmax(9rem, 1.2fr) 3.25rem)',
  alignItems: 'center',
}

/** A windowed row: placed absolutely at `start`, with `top` rather than a transform, which would trap
 * the row menu's fixed positioning. */
function rowStyle(start: number, height: number): CSSProperties {
  return { ...ROW_LAYOUT, position: 'absolute', top: start, left: 0, width: '100%', height }
}

/** A cell of one column; the stylesheet and the tests find cells by `data-column`. */
export function GridCell({ column, children }: { column: GridColumn; children?: ReactNode }) {
  return (
    <div role="cell" className="a2f-grid-cell" data-column={column}>
      {children}
    </div>
  )
}

export interface GridRowViewProps {
  model: GridRowModel
  /** aria-rowindex: 1-based, the column header row is 1. */
  rowIndex: number
  start: number
  height: number
  actions: readonly GridAction[]
  onAction: RowActionHandler
}

export const GridRowView = /* @__PURE__ */ memo(function GridRowView(props: GridRowViewProps) {
  const { model, actions, onAction } = props
  const { locale } = useA2F()
  const grid = useGridMessages()
  const common = useCommonMessages()
  const credential = model.credential
  const validatedAt = credential.status === 'validated' ? credential.validatedAt : undefined
  const sub = (text: ReactNode) => <span className="a2f-grid-sub">{text}</span>

  return (
    <div
      role="row"
      aria-rowindex={props.rowIndex}
      className="a2f-grid-row"
      data-status={credential.status}
      data-id={credential.id}
      style={rowStyle(props.start, props.height)}
    >
      <GridCell column="court">
        <span className="a2f-grid-court" {...(model.courtName ? { title: model.courtName } : {})}>
          {model.court}
        </span>
        {model.courtDetail ? sub(model.courtDetail) : null}
      </GridCell>
      <GridCell column="login">
        <span className="a2f-grid-login">{credential.account}</span>
        {model.system && credential.label ? sub(credential.label) : null}
      </GridCell>
      <GridCell column="owner">{credential.owner ?? sub(grid.noOwner)}</GridCell>
      <GridCell column="status">
        <span
          className="a2f-badge"
          data-status={credential.status}
          title={
            validatedAt !== undefined
              ? grid.validatedOn(formatDate(locale, validatedAt, 'long'))
              : grid.pendingHint
          }
        >
          {common.credentialStatus[credential.status]}
        </span>
        {validatedAt !== undefined
          ? sub(<time dateTime={new Date(validatedAt).toISOString()}>{formatDate(locale, validatedAt)}</time>)
          : null}
      </GridCell>
      <GridCell column="code">
        <CodeCell
          id={credential.id}
          rowName={model.rowName}
          canCopy={actions.includes('copy')}
          onCopy={() => onAction('copy', model, document.activeElement as HTMLElement)}
        />
      </GridCell>
      <GridCell column="group">
        {model.system ? (
          <span className="a2f-grid-group" title={model.groupLabel}>
            {model.groupLabel}
          </span>
        ) : (
          sub('—')
        )}
      </GridCell>
      <GridCell column="actions">
        <RowActionsMenu model={model} actions={actions} onAction={onAction} />
      </GridCell>
    </div>
  )
})

export interface GridGroupRowViewProps {
  label: string
  count: number
  rowIndex: number
  start: number
  height: number
}

export const GridGroupRowView = /* @__PURE__ */ memo(function GridGroupRowView(props: GridGroupRowViewProps) {
  const grid = useGridMessages()
  return (
    <div
      role="row"
      aria-rowindex={props.rowIndex}
      className="a2f-grid-group-row"
      style={rowStyle(props.start, props.height)}
    >
      <div
        role="rowheader"
        aria-colspan={GRID_COLUMNS.length}
        className="a2f-grid-cell"
        style={{ gridColumn: '1 / -1' }}
      >
        <span className="a2f-grid-group-label">{props.label}</span>{' '}
        <span className="a2f-grid-group-count">{grid.groupCount(props.count)}</span>
      </div>
    </div>
  )
})
