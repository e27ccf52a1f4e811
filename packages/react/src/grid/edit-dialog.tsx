/**
 * The grid's built-in edit form: owner, label, personal e-mail and notes of a credential, saved with the
 * version the user saw. When someone else changed the credential meanwhile the store refuses
 * (ConflictError): the form says so, the grid shows the other change, and saving again is the user's
 * decision. The personal e-mail is checked as eproc checks it (no jus.br, gov.br). Hosts with their own
 * form pass `onEdit` to the grid instead.
 *
 * @example
 * <EditDialog model={model} owners={['Ana Beatriz Souza']} onClose={close} />
 */
import { validatePersonalEmail } from '@a2f/core'
import type { CredentialPatch } from '@a2f/storage'
import { useId, useState, type ChangeEvent } from 'react'
import { useUpdateCredential } from '../data/use-credential-mutations.js'
import { useCommonMessages } from '../i18n/common-messages.js'
import { useGridMessages } from './messages.js'
import { useErrorMessage } from '../util/use-error-message.js'
import { GridDialog } from './grid-dialog.js'
import type { GridRowModel } from './row-model.js'

export interface EditDialogProps {
  model: GridRowModel
  /** Suggestions for the owner field. */
  owners: readonly string[]
  onClose: () => void
}

type EditableField = 'owner' | 'label' | 'personalEmail' | 'notes'
const FIELDS: readonly EditableField[] = ['owner', 'label', 'personalEmail', 'notes']

export function EditDialog({ model, owners, onClose }: EditDialogProps) {
  const grid = useGridMessages()
  const common = useCommonMessages()
  const errorMessage = useErrorMessage()
  const update = useUpdateCredential()
  const credential = model.credential
  const [values, setValues] = useState(
    () =>
      Object.fromEntries(FIELDS.map((name) => [name, credential[name] ?? ''])) as Record<
        EditableField,
        string
      >,
  )
  const [emailError, setEmailError] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const baseId = useId()
  const ownersId = `${baseId}-owners`

  const submit = async () => {
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
    for (const name of FIELDS) {
      // Notes keep their line breaks; the other fields are one line.
      const next = name === 'notes' ? values[name].trim() : values[name].trim().replace(/\s+/g, ' ')
      if (next !== (credential[name] ?? '')) patch[name] = next === '' ? null : next
    }
    if (Object.keys(patch).length === 0) return onClose()
    setError(null)
    try {
      await update.mutateAsync({ id: credential.id, patch, expectedVersion: credential.version })
      onClose()
    } catch (failure) {
      setError(errorMessage(failure))
    }
  }

  /** One labelled field; its error and hint are tied to the control by aria-describedby. */
  const field = (
    name: EditableField,
    label: string,
    extra: Record<string, string | number> = {},
    hint?: string,
    fieldError?: string | null,
  ) => {
    const id = `${baseId}-${name}`
    const Control = name === 'notes' ? 'textarea' : 'input'
    const describedBy = [fieldError && `${id}-error`, hint && `${id}-hint`].filter(Boolean).join(' ')
    return (
      <div className="a2f-field" data-invalid={fieldError ? '' : undefined}>
        <label htmlFor={id}>{label}</label>
        <Control
          id={id}
          value={values[name]}
          onChange={(event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
            const value = event.currentTarget.value
            setValues((current) => ({ ...current, [name]: value }))
            if (name === 'personalEmail') setEmailError(null)
          }}
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={describedBy || undefined}
          {...extra}
        />
        {fieldError ? (
          <span id={`${id}-error`} className="a2f-field-error">
            {fieldError}
          </span>
        ) : null}
        {hint ? (
          <span id={`${id}-hint`} className="a2f-field-hint">
            {hint}
          </span>
        ) : null}
      </div>
    )
  }

  return (
    <GridDialog
      title={grid.editTitle(model.rowName)}
      onClose={onClose}
      onSubmit={() => void submit()}
      error={error}
      className="a2f-grid-edit-dialog"
      action={
        <button type="submit" className="a2f-button" data-variant="primary" disabled={update.isPending}>
          {update.isPending ? grid.saving : common.save}
        </button>
      }
    >
      {field('owner', grid.ownerField, { list: ownersId, autoComplete: 'off' })}
      <datalist id={ownersId}>
        {owners.map((owner) => (
          <option key={owner} value={owner} />
        ))}
      </datalist>
      {field('label', grid.labelField, {}, grid.labelHint)}
      {field(
        'personalEmail',
        grid.personalEmailField,
        { type: 'email', autoComplete: 'email' },
        grid.personalEmailHint,
        emailError,
      )}
      {field('notes', grid.notesField, { rows: 3 })}
    </GridDialog>
  )
}
