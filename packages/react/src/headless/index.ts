/**
 * @a2f/react/headless — the machines behind the widgets, for hosts that draw the same flows with their
 * own design system (MUI, shadcn/Tailwind, their own), in the manner of Zag and Downshift: each widget is
 * a framework-free machine or reducer, a `connect*` function that returns prop getters (ids, aria
 * wiring, handlers, `data-scope`/`data-part`/`data-state`), and a React hook tying both to the provider.
 * No stylesheet and no widget texts: labels are the caller's (pt-BR defaults only where aria needs one).
 *
 * Everything sits under `<A2FProvider store={…}>` from `@a2f/react`.
 *
 * @example
 * import { useEnrollmentMachine, useKeyEntry, useCountdownMachine, useGridState } from '@a2f/react/headless'
 */

// Prop getters' shared shape
export { mergeProps } from './prop-getters.js'
export type { ElementProps } from './prop-getters.js'

// Enrolment wizard
export { connectEnrollment } from './enrollment-connect.js'
export type {
  ConnectEnrollmentOptions,
  EnrollmentApi,
  EnrollmentStepState,
  EnrollmentTextField,
} from './enrollment-connect.js'
export { useEnrollmentMachine } from './use-enrollment-machine.js'
export type { UseEnrollmentMachineOptions, UseEnrollmentMachineResult } from './use-enrollment-machine.js'
export { createEnrollment, ENROLLMENT_STEPS } from '../enrollment/enrollment-machine.js'
export type {
  Enrollment,
  EnrollmentActions,
  EnrollmentField,
  EnrollmentFieldError,
  EnrollmentOptions,
  EnrollmentSnapshot,
  EnrollmentStep,
} from '../enrollment/enrollment-machine.js'
export { furthestReachable, isStepReachable, stepAfter, stepBefore } from '../enrollment/enrollment-steps.js'
export { validateEnrollmentField, sameLogin } from '../enrollment/enrollment-validation.js'

// Key entry
export { createKeyEntry } from './key-entry-machine.js'
export type {
  KeyEntry,
  KeyEntryKey,
  KeyEntryOptions,
  KeyEntrySnapshot,
  KeyEntryImage,
  KeyEntryStatus,
} from './key-entry-machine.js'
export { connectKeyEntry } from './key-entry-connect.js'
export type { ConnectKeyEntryOptions, KeyEntryApi } from './key-entry-connect.js'
export { useKeyEntry } from './use-key-entry.js'
export type { UseKeyEntryOptions, UseKeyEntryResult } from './use-key-entry.js'
export type { EnteredSecret, SecretSource } from '../secret-input/entered-secret.js'
export type { SecretEntry } from '../secret-input/secret-entry.js'
export type { SecretProblem } from '../secret-input/secret-problem.js'

// Countdown
export {
  connectCountdown,
  countdownPhaseKey,
  DEFAULT_COUNTDOWN_LABELS,
  readCountdown,
  VISUALLY_HIDDEN,
} from './countdown-machine.js'
export type {
  ConnectCountdownOptions,
  CountdownApi,
  CountdownInput,
  CountdownLabels,
  CountdownPhase,
  CountdownReading,
} from './countdown-machine.js'
export { useCountdownMachine } from './use-countdown-machine.js'
export type { UseCountdownMachineOptions, UseCountdownMachineResult } from './use-countdown-machine.js'

// Credential grid
export {
  CONFIRMED_ACTIONS,
  gridReducer,
  initialGridState,
  selectGridRows,
  selectionState,
} from './grid-state.js'
export type { GridEvent, GridState, GridView } from './grid-state.js'
export { connectGrid } from './grid-connect.js'
export type { ConnectGridOptions, GridApi } from './grid-connect.js'
export { DEFAULT_GRID_ROW_TEXTS, useGridState } from './use-grid-state.js'
export type { GridRowTexts, UseGridStateOptions, UseGridStateResult } from './use-grid-state.js'
export type { GridRow } from '../grid/grid-rows.js'
export type { GridAction, GridSort, GridSortKey, GridStatusFilter } from '../grid/grid-types.js'
