/**
 * What every step body of the wizard receives: the enrolment (state and actions) and a
 * prefix for element ids, so that two wizards on one page never share an id.
 */
import type { UseEnrollmentResult } from './use-enrollment.js'

export interface StepBodyProps {
  enrollment: UseEnrollmentResult
  idBase: string
}
