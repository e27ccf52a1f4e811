/**
 * Where the lawyer is in the enrolment: an ordered list of the five steps, the current one marked with
 * `aria-current="step"`, the completed ones with a hidden "(concluída)". Purely informative (moving
 * happens with Avançar/Voltar), so it adds no tab stops.
 *
 * @example
 * <EnrollmentStepIndicator step="key" />
 */
import { useEnrollmentMessages } from './messages.js'
import { cx } from '../util/class-names.js'
import { ENROLLMENT_STEPS, type EnrollmentStep } from './enrollment-machine.js'

export interface EnrollmentStepIndicatorProps {
  step: EnrollmentStep
  /** Marks every step done (after saving). Default false. */
  completed?: boolean
  className?: string
}

export function EnrollmentStepIndicator({
  step,
  completed = false,
  className,
}: EnrollmentStepIndicatorProps) {
  const m = useEnrollmentMessages()
  const current = ENROLLMENT_STEPS.indexOf(step)
  return (
    <ol className={cx('a2f-enrollment-steps', className)} aria-label={m.stepsLabel}>
      {ENROLLMENT_STEPS.map((name, index) => {
        const state = completed || index < current ? 'complete' : index === current ? 'current' : 'upcoming'
        return (
          <li
            key={name}
            className="a2f-enrollment-steps-item"
            data-state={state}
            data-step={name}
            {...(index === current && !completed ? { 'aria-current': 'step' as const } : {})}
          >
            <span className="a2f-enrollment-steps-number" aria-hidden="true">
              {state === 'complete' ? '✓' : index + 1}
            </span>{' '}
            <span className="a2f-enrollment-steps-label">{m.steps[name]}</span>
            {state === 'complete' && <span className="a2f-visually-hidden"> {m.stepDone}</span>}
          </li>
        )
      })}
    </ol>
  )
}
