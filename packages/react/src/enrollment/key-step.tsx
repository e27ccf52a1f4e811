/**
 * Step 3, "Chave de autenticação": how to reach the key on the court site (eproc's screens, seeds 001
 * and 003), a link to the court, the warning to keep that page open and not press "Enviar" yet, and
 * `SecretInput`. The key goes from SecretInput's callback straight into the machine.
 *
 * The field is uncontrolled and comes back empty when the user returns to this step: the key entered
 * before is still held (or, after a reload, kept in the pending draft), and the step says so.
 *
 * @example
 * <KeyStep enrollment={enrollment} idBase="wizard-1" />
 */
import { useRef } from 'react'
import { useMessages } from '../provider/a2f-context.js'
import { SecretInput } from '../secret-input/secret-input.js'
import type { EnteredSecret } from '../secret-input/entered-secret.js'
import { fieldErrorText, systemDisplayName } from './enrollment-texts.js'
import type { StepBodyProps } from './step-body-props.js'

export function KeyStep({ enrollment, idBase, qrDecoder }: StepBodyProps) {
  const messages = useMessages()
  const m = messages.enrollment.key
  const { state, setSecret } = enrollment
  const court = state.otherSystem ? null : state.court
  // SecretInput reports null while its field is empty. Only a key typed here and then erased clears the
  // one held: arriving at an empty field must not throw away the key entered on an earlier visit.
  const enteredHere = useRef(false)
  const onSecretChange = (entered: EnteredSecret | null) => {
    if (entered) {
      enteredHere.current = true
      setSecret(entered)
    } else if (enteredHere.current) {
      enteredHere.current = false
      setSecret(null)
    }
  }
  const secretError = fieldErrorText('secret', state.fieldErrors, messages)
  const steps = court?.system === 'eproc' ? m.howToEproc : m.howToOther
  return (
    <>
      {state.notice === 'DRAFT_GONE' && (
        <p className="a2f-enrollment-notice" data-kind="error">
          {m.draftGone}
        </p>
      )}
      <ol className="a2f-enrollment-howto">
        {steps.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ol>
      {court && (
        <p className="a2f-enrollment-court-link">
          <a href={court.loginUrl} target="_blank" rel="noopener noreferrer">
            {m.openCourt(systemDisplayName(court, messages))}
            <span className="a2f-visually-hidden"> {messages.courtPicker.opensInNewTab}</span>
          </a>
        </p>
      )}
      <p className="a2f-enrollment-note" data-kind="warning">
        {m.keepCourtOpen}
      </p>
      {state.hasSecret ? (
        <p className="a2f-enrollment-kept">{m.keyKept}</p>
      ) : state.draftId !== null ? (
        <p className="a2f-enrollment-kept">{m.keyInDraft}</p>
      ) : null}
      <SecretInput
        id={`${idBase}-secret`}
        label={m.inputLabel}
        onSecretChange={onSecretChange}
        disabled={state.busy}
        {...(qrDecoder ? { qrDecoder } : {})}
        {...(secretError ? { 'aria-describedby': `${idBase}-secret-error`, 'aria-invalid': true } : {})}
      />
      {secretError && (
        <p id={`${idBase}-secret-error`} className="a2f-field-error" role="alert">
          {secretError}
        </p>
      )}
    </>
  )
}
