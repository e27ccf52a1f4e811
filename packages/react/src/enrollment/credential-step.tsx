/**
 * Step 2, "Credencial": the court login (CPF, OAB or user), the lawyer, a description, the court
 * password (optional, for the robots; the field is uncontrolled and the value goes straight into the
 * machine's closure, never into React) and the personal e-mail eproc sends its activation link to,
 * refused when institutional ("jus.br", "gov.br").
 *
 * @example
 * <CredentialStep enrollment={enrollment} idBase="wizard-1" />
 */
import { joinList } from '../court-picker/court-facts.js'
import { useA2F } from '../provider/a2f-context.js'
import { useWizardMessages } from './messages.js'
import { EnrollmentTextField } from './enrollment-field.js'
import { courtDisplayName, fieldErrorText } from './enrollment-texts.js'
import type { StepBodyProps } from './step-body-props.js'

export function CredentialStep({ enrollment, idBase }: StepBodyProps) {
  const { locale } = useA2F()
  const messages = useWizardMessages()
  const m = messages.enrollment.credential
  const { state, setFields, setPassword } = enrollment
  const errorText = (field: 'account' | 'personalEmail') => fieldErrorText(field, state.fieldErrors, messages)
  const suffixes = joinList(
    state.refusedEmailSuffixes.map((suffix) => `“${suffix}”`),
    locale,
  )
  return (
    <>
      <p className="a2f-enrollment-intro">{m.intro(courtDisplayName(state, messages))}</p>
      <EnrollmentTextField
        id={`${idBase}-account`}
        label={m.account}
        hint={m.accountHint}
        error={errorText('account')}
        value={state.account}
        onValueChange={(account) => setFields({ account })}
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        required
      />
      <EnrollmentTextField
        id={`${idBase}-owner`}
        label={m.owner}
        optional
        hint={m.ownerHint}
        value={state.owner}
        onValueChange={(owner) => setFields({ owner })}
        autoComplete="off"
      />
      <EnrollmentTextField
        id={`${idBase}-label`}
        label={m.label}
        optional
        hint={m.labelHint}
        value={state.label}
        onValueChange={(label) => setFields({ label })}
        autoComplete="off"
      />
      <EnrollmentTextField
        id={`${idBase}-password`}
        type="password"
        label={m.password}
        optional
        hint={state.passwordEntered ? `${m.passwordHint} ${m.passwordKept}` : m.passwordHint}
        onValueChange={setPassword}
        // Not the host app's own password: browsers must not fill it in or offer to save it as such.
        autoComplete="new-password"
      />
      {state.court && !state.otherSystem && (
        <EnrollmentTextField
          id={`${idBase}-email`}
          type="email"
          inputMode="email"
          label={m.personalEmail}
          optional={!state.personalEmailRequired}
          hint={m.personalEmailHint(suffixes)}
          error={errorText('personalEmail')}
          value={state.personalEmail}
          onValueChange={(personalEmail) => setFields({ personalEmail })}
          autoComplete="email"
          autoCapitalize="off"
          spellCheck={false}
          required={state.personalEmailRequired}
        />
      )}
    </>
  )
}
