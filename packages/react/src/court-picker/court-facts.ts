/**
 * Plain functions that turn a `CourtSystem` of the registry into what the picker and the details say:
 * the provenance of the 2FA status, fact dates in the user's locale, the results grouped by 2FA status,
 * and the names of the systems that share one authenticator.
 *
 * @example
 * formatFactDate('2024-04-22', 'pt-BR')                  // '22/04/2024'
 * formatFactDate('2024-08', 'pt-BR')                     // '08/2024'
 * statusProvenance(courtRegistry.get('trf4-eproc')!)?.checkedAt // '2026-11-21'
 * groupByStatus(courtRegistry.search('paraná'))           // [{ status: 'mandatory', systems: [JFPR, TJPR Projudi] }, { status: 'unknown', … }]
 */
import type { CourtSystem, Provenance, TwoFactorStatus } from '@a2f/core'
import type { Locale } from '../i18n/locale.js'
import type { CourtPickerMessages } from './messages.js'

/** The provenance field the registry uses for the 2FA status (see @a2f/core `Provenance.field`). */
export const TWO_FACTOR_STATUS_FIELD = 'twoFactor.status'

/** Where the system's 2FA status comes from and when it was last checked; undefined when not recorded. */
export function statusProvenance(system: CourtSystem): Provenance | undefined {
  return system.provenance.find((entry) => entry.field === TWO_FACTOR_STATUS_FIELD)
}

/**
 * A registry date ('YYYY-MM-DD', 'YYYY-MM' or 'YYYY') in the locale's numeric form. Dates are calendar
 * days, not instants, so they are formatted in UTC: no time zone can move them to the day before.
 * Anything else is returned as given.
 */
export function formatFactDate(text: string, locale: Locale): string {
  const [, year, month, day] = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(text) ?? []
  if (year === undefined) return text
  if (month === undefined) return year
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1)))
  if (Number.isNaN(date.getTime())) return text
  return new Intl.DateTimeFormat(locale, {
    ...(day === undefined ? {} : { day: '2-digit' }),
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date)
}

/** Order of the result groups: the courts that demand 2FA first, those without it last. */
export const STATUS_ORDER: readonly TwoFactorStatus[] = ['mandatory', 'optional', 'unknown', 'unavailable']

export interface StatusGroup {
  /** The 2FA status shared by the group. */
  status: TwoFactorStatus
  /** In the order given to `groupByStatus` (search rank). */
  systems: CourtSystem[]
}

/** Systems grouped by 2FA status in `STATUS_ORDER`; inside a group the given order (search rank) is kept. */
export function groupByStatus(systems: readonly CourtSystem[]): StatusGroup[] {
  return STATUS_ORDER.map((status) => ({
    status,
    systems: systems.filter((system) => system.twoFactor.status === status),
  })).filter((group) => group.systems.length > 0)
}

/**
 * Short names for a list of systems, e.g. the members of an authenticator group: the acronym alone when
 * it is unique in the list ('TRF4', 'JFRS'), with the degree when one court appears more than once
 * ('TRF6 1º grau', 'TRF6 2º grau'), with the system too when that still repeats ('TJSP eproc · 1º grau'),
 * and the court's own name when even that repeats (two logins of one system, e.g. a host app's entries
 * for a form and a Keycloak door): a group of two systems never reads as one.
 */
export function shortNames(systems: readonly CourtSystem[], messages: CourtPickerMessages): string[] {
  const ladder: ((system: CourtSystem) => string)[] = [
    ({ court }) => court.acronym,
    ({ court, degree }) => `${court.acronym} ${messages.degrees[degree]}`,
    (system) => `${system.court.acronym} ${systemLine(system, messages)}`,
  ]
  const unique = (name: (system: CourtSystem) => string, system: CourtSystem) =>
    systems.filter((other) => name(other) === name(system)).length === 1
  const names = systems.map((system) => {
    const name = ladder.find((step) => unique(step, system))
    return name ? name(system) : system.court.name
  })
  return [...new Set(names)]
}

/** 'A, B e C' in the locale ('A, B, and C' in English). */
export function joinList(items: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items)
}

/**
 * 'eproc · 2º grau': the system and its degree; `withState` adds the court's state ('eproc · 2º grau · RS')
 * when it has one.
 */
export function systemLine(system: CourtSystem, messages: CourtPickerMessages, withState = false): string {
  const { uf } = system.court
  return (
    `${messages.systemNames[system.system]} · ${messages.degrees[system.degree]}` +
    (withState && uf !== undefined ? ` · ${uf}` : '')
  )
}
