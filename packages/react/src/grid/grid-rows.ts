/**
 * From row models to the rows the table draws: search, filters, sort and groups, client side over the
 * loaded summaries (10,000 rows filter and sort in a few milliseconds; the search is deferred by the
 * grid so typing stays smooth). Pure functions, so they are tested without rendering.
 *
 * @example
 * const rows = buildGridRows(models, { words: ['trf4'] }, { by: 'court', direction: 'asc' }, 'owner', collator, texts)
 * // [{ kind: 'group', label: 'Ana Beatriz Souza', count: 2, … }, { kind: 'credential', model }, …]
 */
import type { GridGroupBy, GridSort, GridStatusFilter } from './grid-types.js'
import type { GridRowModel } from './row-model.js'

/** Filter value of the court and owner selects that picks credentials without one. */
export const NONE_VALUE = '\u0000none'

export interface GridFilters {
  /** Folded search words: each must occur in the row's search text. */
  words?: string[]
  status?: GridStatusFilter
  /** A `systemId`, `NONE_VALUE` for credentials without one, '' or undefined for all. */
  systemId?: string
  /** An owner, `NONE_VALUE` for credentials without one, '' or undefined for all. */
  owner?: string
}

export interface GridGroupRow {
  kind: 'group'
  key: string
  label: string
  count: number
}

export interface GridCredentialRow {
  kind: 'credential'
  model: GridRowModel
}

export type GridRow = GridGroupRow | GridCredentialRow

export function filterModels(models: readonly GridRowModel[], filters: GridFilters): GridRowModel[] {
  const { words = [], status = 'all', systemId = '', owner = '' } = filters
  return models.filter(
    ({ credential, searchText }) =>
      (status === 'all' || credential.status === status) &&
      matches(systemId, credential.systemId) &&
      matches(owner, credential.owner) &&
      words.every((word) => searchText.includes(word)),
  )
}

/** Whether a select filter keeps a value: '' keeps all, `NONE_VALUE` keeps the missing ones. */
function matches(wanted: string, value: string | undefined): boolean {
  return !wanted || (wanted === NONE_VALUE ? value === undefined : value === wanted)
}

export function sortModels(models: GridRowModel[], sort: GridSort, collator: Intl.Collator): GridRowModel[] {
  const sign = sort.direction === 'asc' ? 1 : -1
  const byCourt = (a: GridRowModel, b: GridRowModel) =>
    collator.compare(a.court, b.court) || collator.compare(a.courtDetail ?? '', b.courtDetail ?? '')
  const byLogin = (a: GridRowModel, b: GridRowModel) =>
    collator.compare(a.credential.account, b.credential.account)
  const compare: Record<GridSort['by'], (a: GridRowModel, b: GridRowModel) => number> = {
    court: (a, b) => byCourt(a, b) || byLogin(a, b),
    login: (a, b) => byLogin(a, b) || byCourt(a, b),
    // Credentials without an owner sort last either way.
    owner: (a, b) => compareOptional(a.credential.owner, b.credential.owner, collator, sign) || byCourt(a, b),
    // Ascending: pending first, since those need attention.
    status: (a, b) =>
      (a.credential.status === b.credential.status ? 0 : a.credential.status === 'pending' ? -1 : 1) ||
      byCourt(a, b),
    updated: (a, b) => a.credential.updatedAt - b.credential.updatedAt || byCourt(a, b),
  }
  const primary = compare[sort.by]
  // The owner comparison applies the sign itself, to keep empty owners last.
  if (sort.by === 'owner') return models.sort(primary)
  return models.sort((a, b) => sign * primary(a, b))
}

function compareOptional(
  a: string | undefined,
  b: string | undefined,
  collator: Intl.Collator,
  sign: number,
): number {
  if (a === b) return 0
  if (a === undefined) return 1
  if (b === undefined) return -1
  return sign * collator.compare(a, b)
}

export interface GroupTexts {
  otherAuthenticators: string
  noOwner: string
}

/**
 * Rows for the table: credentials in sort order, preceded by a header row per group. Groups are ordered
 * by label; credentials without a group (no court system, no owner) come last.
 */
export function groupRows(
  models: readonly GridRowModel[],
  groupBy: GridGroupBy,
  collator: Intl.Collator,
  texts: GroupTexts,
): GridRow[] {
  if (groupBy === 'none') return models.map((model) => ({ kind: 'credential', model }))
  const groups = new Map<string, { label: string; models: GridRowModel[] }>()
  for (const model of models) {
    const key = groupBy === 'owner' ? (model.credential.owner ?? '') : model.groupKey
    let group = groups.get(key)
    if (!group) {
      const label =
        groupBy === 'owner'
          ? (model.credential.owner ?? texts.noOwner)
          : key === ''
            ? texts.otherAuthenticators
            : model.groupLabel
      groups.set(key, (group = { label, models: [] }))
    }
    group.models.push(model)
  }
  const ordered = [...groups.entries()].sort(
    ([keyA, a], [keyB, b]) =>
      (keyA === '' ? 1 : 0) - (keyB === '' ? 1 : 0) || collator.compare(a.label, b.label),
  )
  const rows: GridRow[] = []
  for (const [key, group] of ordered) {
    rows.push({ kind: 'group', key: `group:${key}`, label: group.label, count: group.models.length })
    for (const model of group.models) rows.push({ kind: 'credential', model })
  }
  return rows
}

export function buildGridRows(
  models: readonly GridRowModel[],
  filters: GridFilters,
  sort: GridSort,
  groupBy: GridGroupBy,
  collator: Intl.Collator,
  texts: GroupTexts,
): { rows: GridRow[]; matches: number } {
  const sorted = sortModels(filterModels(models, filters), sort, collator)
  return { rows: groupRows(sorted, groupBy, collator, texts), matches: sorted.length }
}
