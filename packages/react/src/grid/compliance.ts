/**
 * The compliance report: for each court authenticator group where an authenticator app is mandatory
 * (registry systems with `twoFactor.status === 'mandatory'` and method 'totp'), whether each owner has a
 * validated credential, a pending one, or none. Groups needing action come first (missing, then
 * pending), so the office sees at once where a lawyer would be locked out of a court.
 *
 * @example
 * const report = computeCompliance(courtRegistry, credentials)
 * report.incomplete                 // 8: mandatory groups where someone lacks a validated authenticator
 * report.groups[0].cells[0].state   // 'missing'
 */
import type { CourtRegistry, CourtSystem } from '@a2f/core'
import type { CredentialSummary } from '@a2f/storage'
import { groupMembers } from './row-model.js'

export type ComplianceState = 'validated' | 'pending' | 'missing'

/** One column of the report: an owner, or the whole office when no credential names one. */
export interface ComplianceColumn {
  /** The owner; undefined for the office column (every credential) or for credentials without owner. */
  owner?: string
  kind: 'owner' | 'office' | 'no-owner'
}

export interface ComplianceCell {
  state: ComplianceState
  /** The credential behind a 'validated' or 'pending' cell (the validated one when both exist). */
  credential?: CredentialSummary
}

export interface ComplianceGroup {
  /** The authenticator group id ('trf4-eproc'). */
  key: string
  /** Court acronyms of the group, registry order, without repeats: ['TRF4', 'JFRS', 'JFSC', 'JFPR']. */
  members: string[]
  /** The group's systems that make the authenticator mandatory. */
  systems: CourtSystem[]
  /** The earliest `twoFactor.since` of those systems ('YYYY-MM-DD', 'YYYY-MM' or 'YYYY'). */
  since?: string
  /** One per column, same order. */
  cells: ComplianceCell[]
  /** The worst cell: 'missing' beats 'pending' beats 'validated'. */
  state: ComplianceState
}

export interface ComplianceReport {
  columns: ComplianceColumn[]
  groups: ComplianceGroup[]
  /** Groups where at least one column is not validated. */
  incomplete: number
  counts: Record<ComplianceState, number>
}

const RANK: Record<ComplianceState, number> = { missing: 0, pending: 1, validated: 2 }

/**
 * @param owners the columns; default the owners named by `credentials` (sorted), plus a "no owner"
 *   column when some credentials name none, or a single office column when none does.
 */
export function computeCompliance(
  registry: CourtRegistry,
  credentials: readonly CredentialSummary[],
  options: { owners?: readonly string[]; collator?: Intl.Collator } = {},
): ComplianceReport {
  const collator = options.collator ?? new Intl.Collator('pt-BR', { sensitivity: 'base', numeric: true })
  const mandatoryGroups = new Map<string, CourtSystem[]>()
  for (const system of registry.all()) {
    if (system.twoFactor.status === 'mandatory' && system.twoFactor.method === 'totp')
      addTo(mandatoryGroups, system.authenticatorGroup, system)
  }

  // Credentials of mandatory groups, by group.
  const byGroup = new Map<string, CredentialSummary[]>()
  for (const credential of credentials) {
    const group = credential.systemId ? registry.get(credential.systemId)?.authenticatorGroup : undefined
    if (group !== undefined && mandatoryGroups.has(group)) addTo(byGroup, group, credential)
  }

  const members = groupMembers(registry)
  const columns = complianceColumns(credentials, options.owners, collator)
  const counts: Record<ComplianceState, number> = { validated: 0, pending: 0, missing: 0 }
  const groups: ComplianceGroup[] = []
  for (const [key, systems] of mandatoryGroups) {
    const since = systems
      .map((system) => system.twoFactor.since)
      .filter((value): value is string => value !== undefined)
      .sort()[0]
    const found = byGroup.get(key) ?? []
    const cells = columns.map((column) => {
      const cell = cellFor(found, column)
      counts[cell.state]++
      return cell
    })
    const state = cells.reduce<ComplianceState>(
      (worst, cell) => (RANK[cell.state] < RANK[worst] ? cell.state : worst),
      'validated',
    )
    groups.push({ key, members: members.get(key) ?? [], systems, cells, state, ...(since ? { since } : {}) })
  }
  // A stable sort: groups of the same state keep the registry's order.
  groups.sort((a, b) => RANK[a.state] - RANK[b.state])
  return { columns, groups, incomplete: groups.filter((group) => group.state !== 'validated').length, counts }
}

function complianceColumns(
  credentials: readonly CredentialSummary[],
  owners: readonly string[] | undefined,
  collator: Intl.Collator,
): ComplianceColumn[] {
  if (owners && owners.length > 0) return owners.map((owner) => ({ owner, kind: 'owner' }))
  const named = new Set<string>()
  let unnamed = false
  for (const credential of credentials) {
    if (credential.owner === undefined) unnamed = true
    else named.add(credential.owner)
  }
  if (named.size === 0) return [{ kind: 'office' }]
  const columns: ComplianceColumn[] = [...named]
    .sort((a, b) => collator.compare(a, b))
    .map((owner) => ({ owner, kind: 'owner' }))
  if (unnamed) columns.push({ kind: 'no-owner' })
  return columns
}

function cellFor(credentials: readonly CredentialSummary[], column: ComplianceColumn): ComplianceCell {
  let pending: CredentialSummary | undefined
  for (const credential of credentials) {
    const matches =
      column.kind === 'office' ||
      (column.kind === 'owner' ? credential.owner === column.owner : credential.owner === undefined)
    if (!matches) continue
    if (credential.status === 'validated') return { state: 'validated', credential }
    pending ??= credential
  }
  return pending ? { state: 'pending', credential: pending } : { state: 'missing' }
}

function addTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
