/**
 * The enrolment machine in React with its prop getters: `useEnrollment` (the machine created once, wired
 * to the provider's store, read through `useSyncExternalStore`) plus `connectEnrollment`, and the focus
 * moved to the step's heading on every step change, as the shipped wizard does. Hosts draw every step
 * with their own components; the key field is theirs too (`useKeyEntry` hands its key to `setSecret`).
 *
 * @example
 * const api = useEnrollmentMachine({ onComplete: (credential) => navigate(`/credenciais/${credential.id}`) })
 * <section {...api.getRootProps()}>
 *   <h2 {...api.getHeadingProps()}>{titles[api.step]}</h2>
 *   <button {...api.getNextButtonProps({ className: 'btn-primary' })}>Continuar</button>
 * </section>
 */
import { useEffect, useId, useRef } from 'react'
import {
  useEnrollment,
  type UseEnrollmentOptions,
  type UseEnrollmentResult,
} from '../enrollment/use-enrollment.js'
import { connectEnrollment, type EnrollmentApi } from './enrollment-connect.js'

export type UseEnrollmentMachineOptions = UseEnrollmentOptions

export interface UseEnrollmentMachineResult extends EnrollmentApi {
  /** The machine's actions and the machine itself, as `useEnrollment` gives them. */
  enrollment: UseEnrollmentResult
}

export function useEnrollmentMachine(options: UseEnrollmentMachineOptions = {}): UseEnrollmentMachineResult {
  const enrollment = useEnrollment(options)
  const id = useId()
  const { navigation } = enrollment.state
  const seen = useRef(navigation)
  // Focus follows a step change (not the first render: the page decides what is focused on load).
  useEffect(() => {
    if (seen.current === navigation) return
    seen.current = navigation
    globalThis.document?.getElementById(`${id}-heading`)?.focus()
  }, [navigation, id])
  return { ...connectEnrollment(enrollment.state, enrollment, { id }), enrollment }
}
