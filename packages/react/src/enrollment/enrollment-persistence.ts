/**
 * What of an enrolment survives a reload — the non-secret fields, the step, the draft's id and version —
 * and where it goes (`sessionStorage` by default, touched lazily and defensively). Never the key nor the
 * password: by the time a reload matters the key is sealed in the pending draft.
 *
 * @example
 * const persistence = createSessionPersistence(enrollmentStorageKey('escritorio-1'))
 * readPersisted(JSON.parse(text))  // null unless it has the expected shape
 */
import { ENROLLMENT_STEPS, type EnrollmentStep } from './enrollment-steps.js'
import { TEXT_FIELDS, type EnrollmentValues } from './enrollment-values.js'

/** What is kept across a reload: the non-secret fields the user filled in, and where the wizard was. */
export interface PersistedEnrollment extends EnrollmentValues {
  version: 1
  step: EnrollmentStep
  draftId: string | null
  draftVersion: number | null
  confirmed: boolean
  deferred: boolean
}

/** Where the resumable state goes. `load` runs once, in `start()`; `save` after every change. */
export interface EnrollmentPersistence {
  load(): PersistedEnrollment | null
  save(value: PersistedEnrollment): void
  clear(): void
}

/** What is kept across a reload besides the step, in the order it is written. */
export const PERSISTED_FIELDS = [
  'systemId',
  'otherSystem',
  ...TEXT_FIELDS,
  'draftId',
  'draftVersion',
  'confirmed',
  'deferred',
] as const

/** The default persistence: `sessionStorage[key]`, lazily and defensively. */
export function createSessionPersistence(key: string): EnrollmentPersistence {
  // Storage is touched on each use and inside try: absent on servers, throwing in a sandboxed iframe or
  // when blocked, full (quota). The enrolment still works then, it just does not survive a reload.
  const use = <T>(action: (storage: Storage) => T): T | null => {
    try {
      return action(globalThis.sessionStorage)
    } catch {
      return null
    }
  }
  return {
    load: () =>
      use((storage) => {
        const text = storage.getItem(key)
        return text ? readPersisted(JSON.parse(text)) : null
      }),
    save: (value) => void use((storage) => storage.setItem(key, JSON.stringify(value))),
    clear: () => void use((storage) => storage.removeItem(key)),
  }
}

/** The storage key of the default persistence. */
export function enrollmentStorageKey(tenant: string): string {
  return `a2f:enrollment:${tenant}`
}

/** Accepts a persisted value only if it has the expected shape (storage may hold anything). */
export function readPersisted(value: unknown): PersistedEnrollment | null {
  if (typeof value !== 'object' || value === null) return null
  const v = value as Record<string, unknown>
  if (v.version !== 1 || !(ENROLLMENT_STEPS as readonly unknown[]).includes(v.step)) return null
  const result: Record<string, unknown> = {
    version: 1,
    step: v.step,
    systemId: typeof v.systemId === 'string' ? v.systemId : null,
    otherSystem: v.otherSystem === true,
  }
  for (const field of TEXT_FIELDS) result[field] = typeof v[field] === 'string' ? v[field] : ''
  result.draftId = (typeof v.draftId === 'string' && v.draftId) || null
  result.draftVersion = typeof v.draftVersion === 'number' ? v.draftVersion : null
  result.confirmed = v.confirmed === true
  result.deferred = v.deferred === true
  return result as unknown as PersistedEnrollment
}
