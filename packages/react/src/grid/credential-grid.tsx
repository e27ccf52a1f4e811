/**
 * `CredentialGrid`: the office's 2FA credentials in one grid (Legal One's "grid" of "Credenciais 2FA"),
 * with each court's live code, and a compliance tab showing which mandatory courts still lack a
 * validated authenticator.
 *
 * - Columns: court (acronym, system and degree from the registry), login, owner, status (with the
 *   validation date), live code (copy button; the next code while expiring), authenticator group
 *   ("TRF4 · JFRS · JFSC · JFPR"), actions.
 * - Smooth with 10,000 rows: rows are windowed (useRowWindow), search and filters run on the
 *   loaded summaries with a deferred value, and rows never re-render on the clock — only each visible
 *   code cell commits when its code changes or starts expiring.
 * - Row actions: copy, QR (the key revealed on click), edit, mark validated (optimistic), remove (with a
 *   confirmation), and "O tribunal gerou uma nova chave" (re-key). A stale version is never overwritten:
 *   the store refuses, the grid says so and shows what the store holds.
 *
 * Tests and server rendering: without layout the table cannot measure itself, so the window
 * assumes `virtualization.initialHeight` (default: `height` when it is a number, else 560) and renders
 * the first window of rows; in a browser the measured height wins.
 *
 * @example
 * <A2FProvider store={store}>
 *   <CredentialGrid emptyAction={<button onClick={openWizard}>Nova credencial 2FA</button>} />
 * </A2FProvider>
 */
import type { CredentialQuery, CredentialSummary } from '@a2f/storage'
import {
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react'
import { useRemoveCredential, useUpdateCredential } from '../data/use-credential-mutations.js'
import { useCredentials } from '../data/use-credentials.js'
import { useA2F } from '../provider/a2f-context.js'
import { cx } from '../util/class-names.js'
import { useErrorMessage } from '../util/use-error-message.js'
import { ComplianceView } from './compliance-view.js'
import { EditDialog } from './edit-dialog.js'
import { searchWords } from './fold-text.js'
import { buildGridRows, type GridFilters } from './grid-rows.js'
import { GridSkeleton, GridTable } from './grid-table.js'
import { GridToolbar, type GridToolbarFilters } from './grid-toolbar.js'
import {
  GRID_ACTIONS,
  type GridAction,
  type GridActionListener,
  type GridGroupBy,
  type GridSort,
  type GridView,
} from './grid-types.js'
import { QrDialog } from './qr-dialog.js'
import { RekeyDialog } from './rekey-dialog.js'
import { RemoveDialog } from './remove-dialog.js'
import type { RowActionHandler } from './row-actions-menu.js'
import { createRowModelBuilder, systemDetail } from './row-model.js'
import { useControllable } from './use-controllable.js'

export interface CredentialGridVirtualization {
  /**
   * Height in px the window assumes while the table measures 0 (jsdom, server rendering), so a
   * first window of rows renders there. Default: `height` when it is a number, else 560.
   */
  initialHeight?: number
  /** Rows rendered beyond each edge of the visible window. Default 8. */
  overscan?: number
}

export interface CredentialGridProps {
  /** Server-side filter, passed to `useCredentials` (the toolbar's search runs on what it returns). Default: all. */
  query?: CredentialQuery
  /** Show one lawyer's credentials only (added to `query`; hides the owner filter; compliance for them). */
  owner?: string
  /** Controlled view. */
  view?: GridView
  /** Initial view when uncontrolled. Default 'credentials'. */
  defaultView?: GridView
  onViewChange?: (view: GridView) => void
  /** Controlled grouping. */
  groupBy?: GridGroupBy
  /** Initial grouping when uncontrolled. Default 'none'. */
  defaultGroupBy?: GridGroupBy
  onGroupByChange?: (groupBy: GridGroupBy) => void
  /** Controlled sort. */
  sort?: GridSort
  /** Initial sort when uncontrolled. Default `{ by: 'court', direction: 'asc' }`. */
  defaultSort?: GridSort
  onSortChange?: (sort: GridSort) => void
  /** Which row actions to offer. Default: all (`GRID_ACTIONS`). */
  actions?: readonly GridAction[]
  /** Called for every row action the user starts, before the grid handles it (analytics, host handling). */
  onAction?: GridActionListener
  /** Replaces the built-in edit dialog: called with the credential to edit. */
  onEdit?: (credential: CredentialSummary) => void
  /** Shown in the empty state, e.g. the host's "Nova credencial 2FA" button. */
  emptyAction?: ReactNode
  /** Row height in px (rows are fixed-height for windowing). Default 56. */
  rowHeight?: number
  /** Maximum height of the scrolling table, px or any CSS length (a short list takes only its rows). Default 560. */
  height?: number | string
  /** Windowing options; see `CredentialGridVirtualization`. */
  virtualization?: CredentialGridVirtualization
  className?: string
}

const DEFAULT_SORT: GridSort = { by: 'court', direction: 'asc' }
const VIEWS: readonly GridView[] = ['credentials', 'compliance']

export function CredentialGrid(props: CredentialGridProps) {
  const { messages } = useA2F()
  const grid = messages.grid
  const [view, setView] = useControllable(props.view, props.defaultView ?? 'credentials', props.onViewChange)
  const baseId = useId()
  const tabId = (which: GridView) => `${baseId}-tab-${which}`
  const panelId = `${baseId}-panel`

  const onTabKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = VIEWS.indexOf(view)
    const next =
      event.key === 'ArrowRight' || event.key === 'ArrowLeft'
        ? VIEWS[(index + (event.key === 'ArrowRight' ? 1 : VIEWS.length - 1)) % VIEWS.length]
        : event.key === 'Home'
          ? VIEWS[0]
          : event.key === 'End'
            ? VIEWS[VIEWS.length - 1]
            : undefined
    if (!next) return
    event.preventDefault()
    setView(next)
    document.getElementById(tabId(next))?.focus()
  }

  return (
    <div className={cx('a2f-grid', props.className)} data-view={view}>
      <div role="tablist" aria-label={grid.viewTabsLabel} className="a2f-grid-tabs">
        {VIEWS.map((which) => (
          <button
            key={which}
            id={tabId(which)}
            type="button"
            role="tab"
            className="a2f-grid-tab"
            aria-selected={view === which}
            aria-controls={panelId}
            tabIndex={view === which ? 0 : -1}
            onClick={() => setView(which)}
            onKeyDown={onTabKeyDown}
          >
            {which === 'credentials' ? grid.viewCredentials : grid.viewCompliance}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={panelId} aria-labelledby={tabId(view)} className="a2f-grid-panel">
        {view === 'credentials' ? (
          <CredentialsPanel {...props} />
        ) : (
          <ComplianceView
            {...(props.owner ? { owners: [props.owner] } : {})}
            {...(props.query ? { query: props.query } : {})}
          />
        )}
      </div>
    </div>
  )
}

type DialogState = { kind: 'qr' | 'edit' | 'remove' | 'rekey'; id: string; trigger: HTMLElement }
type Notice = { tone: 'error' | 'success'; text: string }

const EMPTY_FILTERS: GridToolbarFilters = { search: '', status: 'all', systemId: '', owner: '' }

function CredentialsPanel(props: CredentialGridProps) {
  const { registry, messages, locale } = useA2F()
  const { grid, common } = messages
  const errorMessage = useErrorMessage()
  const { owner, query } = props
  const serverQuery = useMemo<CredentialQuery>(
    () => (owner === undefined ? (query ?? {}) : { ...query, owner }),
    [owner, query],
  )
  const credentials = useCredentials(serverQuery)
  const update = useUpdateCredential()
  const remove = useRemoveCredential()

  const [sort, setSort] = useControllable(props.sort, props.defaultSort ?? DEFAULT_SORT, props.onSortChange)
  const [groupBy, setGroupBy] = useControllable(
    props.groupBy,
    props.defaultGroupBy ?? 'none',
    props.onGroupByChange,
  )
  const [filters, setFilters] = useState<GridToolbarFilters>(EMPTY_FILTERS)
  // Typing stays responsive at 10,000 rows: the input updates at once, the rows when React has time.
  const deferredSearch = useDeferredValue(filters.search)
  const [dialog, setDialog] = useState<DialogState | null>(null)
  const [notice, setNotice] = useState<Notice | null>(null)
  const tableRef = useRef<HTMLDivElement | null>(null)
  const focusTableOnClose = useRef(false)

  const collator = useMemo(() => new Intl.Collator(locale, { sensitivity: 'base', numeric: true }), [locale])
  const build = useMemo(() => createRowModelBuilder(registry, grid), [registry, grid])
  const models = useMemo(() => (credentials.data ?? []).map(build), [credentials.data, build])

  const { systems, hasNoSystem, owners, hasNoOwner } = useMemo(() => {
    const systemLabels = new Map<string, string>()
    const ownerSet = new Set<string>()
    let noSystem = false
    let noOwner = false
    for (const model of models) {
      const { systemId, owner: credentialOwner } = model.credential
      if (model.system && systemId)
        systemLabels.set(systemId, `${model.court} · ${systemDetail(model.system, grid)}`)
      else noSystem = true
      if (credentialOwner === undefined) noOwner = true
      else ownerSet.add(credentialOwner)
    }
    return {
      systems: [...systemLabels]
        .map(([value, label]) => ({ value, label }))
        .sort((a, b) => collator.compare(a.label, b.label)),
      hasNoSystem: noSystem,
      owners: [...ownerSet].sort((a, b) => collator.compare(a, b)),
      hasNoOwner: noOwner,
    }
  }, [models, grid, collator])

  const words = useMemo(() => searchWords(deferredSearch), [deferredSearch])
  const { rows, matches } = useMemo(() => {
    const active: GridFilters = {
      words,
      status: filters.status,
      systemId: filters.systemId,
      owner: filters.owner,
    }
    return buildGridRows(models, active, sort, groupBy, collator, {
      otherAuthenticators: grid.otherAuthenticators,
      noOwner: grid.noOwner,
    })
  }, [models, words, filters.status, filters.systemId, filters.owner, sort, groupBy, collator, grid])

  const actionsKey = (props.actions ?? GRID_ACTIONS).join(',')
  // A new array each render would defeat the rows' memo; the key keeps one per set of actions.
  const actions = useMemo(() => props.actions ?? GRID_ACTIONS, [actionsKey])

  // Row actions go through a ref, so the handler the memoized rows hold never changes.
  const handleRef = useRef<RowActionHandler>(() => {})
  handleRef.current = (action, model, trigger) => {
    const credential = model.credential
    props.onAction?.(action, credential)
    switch (action) {
      case 'copy':
        return
      case 'validate':
        setNotice(null)
        update
          .mutateAsync({
            id: credential.id,
            patch: { status: 'validated' },
            expectedVersion: credential.version,
          })
          .catch((error: unknown) => setNotice({ tone: 'error', text: errorMessage(error) }))
        return
      case 'edit':
        if (props.onEdit) {
          props.onEdit(credential)
          return
        }
        setDialog({ kind: 'edit', id: credential.id, trigger })
        return
      default:
        setDialog({ kind: action, id: credential.id, trigger })
    }
  }
  const onRowAction = useCallback<RowActionHandler>(
    (action, model, trigger) => handleRef.current(action, model, trigger),
    [],
  )

  const dialogModel = useMemo(
    () => (dialog ? models.find((model) => model.credential.id === dialog.id) : undefined),
    [dialog, models],
  )
  // The credential vanished (removed here or elsewhere): the dialog has nothing left to act on.
  useEffect(() => {
    if (dialog && credentials.data && !dialogModel) setDialog(null)
  }, [dialog, dialogModel, credentials.data])
  // After a removal the row that opened the dialog is gone; the table takes focus instead.
  useEffect(() => {
    if (!dialog && focusTableOnClose.current) {
      focusTableOnClose.current = false
      tableRef.current?.focus()
    }
  }, [dialog])

  const closeDialog = useCallback(() => setDialog(null), [])
  const fallbackFocus = useCallback(() => tableRef.current, [])

  const confirmRemove = () => {
    if (!dialogModel) return
    const credential = dialogModel.credential
    focusTableOnClose.current = true
    setDialog(null)
    setNotice(null)
    remove
      .mutateAsync({ id: credential.id, expectedVersion: credential.version })
      .catch((error: unknown) => setNotice({ tone: 'error', text: errorMessage(error) }))
  }

  const onSort = useCallback(
    (by: GridSort['by']) =>
      setSort(
        sort.by === by
          ? { by, direction: sort.direction === 'asc' ? 'desc' : 'asc' }
          : { by, direction: by === 'updated' ? 'desc' : 'asc' },
      ),
    [sort, setSort],
  )

  const height = props.height ?? 560
  const rowHeight = props.rowHeight ?? 56
  const initialHeight = props.virtualization?.initialHeight ?? (typeof height === 'number' ? height : 560)
  const overscan = props.virtualization?.overscan ?? 8

  let body: ReactNode
  if (credentials.isPending) {
    body = (
      <>
        <p role="status" className="a2f-grid-message">
          {grid.loading}
        </p>
        <GridSkeleton rowHeight={rowHeight} />
      </>
    )
  } else if (credentials.isError && !credentials.data) {
    body = (
      <div className="a2f-grid-state" data-state="error">
        <p role="alert" className="a2f-grid-message">
          {grid.loadError} {errorMessage(credentials.error)}
        </p>
        <button type="button" className="a2f-button" onClick={() => void credentials.refetch()}>
          {common.retry}
        </button>
      </div>
    )
  } else if (models.length === 0) {
    body = (
      <div className="a2f-grid-state" data-state="empty">
        <p className="a2f-grid-message">{grid.empty}</p>
        <p className="a2f-grid-sub">{grid.emptyHint}</p>
        {props.emptyAction ? <div className="a2f-grid-empty-action">{props.emptyAction}</div> : null}
      </div>
    )
  } else if (rows.length === 0) {
    const text = deferredSearch.trim()
    body = (
      <div className="a2f-grid-state" data-state="no-results">
        <p className="a2f-grid-message">{text ? grid.noResults(text) : grid.noResultsFiltered}</p>
        <button type="button" className="a2f-button" onClick={() => setFilters(EMPTY_FILTERS)}>
          {grid.clearSearch}
        </button>
      </div>
    )
  } else {
    body = (
      <GridTable
        rows={rows}
        sort={sort}
        onSort={onSort}
        actions={actions}
        onAction={onRowAction}
        rowHeight={rowHeight}
        height={height}
        initialHeight={initialHeight}
        overscan={overscan}
        tableRef={tableRef}
      />
    )
  }

  const showToolbar = !credentials.isPending && models.length > 0

  return (
    <div className="a2f-grid-credentials" data-state={credentials.isPending ? 'loading' : undefined}>
      <div className="a2f-grid-content" inert={dialog !== null}>
        {showToolbar ? (
          <GridToolbar
            filters={filters}
            onFiltersChange={(change) => setFilters((current) => ({ ...current, ...change }))}
            systems={systems}
            hasNoSystem={hasNoSystem}
            owners={owners}
            hasNoOwner={hasNoOwner}
            showOwnerFilter={owner === undefined}
            sort={sort}
            onSortChange={setSort}
            groupBy={groupBy}
            onGroupByChange={setGroupBy}
            shown={matches}
            total={models.length}
          />
        ) : null}
        <div role="alert" className="a2f-grid-notice" data-tone="error">
          {notice?.tone === 'error' ? <NoticeText notice={notice} onDismiss={() => setNotice(null)} /> : null}
        </div>
        <div role="status" className="a2f-grid-notice" data-tone="success">
          {notice?.tone === 'success' ? (
            <NoticeText notice={notice} onDismiss={() => setNotice(null)} />
          ) : null}
        </div>
        {body}
      </div>
      {dialog && dialogModel ? (
        dialog.kind === 'remove' ? (
          <RemoveDialog
            model={dialogModel}
            onConfirm={confirmRemove}
            onClose={closeDialog}
            returnFocus={dialog.trigger}
            fallbackFocus={fallbackFocus}
          />
        ) : dialog.kind === 'edit' ? (
          <EditDialog
            model={dialogModel}
            owners={owners}
            onClose={closeDialog}
            returnFocus={dialog.trigger}
            fallbackFocus={fallbackFocus}
          />
        ) : dialog.kind === 'qr' ? (
          <QrDialog
            model={dialogModel}
            onClose={closeDialog}
            returnFocus={dialog.trigger}
            fallbackFocus={fallbackFocus}
          />
        ) : (
          <RekeyDialog
            model={dialogModel}
            onSaved={() => setNotice({ tone: 'success', text: grid.rekeySaved(dialogModel.rowName) })}
            onClose={closeDialog}
            returnFocus={dialog.trigger}
            fallbackFocus={fallbackFocus}
          />
        )
      ) : null}
    </div>
  )
}

function NoticeText({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  const { common } = useA2F().messages
  return (
    <>
      <span>{notice.text}</span>{' '}
      <button type="button" className="a2f-button a2f-grid-notice-dismiss" onClick={onDismiss}>
        {common.close}
      </button>
    </>
  )
}
