// The two generated halves of the built-in data (`@a2f/core/courts` and `@a2f/core/courts/provenance`)
// are exactly the hand-written sources split in two: if this fails, the sources changed and
// `corepack pnpm --filter @a2f/core generate:courts` writes the halves again.
import { describe, expect, it } from 'vitest'
import { courtRegistry } from '../../index.js'
import { courtProvenance } from '../provenance.js'
import { compactCourtRegistry } from '../compact-registry.js'

const REGENERATE = 'src/courts/generated/ is stale: run `corepack pnpm --filter @a2f/core generate:courts`'

describe('the built-in registry split in two', () => {
  it('has the same systems, in the same order, with the same facts, and only the 2FA status provenance', () => {
    const full = courtRegistry.all()
    const light = compactCourtRegistry.all()
    expect(
      light.map((system) => system.id),
      REGENERATE,
    ).toEqual(full.map((system) => system.id))
    for (const [index, system] of full.entries()) {
      expect(light[index], REGENERATE).toEqual({
        ...system,
        provenance: system.provenance.filter((fact) => fact.field === 'twoFactor.status'),
      })
      expect(light[index]?.provenance).toHaveLength(1)
    }
  })

  it("gives every system's provenance by id, and none for unknown ids", () => {
    for (const system of courtRegistry.all()) {
      expect(courtProvenance(system.id), REGENERATE).toEqual(system.provenance)
      expect(courtProvenance(system.id).length).toBeGreaterThan(0)
    }
    expect(courtProvenance('my-office-intranet')).toEqual([])
    expect(courtProvenance('constructor')).toEqual([])
    expect(Object.isFrozen(courtProvenance('trf4-eproc')[0])).toBe(true)
  })

  it('searches, matches URLs and extends like the full registry', () => {
    const light = compactCourtRegistry
    expect(light.search('trf 4').map((s) => s.id)).toEqual(courtRegistry.search('trf 4').map((s) => s.id))
    expect(light.search('paraná').map((s) => s.id)).toEqual(courtRegistry.search('paraná').map((s) => s.id))
    const page = 'https://eproc.jfpr.jus.br/eprocV2/controlador.php'
    expect(light.matchUrl(page)?.id).toBe('jfpr-eproc')
    expect(light.sharedWith('trf4-eproc').map((s) => s.id)).toEqual(
      courtRegistry.sharedWith('trf4-eproc').map((s) => s.id),
    )
    expect(Object.isFrozen(light.get('trf4-eproc'))).toBe(true)
    const sandbox = { ...courtRegistry.get('trf4-eproc')!, id: 'sandbox-eproc' }
    expect(light.extend([sandbox]).get('sandbox-eproc')?.court.acronym).toBe('TRF4')
  })
})
