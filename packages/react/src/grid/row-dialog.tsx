/**
 * The dialog a row action opens, by kind: the QR code of the key, the removal confirmation, the edit
 * form (`EditDialog`) or the new key (`RekeyDialog`, loaded when first opened).
 *
 * - QR: `SecretQrCode` with `credentialId` opens the key only when the user clicks to reveal it, so
 *   opening this dialog alone neither reads nor audits the secret.
 * - Remove: "Remover a credencial de TRF4, login RS054321?" names the court and the login, says that
 *   the court still has the authenticator registered, and is an alertdialog, so focus starts on
 *   "Cancelar" and an Enter pressed by habit removes nothing.
 *
 * @example
 * <RowDialog kind="remove" model={model} owners={owners} onClose={close} onRemove={remove} onRekeyed={notify} />
 */
import { useCommonMessages } from '../i18n/common-messages.js'
import { useGridMessages } from './messages.js'
import { LazySecretQrCode } from '../secret-qr/lazy-secret-qr-code.js'
import { lazyPart } from '../util/lazy-part.js'
import { EditDialog } from './edit-dialog.js'
import { GridDialog } from './grid-dialog.js'
import type { GridRowModel } from './row-model.js'

// The new-key form carries the whole key reader (SecretInput, otpauth links, Google exports): rare in a
// grid's life, so it arrives as its own chunk when first opened, behind a dialog of the same title.
const rekeyDialog = /* @__PURE__ */ lazyPart(() =>
  import('./rekey-dialog.js').then((module) => module.RekeyDialog),
)

export type RowDialogKind = 'qr' | 'edit' | 'remove' | 'rekey'

export interface RowDialogProps {
  kind: RowDialogKind
  model: GridRowModel
  /** Suggestions for the owner field of the edit form. */
  owners: readonly string[]
  onClose: () => void
  /** The user confirmed the removal. */
  onRemove: () => void
  /** The new key was saved. */
  onRekeyed: () => void
}

export function RowDialog({ kind, model, owners, onClose, onRemove, onRekeyed }: RowDialogProps) {
  const grid = useGridMessages()
  const common = useCommonMessages()
  const credential = model.credential
  if (kind === 'edit') return <EditDialog model={model} owners={owners} onClose={onClose} />
  if (kind === 'rekey')
    return (
      <rekeyDialog.Part
        model={model}
        onSaved={onRekeyed}
        onClose={onClose}
        fallback={
          <GridDialog title={grid.rekeyTitle} onClose={onClose} className="a2f-grid-rekey-dialog">
            <p role="status">{common.loading}</p>
          </GridDialog>
        }
      />
    )
  if (kind === 'qr')
    return (
      <GridDialog
        title={grid.qrTitle(model.rowName)}
        description={<p>{grid.qrHint}</p>}
        onClose={onClose}
        closeLabel={common.close}
        className="a2f-grid-qr-dialog"
      >
        <LazySecretQrCode
          credentialId={credential.id}
          issuer={credential.issuer}
          account={credential.account}
          otp={credential.otp}
        />
      </GridDialog>
    )
  return (
    <GridDialog
      role="alertdialog"
      title={grid.removeTitle}
      description={
        <>
          <p>{grid.removeQuestion(model.court, credential.account)}</p>
          <p className="a2f-grid-dialog-note">{grid.removeWarning}</p>
        </>
      }
      onClose={onClose}
      className="a2f-grid-remove-dialog"
      action={
        <button type="button" className="a2f-button" data-variant="danger" onClick={onRemove}>
          {grid.removeConfirm}
        </button>
      }
    />
  )
}
