/**
 * `@a2f/core/courts/provenance`: where each fact of each built-in court system comes from (source,
 * date checked, confidence), by system id — the part of the registry few pages show, behind its own
 * import so that pickers and grids never download it. Pair it with `@a2f/core/courts`.
 *
 * @example
 * const { courtProvenance } = await import('@a2f/core/courts/provenance')
 * courtProvenance('trf4-eproc').find((fact) => fact.field === 'twoFactor.status')?.source
 * courtProvenance('my-intranet')   // [] (not a built-in system)
 */
import { builtInProvenance } from './generated/court-provenance.js'
import type { Provenance } from './types.js'

let table: Record<string, readonly Provenance[]> | undefined

/** The built-in provenance of system `id`, frozen; empty for ids the built-in data does not have. */
export function courtProvenance(id: string): readonly Provenance[] {
  table ??= Object.freeze(
    Object.fromEntries(
      Object.entries(builtInProvenance()).map(([key, facts]) => [
        key,
        Object.freeze(facts.map((fact) => Object.freeze(fact))),
      ]),
    ),
  )
  return Object.hasOwn(table, id) ? (table[id] ?? []) : []
}

export type { Provenance, ProvenanceConfidence } from './types.js'
