/**
 * Step 3, "Chave de autenticação": how to reach the key on the court site (eproc's screens, seeds 001
 * and 003), a link to the court, the warning to keep that page open and not press "Enviar" yet, and
 * `SecretInput`. The key goes from SecretInput's callback straight into the machine, and so does what the
 * field holds (`setSecretEntry`).
 *
 * The field is uncontrolled and comes back empty when the user returns to this step: the key entered
 * before is still held (or, after a reload, kept in the pending draft), and the step says so. An emptied
 * field keeps that key; a field holding something the wizard could not use does not: "Avançar" stops,
 * says why and offers "Manter a chave já informada", which empties the field. A lawyer who pasted a new
 * key must never be taken on with the old one because the new one was refused.
 *
 * When the key names another account than the login typed at step 2 (a court QR code for RS012345, the
 * login SC067890), the step says so and asks which one the credential keeps.
 *
 * @example
 * <KeyStep enrollment={enrollment} idBase="wizard-1" />
 */
import { useEffect, useRef, useState } from 'react'
import { useWizardMessages } from './messages.js'
import { SecretInput } from '../secret-input/secret-input.js'
import type { EnteredSecret } from '../secret-input/entered-secret.js'
import { EMPTY_SECRET_ENTRY } from '../secret-input/secret-entry.js'
import { expectedCourtKey, fieldErrorText, systemDisplayName } from './enrollment-texts.js'
import type { StepBodyProps } from './step-body-props.js'

export function KeyStep({ enrollment, idBase, qrDecoder }: StepBodyProps) {
  const messages = useWizardMessages()
  const m = messages.enrollment.key
  const { state, setSecret, setSecretEntry, chooseAccount } = enrollment
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
  // "Manter a chave já informada": a fresh, empty field (SecretInput is uncontrolled).
  const [fieldRevision, setFieldRevision] = useState(0)
  const secretId = `${idBase}-secret`
  const keepSavedKey = () => {
    setFieldRevision((revision) => revision + 1)
    setSecretEntry(EMPTY_SECRET_ENTRY)
  }
  // The button goes away with the error: focus goes to the new field, not to the start of the page.
  useEffect(() => {
    if (fieldRevision > 0) document.getElementById(secretId)?.focus()
  }, [fieldRevision, secretId])
  const expected = expectedCourtKey(court)
  const error = state.fieldErrors.secret
  const keyKept = state.hasSecret || state.draftId !== null
  const mismatch = error?.code === 'ACCOUNT_MISMATCH'
  const secretError = mismatch ? null : fieldErrorText('secret', state.fieldErrors, messages, expected)
  const choice = state.accountChoice
  const choiceId = `${idBase}-account-choice`
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
        key={fieldRevision}
        id={secretId}
        label={m.inputLabel}
        onSecretChange={onSecretChange}
        onEntryChange={setSecretEntry}
        // With a key held, an emptied field is no error: it keeps that key.
        required={!keyKept}
        disabled={state.busy}
        {...(expected ? { expectedKey: expected } : {})}
        {...(qrDecoder ? { qrDecoder } : {})}
        {...(secretError ? { 'aria-describedby': `${secretId}-error`, 'aria-invalid': true } : {})}
      />
      {secretError && (
        <div className="a2f-enrollment-key-error">
          <p id={`${secretId}-error`} className="a2f-field-error" role="alert">
            {secretError}
          </p>
          {error?.code === 'UNUSABLE_ENTRY' && error.keyKept && (
            <button type="button" className="a2f-button a2f-enrollment-keep-key" onClick={keepSavedKey}>
              {m.keepSavedKey}
            </button>
          )}
        </div>
      )}
      {/* Always rendered, so that the notice is announced when it appears. */}
      <div className="a2f-enrollment-account-notice" role="status">
        {choice && choice.chosen === null && (
          <p className="a2f-enrollment-notice" data-kind="warning">
            {m.accountChoice.notice(
              choice.typed,
              choice.fromKey,
              messages.secretInput.sources[choice.source],
            )}
          </p>
        )}
      </div>
      {choice && (
        <fieldset
          className="a2f-enrollment-account-choice"
          data-invalid={mismatch ? '' : undefined}
          aria-describedby={mismatch ? `${choiceId}-error` : undefined}
        >
          <legend>{m.accountChoice.legend}</legend>
          {(
            [
              ['typed', m.accountChoice.keepTyped(choice.typed)],
              ['key', m.accountChoice.useKey(choice.fromKey)],
            ] as const
          ).map(([value, text], index) => (
            <label key={value} className="a2f-enrollment-account-option">
              <input
                // The first option is where focus goes when the choice stops the step.
                {...(index === 0 ? { id: choiceId } : {})}
                type="radio"
                name={choiceId}
                value={value}
                checked={choice.chosen === value}
                onChange={() => chooseAccount(value)}
              />{' '}
              {text}
            </label>
          ))}
          {mismatch && (
            <p id={`${choiceId}-error`} className="a2f-field-error" role="alert">
              {m.errors.ACCOUNT_MISMATCH}
            </p>
          )}
        </fieldset>
      )}
    </>
  )
}
