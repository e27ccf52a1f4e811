/**
 * "Remover a credencial de TRF4, login RS054321?": the confirmation before a credential is deleted. It
 * names the court and the login, says that the court still has the authenticator registered, and has
 * focus on "Cancelar" first, so an Enter pressed by habit removes nothing.
 *
 * @example
 * <RemoveDialog model={model} onConfirm={remove} onClose={close} returnFocus={trigger} />
 */
import { useRef } from 'react'
import { useMessages } from '../provider/a2f-context.js'
import { GridDialog } from './grid-dialog.js'
import type { GridRowModel } from './row-model.js'

export interface RemoveDialogProps {
  model: GridRowModel
  onConfirm: () => void
  onClose: () => void
  returnFocus?: HTMLElement | null
  fallbackFocus?: () => HTMLElement | null | undefined
}

export function RemoveDialog({ model, onConfirm, onClose, returnFocus, fallbackFocus }: RemoveDialogProps) {
  const { grid, common } = useMessages()
  const cancelRef = useRef<HTMLButtonElement>(null)
  return (
    <GridDialog
      role="alertdialog"
      title={grid.removeTitle}
      description={
        <>
          <p>{grid.removeQuestion(model.court, model.credential.account)}</p>
          <p className="a2f-grid-dialog-note">{grid.removeWarning}</p>
        </>
      }
      onClose={onClose}
      initialFocus={cancelRef}
      returnFocus={returnFocus ?? null}
      {...(fallbackFocus ? { fallbackFocus } : {})}
      className="a2f-grid-remove-dialog"
    >
      <div className="a2f-grid-dialog-actions">
        <button ref={cancelRef} type="button" className="a2f-button" onClick={onClose}>
          {common.cancel}
        </button>
        <button type="button" className="a2f-button" data-variant="danger" onClick={onConfirm}>
          {grid.removeConfirm}
        </button>
      </div>
    </GridDialog>
  )
}
