/**
 * The steps of the enrolment, in order, which fields each step checks before it is left, and which steps
 * can be shown given what is done (every step before a step must be done). Pure: the machine asks with
 * its own facts, and a host's own stepper (`connectEnrollment`) reads the same order.
 *
 * @example
 * furthestReachable('key', (step) => step !== 'key')  // 'credential'
 */
import type { EnrollmentField } from './enrollment-validation.js'

/** The steps, in order. */
export const ENROLLMENT_STEPS = ['court', 'credential', 'key', 'authenticator', 'done'] as const

export type EnrollmentStep = (typeof ENROLLMENT_STEPS)[number]

/** The fields each step validates before it is left ('done' has none: saving checks the draft). */
export const FIELDS_BY_STEP: Readonly<Record<EnrollmentStep, readonly EnrollmentField[]>> = {
  court: ['court', 'issuer'],
  credential: ['account', 'personalEmail'],
  key: ['secret'],
  authenticator: ['confirmed'],
  done: [],
}

/** What decides whether a step can be shown: the facts the machine holds now. */
export interface StepFacts {
  /** The court step's fields are valid. */
  courtValid: boolean
  /** The credential step's fields are valid. */
  credentialValid: boolean
  /** The key step is done once the draft holds the key. */
  hasDraft: boolean
  /** The authenticator step is done once the code was confirmed or its validation left for later. */
  confirmedOrDeferred: boolean
}

/** A step can be shown when every step before it is done. */
export function isStepReachable(step: EnrollmentStep, facts: StepFacts): boolean {
  const index = ENROLLMENT_STEPS.indexOf(step)
  return (
    (index < 1 || facts.courtValid) &&
    (index < 2 || facts.credentialValid) &&
    (index < 3 || facts.hasDraft) &&
    (index < 4 || facts.confirmedOrDeferred)
  )
}

/** `wanted`, or the nearest step before it that can be shown. */
export function furthestReachable(
  wanted: EnrollmentStep,
  reachable: (step: EnrollmentStep) => boolean,
): EnrollmentStep {
  let index = ENROLLMENT_STEPS.indexOf(wanted)
  while (index > 0 && !reachable(ENROLLMENT_STEPS[index]!)) index--
  return ENROLLMENT_STEPS[index] ?? 'court'
}

/** The step after `step` ('done' stays 'done'). */
export function stepAfter(step: EnrollmentStep): EnrollmentStep {
  return ENROLLMENT_STEPS[Math.min(ENROLLMENT_STEPS.indexOf(step) + 1, ENROLLMENT_STEPS.length - 1)]!
}

/** The step before `step`, or null on the first. */
export function stepBefore(step: EnrollmentStep): EnrollmentStep | null {
  const index = ENROLLMENT_STEPS.indexOf(step)
  return index < 1 ? null : ENROLLMENT_STEPS[index - 1]!
}
