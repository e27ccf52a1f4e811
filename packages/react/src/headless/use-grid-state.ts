/**
 * The credential grid's headless state in React: the provider's credentials (`useCredentials`), their
 * row models from the court registry, the reducer's query/selection/pending action, the rows to draw
 * (with the search deferred, so typing stays smooth at 10,000 rows), and the row actions a grid
 * usually runs — 'validate' (optimistic, version-checked) and 'remove' (after its confirmation); the
 * others go to `onAction` for the host (copy, QR, edit, re-key).
 *
 * Row texts (system names, degrees) come from `texts`, pt-BR by default: this entry holds no widget text.
 *
 * @example
 * const grid = useGridState({ onAction: (action, credential) => action === 'edit' && openEditor(credential) })
 * <input {...grid.getSearchInputProps()} />
 * {grid.rows.map((row) => row.kind === 'credential' && <tr {...grid.getRowProps(row.model.credential)}>…</tr>)}
 */
import type { CredentialQuery, CredentialSummary } from '@a2f/storage'
import { useCallback, useDeferredValue, useEffect, useId, useMemo, useReducer, useRef } from 'react'
import { useRemoveCredential, useUpdateCredential } from '../data/use-credential-mutations.js'
import { useCredentials } from '../data/use-credentials.js'
import type { GridAction, GridGroupBy, GridSort } from '../grid/grid-types.js'
import type { GridMessages } from '../grid/messages.js'
import { createRowModelBuilder } from '../grid/row-model.js'
import { useCollator } from '../grid/use-collator.js'
import { useCourtRegistry } from '../provider/use-court-registry.js'
import { connectGrid, type GridApi } from './grid-connect.js'
import { gridReducer, initialGridState, selectGridRows } from './grid-state.js'

/** The texts a row model needs. */
export type GridRowTexts = Pick<GridMessages, 'systemKinds' | 'degrees' | 'otherAuthenticators' | 'noOwner'>

export const DEFAULT_GRID_ROW_TEXTS: GridRowTexts = {
  systemKinds: { eproc: 'eproc', pje: 'PJe', esaj: 'e-SAJ', projudi: 'Projudi', other: 'Outro sistema' },
  degrees: { '1g': '1º grau', '2g': '2º grau', turma: 'Turma', unico: 'Grau único' },
  otherAuthenticators: 'Outros autenticadores',
  noOwner: 'Sem responsável',
}

export interface UseGridStateOptions {
  /** Server-side filter passed to `useCredentials`. Default: all. */
  query?: CredentialQuery
  defaultSort?: GridSort
  defaultGroupBy?: GridGroupBy
  texts?: Partial<GridRowTexts>
  /**
   * Called for every action the user starts ('remove' once confirmed), after the built-in handling of
   * 'validate' and 'remove' started.
   */
  onAction?: (action: GridAction, credential: CredentialSummary) => void
  /** A store failure of 'validate' or 'remove' (a stale version: `ConflictError`). */
  onError?: (error: unknown, action: GridAction, credential: CredentialSummary) => void
}

export interface UseGridStateResult extends GridApi {
  /** The query's status: loading, error (with `refetch`), success. */
  credentials: ReturnType<typeof useCredentials>
}

export function useGridState(options: UseGridStateOptions = {}): UseGridStateResult {
  const id = useId()
  const credentials = useCredentials(options.query)
  const { registry } = useCourtRegistry()
  const collator = useCollator()
  const update = useUpdateCredential()
  const remove = useRemoveCredential()
  const [state, send] = useReducer(gridReducer, undefined, () =>
    initialGridState({
      ...(options.defaultSort ? { sort: options.defaultSort } : {}),
      ...(options.defaultGroupBy ? { groupBy: options.defaultGroupBy } : {}),
    }),
  )
  const textsKey = JSON.stringify(options.texts ?? {})
  // A new texts object each render is the same texts: the key keeps one per content.
  const texts = useMemo(() => ({ ...DEFAULT_GRID_ROW_TEXTS, ...options.texts }), [textsKey])
  const build = useMemo(() => createRowModelBuilder(registry, texts as GridMessages), [registry, texts])
  const models = useMemo(() => (credentials.data ?? []).map(build), [credentials.data, build])
  const search = useDeferredValue(state.search)
  const { status, systemId, owner, sort, groupBy } = state
  const view = useMemo(
    () => selectGridRows(models, { search, status, systemId, owner, sort, groupBy }, collator, texts),
    [models, search, status, systemId, owner, sort, groupBy, collator, texts],
  )
  const byId = useMemo(
    () => new Map(models.map((model) => [model.credential.id, model.credential])),
    [models],
  )

  // A selection or pending action of a credential no longer loaded goes.
  useEffect(() => send({ type: 'prune', ids: [...byId.keys()] }), [byId])

  const latest = useRef(options)
  latest.current = options
  const run = useCallback(
    (action: GridAction, credential: CredentialSummary) => {
      const fail = (error: unknown) => latest.current.onError?.(error, action, credential)
      if (action === 'validate')
        update
          .mutateAsync({
            id: credential.id,
            patch: { status: 'validated' },
            expectedVersion: credential.version,
          })
          .catch(fail)
      else if (action === 'remove')
        remove.mutateAsync({ id: credential.id, expectedVersion: credential.version }).catch(fail)
      latest.current.onAction?.(action, credential)
    },
    [update, remove],
  )

  return {
    ...connectGrid(state, send, view, { id, onAction: run, find: (key) => byId.get(key) }),
    credentials,
  }
}
