/**
 * The grid's built-in edit form: owner, label, personal e-mail and notes of a credential, saved with the
 * version the user saw. When someone else changed the credential meanwhile the store refuses
 * (ConflictError): the form says so, the grid shows the other change, and saving again is the user's
 * decision. The personal e-mail is checked as eproc checks it (no jus.br, gov.br). Hosts with their own
 * form pass `onEdit` to the grid instead.
 *
 * @example
 * <EditDialog model={model} owners={['Ana Beatriz Souza']} onClose={close} returnFocus={trigger} />
 */
import { validatePersonalEmail } from '@a2f/core'
import type { CredentialPatch } from '@a2f/storage'
import { useId, useState, type FormEvent } from 'react'
import { useUpdateCredential } from '../data/use-credential-mutations.js'
import { useMessages } from '../provider/a2f-context.js'
import { useErrorMessage } from '../util/use-error-message.js'
import { GridDialog } from './grid-dialog.js'
import type { GridRowModel } from './row-model.js'

export interface EditDialogProps {
  model: GridRowModel
  /** Suggestions for the owner field. */
  owners: readonly string[]
  onClose: () => void
  returnFocus?: HTMLElement | null
  fallbackFocus?: () => HTMLElement | null | undefined
}

type EditableField = 'owner' | 'label' | 'personalEmail' | 'notes'

export function EditDialog({ model, owners, onClose, returnFocus, fallbackFocus }: EditDialogProps) {
  const { grid, common } = useMessages()
  const errorMessage = useErrorMessage()
  const update = useUpdateCredential()
  const credential = model.credential
  const [values, setValues] = useState<Record<EditableField, string>>(() => ({
    owner: credential.owner ?? '',
    label: credential.label ?? '',
    personalEmail: credential.personalEmail ?? '',
    notes: credential.notes ?? '',
  }))
  const [emailError, setEmailError] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const ids = {
    owners: useId(),
    email: useId(),
    emailHint: useId(),
    emailError: useId(),
    label: useId(),
    labelHint: useId(),
  }

  const change = (field: EditableField) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value
    setValues((current) => ({ ...current, [field]: value }))
    if (field === 'personalEmail') setEmailError(null)
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const email = values.personalEmail.trim()
    if (email !== '') {
      const check = validatePersonalEmail(email, {
        // Only courts refuse institutional addresses; an intranet credential may keep one.
        refusedSuffixes: model.system ? model.system.twoFactor.enrollment?.refusedEmailSuffixes : [],
      })
      if (!check.ok) {
        setEmailError(
          check.reason === 'INSTITUTIONAL_DOMAIN'
            ? grid.emailInstitutional(check.suffix ?? '')
            : grid.emailMalformed,
        )
        return
      }
    }
    const patch: CredentialPatch = {}
    for (const field of ['owner', 'label', 'personalEmail', 'notes'] as const) {
      const next = field === 'notes' ? values[field].trim() : values[field].trim().replace(/\s+/g, ' ')
      if (next === (credential[field] ?? '')) continue
      patch[field] = next === '' ? null : next
    }
    if (Object.keys(patch).length === 0) {
      onClose()
      return
    }
    setError(null)
    try {
      await update.mutateAsync({ id: credential.id, patch, expectedVersion: credential.version })
      onClose()
    } catch (failure) {
      setError(errorMessage(failure))
    }
  }

  return (
    <GridDialog
      title={grid.editTitle(model.rowName)}
      onClose={onClose}
      returnFocus={returnFocus ?? null}
      {...(fallbackFocus ? { fallbackFocus } : {})}
      className="a2f-grid-edit-dialog"
    >
      <form className="a2f-grid-form" onSubmit={(event) => void submit(event)} noValidate>
        <label className="a2f-field">
          <span>{grid.ownerField}</span>
          <input value={values.owner} onChange={change('owner')} list={ids.owners} autoComplete="off" />
          <datalist id={ids.owners}>
            {owners.map((owner) => (
              <option key={owner} value={owner} />
            ))}
          </datalist>
        </label>
        <div className="a2f-field">
          <label htmlFor={ids.label}>{grid.labelField}</label>
          <input
            id={ids.label}
            value={values.label}
            onChange={change('label')}
            aria-describedby={ids.labelHint}
          />
          <span id={ids.labelHint} className="a2f-field-hint">
            {grid.labelHint}
          </span>
        </div>
        <div className="a2f-field" {...(emailError ? { 'data-invalid': '' } : {})}>
          <label htmlFor={ids.email}>{grid.personalEmailField}</label>
          <input
            id={ids.email}
            type="email"
            value={values.personalEmail}
            onChange={change('personalEmail')}
            autoComplete="email"
            aria-invalid={emailError ? true : undefined}
            aria-describedby={emailError ? `${ids.emailError} ${ids.emailHint}` : ids.emailHint}
          />
          {emailError ? (
            <span id={ids.emailError} className="a2f-field-error">
              {emailError}
            </span>
          ) : null}
          <span id={ids.emailHint} className="a2f-field-hint">
            {grid.personalEmailHint}
          </span>
        </div>
        <label className="a2f-field">
          <span>{grid.notesField}</span>
          <textarea value={values.notes} onChange={change('notes')} rows={3} />
        </label>
        {error ? (
          <p role="alert" className="a2f-grid-dialog-error">
            {error}
          </p>
        ) : null}
        <div className="a2f-grid-dialog-actions">
          <button type="button" className="a2f-button" onClick={onClose}>
            {common.cancel}
          </button>
          <button type="submit" className="a2f-button" data-variant="primary" disabled={update.isPending}>
            {update.isPending ? grid.saving : common.save}
          </button>
        </div>
      </form>
    </GridDialog>
  )
}
