/**
 * Step 1, "Tribunal": the court system the key is for (`CourtPicker` + `CourtDetails`), or another system
 * named by hand (an office intranet). Courts whose second factor is an e-mailed code (e-SAJ) or a gov.br
 * account end the enrolment here, with an explanation: there is no key to keep.
 *
 * @example
 * <CourtStep enrollment={enrollment} idBase="wizard-1" />
 */
import { CourtDetails } from '../court-picker/court-details.js'
import { CourtPicker } from '../court-picker/court-picker.js'
import { useWizardMessages } from './messages.js'
import { EnrollmentTextField } from './enrollment-field.js'
import { courtDisplayName, fieldErrorText } from './enrollment-texts.js'
import type { StepBodyProps } from './step-body-props.js'

export function CourtStep({ enrollment, idBase }: StepBodyProps) {
  const messages = useWizardMessages()
  const m = messages.enrollment
  const { state, selectCourt, setOtherSystem, setFields } = enrollment
  const courtError = fieldErrorText('court', state.fieldErrors, messages)
  const showCourt = state.court !== null && !state.otherSystem
  return (
    <>
      <p className="a2f-enrollment-intro">{m.court.intro}</p>
      {!state.otherSystem && (
        <CourtPicker
          value={state.systemId ?? ''}
          onValueChange={selectCourt}
          {...(courtError ? { 'aria-describedby': `${idBase}-court-error`, 'aria-invalid': true } : {})}
        />
      )}
      {courtError && (
        <p id={`${idBase}-court-error`} className="a2f-field-error" role="alert">
          {courtError}
        </p>
      )}
      {showCourt && state.keyless && (
        <div className="a2f-enrollment-keyless" data-method={state.keyless}>
          <p className="a2f-enrollment-keyless-title">
            <strong>{m.court.keylessTitle(courtDisplayName(state, messages))}</strong>
          </p>
          <p>{m.court.keyless[state.keyless]}</p>
        </div>
      )}
      {showCourt && state.court ? (
        <CourtDetails systemId={state.court.id} />
      ) : (
        // CourtDetails says this for a chosen court; without one, the wizard says it.
        <p className="a2f-enrollment-note" data-kind="warning">
          <strong>{m.court.beforeYouStartTitle}:</strong> {m.court.beforeYouStart}
        </p>
      )}
      <div className="a2f-enrollment-check">
        <input
          id={`${idBase}-other`}
          type="checkbox"
          checked={state.otherSystem}
          onChange={(event) => setOtherSystem(event.currentTarget.checked)}
        />
        <label htmlFor={`${idBase}-other`}>{m.court.otherToggle}</label>
      </div>
      {state.otherSystem && (
        <EnrollmentTextField
          id={`${idBase}-issuer`}
          label={m.court.otherIssuerLabel}
          hint={m.court.otherIssuerHint}
          error={fieldErrorText('issuer', state.fieldErrors, messages)}
          value={state.issuer}
          onValueChange={(issuer) => setFields({ issuer })}
          autoComplete="off"
          required
        />
      )}
    </>
  )
}
