/**
 * The enrolment of a court authenticator: the framework-free machine (`createEnrollment`), its React
 * hook (`useEnrollment`) and the wizard (`EnrollmentWizard`).
 */
export { EnrollmentWizard } from './enrollment-wizard.js'
export type { EnrollmentWizardProps, EnrollmentStepContext } from './enrollment-wizard.js'
export { useEnrollment } from './use-enrollment.js'
export type { UseEnrollmentOptions, UseEnrollmentResult } from './use-enrollment.js'
export { EnrollmentStepIndicator } from './enrollment-step-indicator.js'
export type { EnrollmentStepIndicatorProps } from './enrollment-step-indicator.js'
export {
  createEnrollment,
  createSessionPersistence,
  enrollmentStorageKey,
  readPersisted,
  ENROLLMENT_STEPS,
} from './enrollment-machine.js'
export type {
  Enrollment,
  EnrollmentAccountChoice,
  EnrollmentActions,
  EnrollmentActivity,
  EnrollmentDefaults,
  EnrollmentDraftApi,
  EnrollmentError,
  EnrollmentField,
  EnrollmentFieldError,
  EnrollmentKeylessMethod,
  EnrollmentOptions,
  EnrollmentPersistence,
  EnrollmentSnapshot,
  EnrollmentStep,
  EnrollmentValues,
  PersistedEnrollment,
} from './enrollment-machine.js'
export type * from './messages.js'
