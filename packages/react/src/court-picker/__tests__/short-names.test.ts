/**
 * `shortNames`, the names of an authenticator group's systems in "Um mesmo autenticador serve …": as
 * short as tells them apart, and never one name for two systems.
 */
import { courtRegistry, type CourtSystem } from '@a2f/core'
import { describe, expect, it } from 'vitest'
import { shortNames } from '../court-facts.js'
import { courtPickerMessages } from '../messages.js'

const text = courtPickerMessages
const system = (id: string): CourtSystem => {
  const found = courtRegistry.get(id)
  if (!found) throw new Error(`${id} is not in the registry`)
  return found
}

describe('shortNames', () => {
  it('uses the acronym when it is unique, the degree when one court has two systems', () => {
    expect(shortNames(['trf4-eproc', 'jfrs-eproc'].map(system), text)).toEqual(['TRF4', 'JFRS'])
    expect(shortNames(['trf6-eproc-2g', 'trf6-eproc-1g'].map(system), text)).toEqual([
      'TRF6 2º grau',
      'TRF6 1º grau',
    ])
  })

  it('names the system, then the court, when acronym and degree repeat', () => {
    const base = system('trf4-eproc')
    const form: CourtSystem = {
      ...base,
      id: 'x-form',
      court: { ...base.court, acronym: 'X', name: 'X (formulário)' },
    }
    const keycloak: CourtSystem = {
      ...form,
      id: 'x-keycloak',
      court: { ...form.court, name: 'X (Keycloak)' },
    }
    const pje: CourtSystem = { ...form, id: 'x-pje', system: 'pje' }
    expect(shortNames([form, pje], text)).toEqual(['X eproc · 2º grau', 'X PJe · 2º grau'])
    expect(shortNames([keycloak, form], text)).toEqual(['X (Keycloak)', 'X (formulário)'])
    expect(shortNames([keycloak, form, pje], text)).toEqual([
      'X (Keycloak)',
      'X (formulário)',
      'X PJe · 2º grau',
    ])
  })
})
