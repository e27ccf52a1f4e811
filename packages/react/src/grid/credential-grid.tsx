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
  useReducer,
  useRef,
  useState,
  type ReactNode,
} from 'react'
import { useRemoveCredential, useUpdateCredential } from '../data/use-credential-mutations.js'
import { useCredentials } from '../data/use-credentials.js'
import { useCommonMessages } from '../i18n/common-messages.js'
import { useCourtRegistry } from '../provider/use-court-registry.js'
import { useGridMessages } from './messages.js'
import { cx } from '../util/class-names.js'
import { inertProps } from '../util/inert-props.js'
import { useErrorMessage } from '../util/use-error-message.js'
import { ComplianceView } from './compliance-view.js'
import { gridReducer, initialGridState, selectGridRows } from '../headless/grid-state.js'
import { GridSkeleton, GridTable } from './grid-table.js'
import { GridToolbar, type GridToolbarFilters } from './grid-toolbar.js'
import {
  GRID_ACTIONS,
  type GridAction,
  type GridActionListener,
  type GridGroupBy,
  type GridSort,
  type GridSortKey,
  type GridView,
} from './grid-types.js'
import { indexForKey } from './list-keys.js'
import { LoadError } from './load-error.js'
import type { RowActionHandler } from './row-actions-menu.js'
import { RowDialog, type RowDialogKind } from './row-dialog.js'
import { createRowModelBuilder } from './row-model.js'
import { useCollator } from './use-collator.js'
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

const VIEWS: readonly GridView[] = ['credentials', 'compliance']

export function CredentialGrid(props: CredentialGridProps) {
  const grid = useGridMessages()
  const [view, setView] = useControllable(props.view, props.defaultView ?? 'credentials', props.onViewChange)
  const baseId = useId()
  const tabId = (which: GridView) => `${baseId}-tab-${which}`
  const panelId = `${baseId}-panel`

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
            onKeyDown={(event) => {
              const next =
                VIEWS[indexForKey(event.key, VIEWS.indexOf(view), VIEWS.length, 'horizontal') ?? -1]
              if (!next) return
              event.preventDefault()
              setView(next)
              document.getElementById(tabId(next))?.focus()
            }}
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

type DialogState = { kind: RowDialogKind; id: string; trigger: HTMLElement }
type Notice = { tone: 'error' | 'success'; text: string }

function CredentialsPanel(props: CredentialGridProps) {
  const { registry } = useCourtRegistry()
  const grid = useGridMessages()
  const common = useCommonMessages()
  const errorMessage = useErrorMessage()
  const { owner, query } = props
  // React Query compares keys by value: a new query object each render is the same query.
  const credentials = useCredentials(owner === undefined ? query : { ...query, owner })
  const update = useUpdateCredential()
  const remove = useRemoveCredential()

  const [sort, setSort] = useControllable(
    props.sort,
    props.defaultSort ?? { by: 'court', direction: 'asc' },
    props.onSortChange,
  )
  const [groupBy, setGroupBy] = useControllable(
    props.groupBy,
    props.defaultGroupBy ?? 'none',
    props.onGroupByChange,
  )
  // The search and filters are the headless grid state's (`gridReducer`, @a2f/react/headless); sort and
  // grouping stay controllable by the host, and follow the same reducer's rule when they change.
  const [gridState, send] = useReducer(gridReducer, undefined, () => initialGridState())
  const filters = useMemo<GridToolbarFilters>(
    () => ({
      search: gridState.search,
      status: gridState.status,
      systemId: gridState.systemId,
      owner: gridState.owner,
    }),
    [gridState.search, gridState.status, gridState.systemId, gridState.owner],
  )
  const changeFilters = ({ search, ...others }: Partial<GridToolbarFilters>) => {
    if (search !== undefined) send({ type: 'search', text: search })
    if (Object.keys(others).length > 0) send({ type: 'filter', ...others })
  }
  // Typing stays responsive at 10,000 rows: the input updates at once, the rows when React has time.
  const deferredSearch = useDeferredValue(gridState.search)
  const [dialog, setDialog] = useState<DialogState | null>(null)
  const [notice, setNotice] = useState<Notice | null>(null)
  const tableRef = useRef<HTMLDivElement | null>(null)
  // Where focus goes when the dialog closes: the element that opened it, else the table.
  const returnFocus = useRef<HTMLElement | null>(null)
  const fail = (error: unknown) => setNotice({ tone: 'error', text: errorMessage(error) })

  const collator = useCollator()
  const build = useMemo(() => createRowModelBuilder(registry, grid), [registry, grid])
  const models = useMemo(() => (credentials.data ?? []).map(build), [credentials.data, build])

  // The toolbar's choices, from the loaded credentials.
  const choices = useMemo(() => {
    const systemLabels = new Map<string, string>()
    const ownerSet = new Set<string>()
    let hasNoSystem = false
    let hasNoOwner = false
    for (const { credential, system, court, courtDetail } of models) {
      // A court system's detail is 'eproc · 2º grau': the label reads 'TRF4 · eproc · 2º grau'.
      if (system && credential.systemId) systemLabels.set(credential.systemId, `${court} · ${courtDetail}`)
      else hasNoSystem = true
      if (credential.owner === undefined) hasNoOwner = true
      else ownerSet.add(credential.owner)
    }
    return {
      systems: [...systemLabels].sort((a, b) => collator.compare(a[1], b[1])),
      hasNoSystem,
      owners: [...ownerSet].sort(collator.compare),
      hasNoOwner,
    }
  }, [models, collator])

  const { status, systemId, owner: ownerFilter } = gridState
  const { rows, matches } = useMemo(
    () =>
      selectGridRows(
        models,
        { search: deferredSearch, status, systemId, owner: ownerFilter, sort, groupBy },
        collator,
        grid,
      ),
    [models, deferredSearch, status, systemId, ownerFilter, sort, groupBy, collator, grid],
  )

  const actionsKey = (props.actions ?? GRID_ACTIONS).join(',')
  // A new array each render would defeat the rows' memo; the key keeps one per set of actions.
  const actions = useMemo(() => props.actions ?? GRID_ACTIONS, [actionsKey])

  // Row actions go through a ref, so the handler the memoized rows hold never changes.
  const handleRef = useRef<RowActionHandler>(() => {})
  handleRef.current = (action, model, trigger) => {
    const credential = model.credential
    props.onAction?.(action, credential)
    if (action === 'validate') {
      setNotice(null)
      update
        .mutateAsync({
          id: credential.id,
          patch: { status: 'validated' },
          expectedVersion: credential.version,
        })
        .catch(fail)
    } else if (action === 'edit' && props.onEdit) props.onEdit(credential)
    else if (action !== 'copy') setDialog({ kind: action, id: credential.id, trigger })
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
  // Focus returns once the rest of the grid is no longer inert: to the row's button, or to the table
  // when that row is gone.
  useEffect(() => {
    if (dialog) returnFocus.current = dialog.trigger
    else if (returnFocus.current) {
      const back = returnFocus.current
      returnFocus.current = null
      ;(back.isConnected ? back : tableRef.current)?.focus()
    }
  }, [dialog])

  const confirmRemove = () => {
    if (!dialogModel) return
    const credential = dialogModel.credential
    // The row that opened the dialog is about to go: the table takes focus instead.
    returnFocus.current = tableRef.current
    setDialog(null)
    setNotice(null)
    remove.mutateAsync({ id: credential.id, expectedVersion: credential.version }).catch(fail)
  }

  const onSort = (by: GridSortKey) => setSort(gridReducer({ ...gridState, sort }, { type: 'sort', by }).sort)

  const { height = 560, rowHeight = 56 } = props
  const { initialHeight = typeof height === 'number' ? height : 560, overscan = 8 } =
    props.virtualization ?? {}

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
    body = <LoadError className="a2f-grid-state" result={credentials} />
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
        <button type="button" className="a2f-button" onClick={() => send({ type: 'reset' })}>
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

  return (
    <div className="a2f-grid-credentials" data-state={credentials.isPending ? 'loading' : undefined}>
      <div className="a2f-grid-content" {...inertProps(dialog !== null)}>
        {!credentials.isPending && models.length > 0 ? (
          <GridToolbar
            filters={filters}
            onFiltersChange={changeFilters}
            {...choices}
            showOwnerFilter={owner === undefined}
            sort={sort}
            onSort={onSort}
            groupBy={groupBy}
            onGroupByChange={setGroupBy}
            shown={matches}
            total={models.length}
          />
        ) : null}
        {(['error', 'success'] as const).map((tone) => (
          <div
            key={tone}
            role={tone === 'error' ? 'alert' : 'status'}
            className="a2f-grid-notice"
            data-tone={tone}
          >
            {notice?.tone === tone ? (
              <>
                <span>{notice.text}</span>{' '}
                <button
                  type="button"
                  className="a2f-button a2f-grid-notice-dismiss"
                  onClick={() => setNotice(null)}
                >
                  {common.close}
                </button>
              </>
            ) : null}
          </div>
        ))}
        {body}
      </div>
      {dialog && dialogModel ? (
        <RowDialog
          kind={dialog.kind}
          model={dialogModel}
          owners={choices.owners}
          onClose={() => setDialog(null)}
          onRemove={confirmRemove}
          onRekeyed={() => setNotice({ tone: 'success', text: grid.rekeySaved(dialogModel.rowName) })}
        />
      ) : null}
    </div>
  )
}
