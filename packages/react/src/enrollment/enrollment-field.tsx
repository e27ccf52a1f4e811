/**
 * One labelled text field of the wizard: label (with "(opcional)"), hint and error below, linked to the
 * input through `aria-describedby`, `aria-invalid` while the error shows. Uses the shared `.a2f-field`
 * styles, so it looks like the other widgets' fields and works unstyled.
 *
 * @example
 * <EnrollmentTextField id="account" label="Login no tribunal" hint="CPF, OAB…" error={error}
 *   value={state.account} onValueChange={(account) => setFields({ account })} required />
 */
import type { InputHTMLAttributes } from 'react'
import { useEnrollmentMessages } from './messages.js'
import { cx } from '../util/class-names.js'

export interface EnrollmentTextFieldProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'value' | 'onChange' | 'className'
> {
  id: string
  label: string
  /** Marks the label "(opcional)". Default false. */
  optional?: boolean
  hint?: string
  /** The error text, when the field is invalid. */
  error?: string | null
  /** Controlled value; omit for an uncontrolled field (the court password, never kept in React). */
  value?: string
  onValueChange: (value: string) => void
  className?: string
}

/** `aria-describedby` of a field: its hint and its error, whichever exist. */
export function describedBy(id: string, hint: boolean, error: boolean): string | undefined {
  return cx(hint && `${id}-hint`, error && `${id}-error`) || undefined
}

export function EnrollmentTextField(props: EnrollmentTextFieldProps) {
  const { id, label, optional = false, hint, error, onValueChange, className, ...input } = props
  const m = useEnrollmentMessages()
  return (
    <div className={cx('a2f-field', 'a2f-enrollment-field', className)} data-invalid={error ? '' : undefined}>
      <label htmlFor={id}>
        {label}
        {optional && <span className="a2f-enrollment-optional"> {m.optional}</span>}
      </label>
      <input
        {...input}
        id={id}
        onChange={(event) => onValueChange(event.currentTarget.value)}
        aria-describedby={describedBy(id, hint !== undefined, Boolean(error))}
        aria-invalid={error ? true : undefined}
      />
      {hint !== undefined && (
        <p id={`${id}-hint`} className="a2f-field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="a2f-field-error">
          {error}
        </p>
      )}
    </div>
  )
}
