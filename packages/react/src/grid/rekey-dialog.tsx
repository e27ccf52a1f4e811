/**
 * "O tribunal gerou uma nova chave": replaces a credential's key when the court issued another one (the
 * lawyer re-registered the authenticator, or the court reset it). The key comes from `SecretInput`
 * (typed, pasted, otpauth URI, QR screenshot) through a callback into a ref — never into React state —
 * and is saved with the credential back to 'pending', since the new code must still be confirmed at the
 * court before the credential counts as validated.
 *
 * It calls `store.update` itself rather than `useUpdateCredential`: React Query keeps a mutation's
 * variables in its mutation cache (and devtools), and the variables here would hold the key.
 *
 * @example
 * <RekeyDialog model={model} onSaved={() => notify('…')} onClose={close} />
 */
import type { CredentialPatch } from '@a2f/storage'
import { useQueryClient } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import { credentialKeys } from '../data/query-keys.js'
import { useA2F } from '../provider/a2f-context.js'
import { useGridMessages } from './messages.js'
import type { EnteredSecret } from '../secret-input/entered-secret.js'
import { SecretInput } from '../secret-input/secret-input.js'
import { useErrorMessage } from '../util/use-error-message.js'
import { GridDialog } from './grid-dialog.js'
import type { GridRowModel } from './row-model.js'

export interface RekeyDialogProps {
  model: GridRowModel
  onSaved: () => void
  onClose: () => void
}

export function RekeyDialog({ model, onSaved, onClose }: RekeyDialogProps) {
  const { store } = useA2F()
  const grid = useGridMessages()
  const errorMessage = useErrorMessage()
  const queryClient = useQueryClient()
  const [saving, setSaving] = useState(false)
  const secretRef = useRef<EnteredSecret | null>(null)
  // Only whether a usable key was entered lives in state; the key itself stays in the ref.
  const [ready, setReady] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const save = async () => {
    const entered = secretRef.current
    if (!entered) return
    const otp = entered.params
    const patch: CredentialPatch = {
      secret: entered.bytes,
      status: 'pending',
      ...(Object.keys(otp).length > 0 ? { otp } : {}),
    }
    setError(null)
    setSaving(true)
    try {
      await store.update(model.credential.id, patch, { expectedVersion: model.credential.version })
      secretRef.current = null
      onSaved()
      onClose()
    } catch (failure) {
      setError(errorMessage(failure))
      setSaving(false)
    } finally {
      // After a success the new version and status; after a conflict the change that won.
      void queryClient.invalidateQueries({ queryKey: credentialKeys.all(store.tenant) })
    }
  }

  return (
    <GridDialog
      title={grid.rekeyTitle}
      description={<p>{grid.rekeyIntro(model.rowName)}</p>}
      onClose={onClose}
      error={error}
      className="a2f-grid-rekey-dialog"
      action={
        <button
          type="button"
          className="a2f-button"
          data-variant="primary"
          disabled={!ready || saving}
          onClick={() => void save()}
        >
          {saving ? grid.saving : grid.rekeySave}
        </button>
      }
    >
      <SecretInput
        onSecretChange={(secret) => {
          secretRef.current = secret
          setReady(secret !== null)
        }}
      />
      <p className="a2f-grid-dialog-note">{grid.rekeyNote}</p>
    </GridDialog>
  )
}
