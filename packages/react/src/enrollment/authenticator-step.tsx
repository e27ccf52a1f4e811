/**
 * Step 4, "Autenticador" (seed 000, 4c): the live code to type at the court — large, with its countdown,
 * a copy button and the next code near expiry — what the court does next (eproc e-mails an activation
 * link to the personal address, seed 001), the same key as a QR code to add it to the lawyer's phone too
 * (Oystr's advice, seed 003), and the confirmation "Confirmei o código no site do tribunal".
 *
 * The code comes from the pending draft in the store (`credentialId`), where the key went, sealed, when the
 * key step was passed: the same code the grid will show, also after a reload. The QR code uses the key
 * still in memory, or after a reload the stored key, revealed only on request.
 *
 * @example
 * <AuthenticatorStep enrollment={enrollment} idBase="wizard-1" />
 */
import { useMemo, useState } from 'react'
import { CodeCountdown } from '../countdown/code-countdown.js'
import { useWizardMessages } from './messages.js'
import { LazySecretQrCode } from '../secret-qr/lazy-secret-qr-code.js'
import { describedBy } from './enrollment-field.js'
import { fieldErrorText } from './enrollment-texts.js'
import type { StepBodyProps } from './step-body-props.js'

export function AuthenticatorStep({ enrollment, idBase }: StepBodyProps) {
  const messages = useWizardMessages()
  const m = messages.enrollment.authenticator
  const { state, setConfirmed } = enrollment
  const [phoneOpen, setPhoneOpen] = useState(false)
  const confirmId = `${idBase}-confirmed`
  const confirmError = fieldErrorText('confirmed', state.fieldErrors, messages)
  const email = state.personalEmail.trim()
  return (
    <>
      <p className="a2f-enrollment-intro">{m.instructions}</p>
      {state.personalEmailRequired && email !== '' && (
        <p className="a2f-enrollment-intro">{m.activationLink(email)}</p>
      )}
      {state.resumed && !state.hasSecret && <p className="a2f-enrollment-kept">{m.resumed}</p>}
      <div className="a2f-enrollment-code">
        {state.draftId !== null && (
          <CodeCountdown credentialId={state.draftId} size="large" label={m.codeLabel} />
        )}
      </div>
      <p className="a2f-field-hint">{m.singleUse}</p>

      <div className="a2f-enrollment-phone" data-state={phoneOpen ? 'open' : 'closed'}>
        <button
          type="button"
          className="a2f-button a2f-enrollment-phone-toggle"
          aria-expanded={phoneOpen}
          aria-controls={`${idBase}-phone`}
          onClick={() => setPhoneOpen((open) => !open)}
        >
          {m.phoneToggle}
        </button>
        <div id={`${idBase}-phone`} className="a2f-enrollment-phone-panel" hidden={!phoneOpen}>
          {phoneOpen && (
            <>
              <p>{m.phoneHint}</p>
              <PhoneQr enrollment={enrollment} />
              <p className="a2f-field-hint">{m.keepKey}</p>
            </>
          )}
        </div>
      </div>

      <div className="a2f-enrollment-check" data-invalid={confirmError ? '' : undefined}>
        <input
          id={confirmId}
          type="checkbox"
          checked={state.confirmed}
          onChange={(event) => setConfirmed(event.currentTarget.checked)}
          aria-describedby={describedBy(confirmId, true, Boolean(confirmError))}
          aria-invalid={confirmError ? true : undefined}
        />
        <label htmlFor={confirmId}>{m.confirm}</label>
      </div>
      <p id={`${confirmId}-hint`} className="a2f-field-hint">
        {m.confirmHint}
      </p>
      {confirmError && (
        <p id={`${confirmId}-error`} className="a2f-field-error">
          {confirmError}
        </p>
      )}
    </>
  )
}

/**
 * The key as a QR code, mounted only while the disclosure is open (the user asked to see it): the key
 * still in memory, or after a reload the stored one, revealed on request.
 */
function PhoneQr({ enrollment }: Pick<StepBodyProps, 'enrollment'>) {
  const { state, machine } = enrollment
  // A new key (keyRevision) means another QR code.
  const keyRevision = state.keyRevision
  const secret = useMemo(() => (keyRevision >= 0 ? machine.revealSecret() : null), [machine, keyRevision])
  if (!secret && state.draftId === null) return null
  return (
    <LazySecretQrCode
      {...(secret ? { secret, otp: state.draft?.otp ?? {} } : { credentialId: state.draftId! })}
      issuer={state.issuerName}
      account={state.account.trim()}
      headingLevel={4}
      printable={false}
    />
  )
}
