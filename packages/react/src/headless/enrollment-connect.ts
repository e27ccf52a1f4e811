/**
 * Prop getters for the enrolment machine (`createEnrollment`), in the manner of Zag's steps machine: a
 * stepper, a panel labelled by its heading (focused on every step change), text fields with their
 * errors tied by `aria-describedby`, and the buttons of the flow. Pure: a snapshot and the machine's
 * actions in, props out; `useEnrollmentMachine` calls it on every snapshot.
 *
 * Field errors are stable codes (`fieldError('account')?.code === 'REQUIRED'`): the host words them.
 *
 * @example
 * const api = connectEnrollment(enrollment.getSnapshot(), enrollment, { id: 'wizard' })
 * <input {...api.getTextFieldProps('account')} /> <p {...api.getFieldErrorProps('account')}>…</p>
 * <button {...api.getNextButtonProps()}>Continuar</button>
 */
import type { ChangeEvent } from 'react'
import { ENROLLMENT_STEPS, type EnrollmentStep } from '../enrollment/enrollment-steps.js'
import type { EnrollmentActions, EnrollmentSnapshot } from '../enrollment/enrollment-types.js'
import type { EnrollmentField, EnrollmentFieldError } from '../enrollment/enrollment-validation.js'
import type { EnrollmentValues } from '../enrollment/enrollment-values.js'
import { mergeProps, part, type ElementProps } from './prop-getters.js'

/** Where a step stands, as `data-state` of its stepper item. */
export type EnrollmentStepState = 'current' | 'complete' | 'upcoming'

/** The text fields `getTextFieldProps` wires (value and `setFields`). */
export type EnrollmentTextField = Exclude<keyof EnrollmentValues, 'systemId' | 'otherSystem'>

/** A field with an error, or a text field (owner and label never have one). */
type AnyField = EnrollmentField | EnrollmentTextField

export interface ConnectEnrollmentOptions {
  /** Base of the element ids (React's `useId()`). */
  id: string
}

export interface EnrollmentApi {
  state: EnrollmentSnapshot
  step: EnrollmentStep
  steps: readonly EnrollmentStep[]
  /** 1-based. */
  position: number
  count: number
  isFirst: boolean
  /** The last step ('done'): its button saves. */
  isLast: boolean
  /** The error of `field` as the machine shows it (after the user tried to leave its step). */
  fieldError(field: EnrollmentField | EnrollmentTextField): EnrollmentFieldError | undefined
  stepState(step: EnrollmentStep): EnrollmentStepState
  getRootProps(props?: ElementProps): ElementProps
  /** An ordered list of steps (`<ol>`). */
  getStepListProps(props?: ElementProps): ElementProps
  getStepItemProps(step: EnrollmentStep, props?: ElementProps): ElementProps
  /** A button going to `step`, disabled while it cannot be shown. */
  getStepTriggerProps(step: EnrollmentStep, props?: ElementProps): ElementProps
  /** The step's body: a region named by the heading. */
  getPanelProps(props?: ElementProps): ElementProps
  /** The step's heading: focusable by script, focused after each step change (`useEnrollmentMachine`). */
  getHeadingProps(props?: ElementProps): ElementProps
  getLabelProps(field: EnrollmentField | EnrollmentTextField, props?: ElementProps): ElementProps
  /** A text input bound to the machine, with its error wiring. */
  getTextFieldProps(field: EnrollmentTextField, props?: ElementProps): ElementProps
  /** The error text's element (`role="alert"` only while there is an error). */
  getFieldErrorProps(field: EnrollmentField | EnrollmentTextField, props?: ElementProps): ElementProps
  /** A radio choosing the registry system `systemId` (the court step). */
  getCourtOptionProps(systemId: string, props?: ElementProps): ElementProps
  /** A checkbox for a system outside the registry (then `getTextFieldProps('issuer')` names it). */
  getOtherSystemCheckboxProps(props?: ElementProps): ElementProps
  /** The "Confirmei o código no site do tribunal" checkbox. */
  getConfirmCheckboxProps(props?: ElementProps): ElementProps
  getNextButtonProps(props?: ElementProps): ElementProps
  getBackButtonProps(props?: ElementProps): ElementProps
  getValidateLaterButtonProps(props?: ElementProps): ElementProps
  getCancelButtonProps(props?: ElementProps): ElementProps
  /** The store failure's element (`role="alert"`), hidden when there is none. */
  getErrorProps(props?: ElementProps): ElementProps
}

const SCOPE = 'enrollment'

export function connectEnrollment(
  state: EnrollmentSnapshot,
  actions: EnrollmentActions,
  options: ConnectEnrollmentOptions,
): EnrollmentApi {
  const { id } = options
  const ids = {
    heading: `${id}-heading`,
    panel: `${id}-panel`,
    error: `${id}-error`,
    field: (field: AnyField) => `${id}-field-${field}`,
    fieldError: (field: AnyField) => `${id}-field-${field}-error`,
  }
  const index = ENROLLMENT_STEPS.indexOf(state.step)
  const fieldError = (field: AnyField) => state.fieldErrors[field as EnrollmentField]
  const stepState = (step: EnrollmentStep): EnrollmentStepState => {
    const at = ENROLLMENT_STEPS.indexOf(step)
    return at === index ? 'current' : at < index || state.completed ? 'complete' : 'upcoming'
  }
  const blocked = state.busy || state.completed !== null
  const button = (name: string, onClick: () => void, disabled: boolean, props?: ElementProps) =>
    mergeProps(
      { ...part(SCOPE, name), type: 'button', disabled, 'aria-disabled': disabled || undefined, onClick },
      props,
      ['type'],
    )

  return {
    state,
    step: state.step,
    steps: ENROLLMENT_STEPS,
    position: state.position,
    count: ENROLLMENT_STEPS.length,
    isFirst: index === 0,
    isLast: index === ENROLLMENT_STEPS.length - 1,
    fieldError,
    stepState,
    getRootProps: (props) =>
      mergeProps(
        {
          ...part(SCOPE, 'root'),
          id: `${id}-root`,
          'data-state': state.completed ? 'completed' : state.step,
          'aria-busy': state.busy || undefined,
        },
        props,
        ['data-state'],
      ),
    getStepListProps: (props) => mergeProps({ ...part(SCOPE, 'step-list') }, props),
    getStepItemProps: (step, props) =>
      mergeProps(
        {
          ...part(SCOPE, 'step-item'),
          'data-step': step,
          'data-state': stepState(step),
          'aria-current': step === state.step ? 'step' : undefined,
        },
        props,
        ['aria-current', 'data-state'],
      ),
    getStepTriggerProps: (step, props) =>
      button(
        'step-trigger',
        () => void actions.goTo(step),
        blocked || !state.reachable[step] || step === state.step,
        mergeProps({ 'data-step': step, 'data-state': stepState(step) }, props),
      ),
    getPanelProps: (props) =>
      mergeProps(
        {
          ...part(SCOPE, 'panel'),
          id: ids.panel,
          role: 'region',
          'aria-labelledby': ids.heading,
          'data-step': state.step,
        },
        props,
        ['aria-labelledby'],
      ),
    getHeadingProps: (props) =>
      mergeProps({ ...part(SCOPE, 'heading'), id: ids.heading, tabIndex: -1 }, props, ['id']),
    getLabelProps: (field, props) =>
      mergeProps({ ...part(SCOPE, 'label'), htmlFor: ids.field(field) }, props, ['htmlFor']),
    getTextFieldProps: (field, props) => {
      const error = fieldError(field)
      return mergeProps(
        {
          ...part(SCOPE, 'text-field'),
          id: ids.field(field),
          name: field,
          value: state[field],
          disabled: blocked,
          'aria-invalid': error ? true : undefined,
          'aria-describedby': error ? ids.fieldError(field) : undefined,
          'data-state': error ? 'invalid' : 'valid',
          ...(field === 'personalEmail'
            ? { type: 'email', autoComplete: 'email' }
            : field === 'account'
              ? { autoComplete: 'username', spellCheck: false }
              : {}),
          onChange: (event: ChangeEvent<HTMLInputElement>) =>
            actions.setFields({ [field]: event.target.value }),
        },
        props,
        ['id', 'value', 'aria-invalid', 'aria-describedby'],
      )
    },
    getFieldErrorProps: (field, props) => {
      const error = fieldError(field)
      return mergeProps(
        {
          ...part(SCOPE, 'field-error'),
          id: ids.fieldError(field),
          hidden: !error,
          'data-code': error?.code,
        },
        props,
        ['id'],
      )
    },
    getCourtOptionProps: (systemId, props) => {
      const error = fieldError('court')
      const checked = !state.otherSystem && state.systemId === systemId
      return mergeProps(
        {
          ...part(SCOPE, 'court-option'),
          type: 'radio',
          name: `${id}-court`,
          value: systemId,
          checked,
          disabled: blocked,
          'aria-invalid': error ? true : undefined,
          'aria-describedby': error ? ids.fieldError('court') : undefined,
          'data-state': checked ? 'checked' : 'unchecked',
          onChange: () => actions.selectCourt(systemId),
        },
        props,
        ['type', 'checked', 'value'],
      )
    },
    getOtherSystemCheckboxProps: (props) =>
      mergeProps(
        {
          ...part(SCOPE, 'other-system'),
          type: 'checkbox',
          checked: state.otherSystem,
          disabled: blocked,
          'data-state': state.otherSystem ? 'checked' : 'unchecked',
          onChange: (event: ChangeEvent<HTMLInputElement>) => actions.setOtherSystem(event.target.checked),
        },
        props,
        ['type', 'checked'],
      ),
    getConfirmCheckboxProps: (props) => {
      const error = fieldError('confirmed')
      return mergeProps(
        {
          ...part(SCOPE, 'confirm-checkbox'),
          id: ids.field('confirmed'),
          type: 'checkbox',
          checked: state.confirmed,
          disabled: blocked,
          'aria-invalid': error ? true : undefined,
          'aria-describedby': error ? ids.fieldError('confirmed') : undefined,
          'data-state': state.confirmed ? 'checked' : 'unchecked',
          onChange: (event: ChangeEvent<HTMLInputElement>) => actions.setConfirmed(event.target.checked),
        },
        props,
        ['id', 'type', 'checked'],
      )
    },
    getNextButtonProps: (props) =>
      mergeProps(
        button('next-button', () => void actions.next(), blocked, props),
        { 'data-state': state.busy ? 'busy' : 'idle', 'aria-busy': state.busy || undefined },
      ),
    getBackButtonProps: (props) => button('back-button', actions.back, blocked || index === 0, props),
    getValidateLaterButtonProps: (props) =>
      button('validate-later-button', actions.validateLater, blocked || state.draftId === null, props),
    getCancelButtonProps: (props) => button('cancel-button', () => void actions.cancel(), state.busy, props),
    getErrorProps: (props) =>
      mergeProps(
        {
          ...part(SCOPE, 'error'),
          id: ids.error,
          role: 'alert',
          hidden: !state.error && !state.notice,
          'data-code': state.error?.code ?? state.notice ?? undefined,
        },
        props,
        ['role'],
      ),
  }
}
