/**
 * The QR code of a stored credential in a dialog, for moving the authenticator to another device or a
 * paper copy. `SecretQrCode` with `credentialId` opens the key only when the user clicks to reveal it,
 * so opening this dialog alone neither reads nor audits the secret.
 *
 * @example
 * <QrDialog model={model} onClose={close} returnFocus={trigger} />
 */
import { useMessages } from '../provider/a2f-context.js'
import { SecretQrCode } from '../secret-qr/secret-qr-code.js'
import { GridDialog } from './grid-dialog.js'
import type { GridRowModel } from './row-model.js'

export interface QrDialogProps {
  model: GridRowModel
  onClose: () => void
  returnFocus?: HTMLElement | null
  fallbackFocus?: () => HTMLElement | null | undefined
}

export function QrDialog({ model, onClose, returnFocus, fallbackFocus }: QrDialogProps) {
  const { grid, common } = useMessages()
  const credential = model.credential
  return (
    <GridDialog
      title={grid.qrTitle(model.rowName)}
      description={<p>{grid.qrHint}</p>}
      onClose={onClose}
      returnFocus={returnFocus ?? null}
      {...(fallbackFocus ? { fallbackFocus } : {})}
      className="a2f-grid-qr-dialog"
    >
      <SecretQrCode
        credentialId={credential.id}
        issuer={credential.issuer}
        account={credential.account}
        otp={credential.otp}
      />
      <div className="a2f-grid-dialog-actions">
        <button type="button" className="a2f-button" onClick={onClose}>
          {common.close}
        </button>
      </div>
    </GridDialog>
  )
}
