/**
 * A labelled password field for passphrases. Uncontrolled on purpose: the passphrase stays in the DOM
 * until the form is submitted and is read once from its FormData, so it never sits in React state (nor
 * in React DevTools).
 *
 * @example
 * <PassphraseField name="passphrase" label="Senha do cofre" autoComplete="current-password" />
 */
import { useId, type Ref } from 'react'

export interface PassphraseFieldProps {
  name: string
  label: string
  autoComplete: 'new-password' | 'current-password' | 'off'
  hint?: string
  /** Id of a message about this field (an error), read after the hint. */
  errorId?: string
  invalid?: boolean
  autoFocus?: boolean
  inputRef?: Ref<HTMLInputElement>
}

export function PassphraseField(props: PassphraseFieldProps) {
  const id = useId()
  const hintId = `${id}-hint`
  const describedBy = [props.hint ? hintId : '', props.errorId ?? ''].filter(Boolean).join(' ')
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        ref={props.inputRef}
        id={id}
        name={props.name}
        type="password"
        autoComplete={props.autoComplete}
        required
        spellCheck={false}
        autoFocus={props.autoFocus}
        aria-invalid={props.invalid || undefined}
        aria-describedby={describedBy || undefined}
      />
      {props.hint && (
        <p id={hintId} className="field-hint">
          {props.hint}
        </p>
      )}
    </div>
  )
}

/** The text of a field of a submitted form ('' when absent), read once at submit. */
export function formText(form: HTMLFormElement, name: string): string {
  const value = new FormData(form).get(name)
  return typeof value === 'string' ? value : ''
}

/**
 * Empties the form's password fields once their values were read: the passphrases leave the page. (Each
 * field is set one by one rather than `form.reset()`, which would also reset the other fields.)
 */
export function clearPassphrases(form: HTMLFormElement): void {
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type="password"]')) input.value = ''
}
