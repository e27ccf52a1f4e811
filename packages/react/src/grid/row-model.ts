/**
 * What a grid row shows, derived once per credential summary: the court from the registry (acronym,
 * system and degree, full name), the authenticator group and its members ("TRF4 · JFRS · JFSC · JFPR"),
 * a name for labels ("TRF4 · RS054321") and the folded text the search runs over.
 *
 * Models are cached by summary object: React Query keeps unchanged summaries as the same objects across
 * refetches, so an unchanged row keeps its model and its memoized row element never re-renders.
 *
 * @example
 * const build = createRowModelBuilder(registry, messages.grid)
 * const model = build(summary) // { court: 'TRF4', courtDetail: 'eproc · 2º grau', groupLabel: 'TRF4 · JFRS · JFSC · JFPR', … }
 */
import type { CourtRegistry, CourtSystem } from '@a2f/core'
import type { CredentialSummary } from '@a2f/storage'
import { foldText } from './fold-text.js'
import type { GridMessages } from './messages.js'

export interface GridRowModel {
  credential: CredentialSummary
  /** The court system, when `systemId` names one the registry knows. */
  system?: CourtSystem
  /** Court acronym ('TRF4'), else the issuer. */
  court: string
  /** 'eproc · 2º grau' for court systems; the credential's label otherwise. */
  courtDetail?: string
  /** The court's full name, for the title attribute. */
  courtName?: string
  /** The authenticator group id; '' for credentials outside the registry. */
  groupKey: string
  /** Member acronyms of the group, registry order: 'TRF4 · JFRS · JFSC · JFPR'. */
  groupLabel: string
  /** Court and login, to name the row in labels and dialogs: 'TRF4 · RS054321'. */
  rowName: string
  /** Folded court, court name, system, issuer, account, owner and label. */
  searchText: string
}

/** Member acronyms of every authenticator group, in registry order, without repeats (1g and 2g). */
export function groupMembers(registry: CourtRegistry): Map<string, string[]> {
  const groups = new Map<string, string[]>()
  for (const system of registry.all()) {
    const members = groups.get(system.authenticatorGroup) ?? []
    if (!members.includes(system.court.acronym)) members.push(system.court.acronym)
    groups.set(system.authenticatorGroup, members)
  }
  return groups
}

/** Display name of a court system: 'eproc · 2º grau', 'PJe' (single degree). */
export function systemDetail(system: CourtSystem, messages: GridMessages): string {
  const kind = messages.systemKinds[system.system]
  return system.degree === 'unico' ? kind : `${kind} · ${messages.degrees[system.degree]}`
}

export function createRowModelBuilder(
  registry: CourtRegistry,
  messages: GridMessages,
): (credential: CredentialSummary) => GridRowModel {
  const members = groupMembers(registry)
  const cache = new WeakMap<CredentialSummary, GridRowModel>()
  return (credential) => {
    const cached = cache.get(credential)
    if (cached) return cached
    const system = credential.systemId ? registry.get(credential.systemId) : undefined
    const court = system?.court.acronym ?? credential.issuer
    const courtDetail = system ? systemDetail(system, messages) : credential.label
    const groupKey = system?.authenticatorGroup ?? ''
    const groupLabel = system
      ? (members.get(groupKey) ?? [system.court.acronym]).join(' · ')
      : messages.otherAuthenticators
    const model: GridRowModel = {
      credential,
      court,
      groupKey,
      groupLabel,
      rowName: `${court} · ${credential.account}`,
      searchText: foldText(
        [
          court,
          system?.court.name,
          system ? messages.systemKinds[system.system] : undefined,
          credential.issuer,
          credential.account,
          credential.owner,
          credential.label,
        ]
          .filter(Boolean)
          .join(' '),
      ),
      ...(system ? { system, courtName: system.court.name } : {}),
      ...(courtDetail ? { courtDetail } : {}),
    }
    cache.set(credential, model)
    return model
  }
}
