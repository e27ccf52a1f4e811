/**
 * The small modal dialog of the grid's row actions (remove, edit, QR, re-key). Written here rather than
 * on `<dialog>.showModal()` because jsdom (and so every host's unit tests) lacks `showModal`, and a
 * portal would leave the host's theme wrapper (`data-a2f-theme`) behind.
 *
 * What it guarantees: role="dialog" (or "alertdialog" for confirmations) with aria-modal and a label,
 * focus moved inside on open (to `initialFocus`, else the first field or button), Tab kept inside,
 * Escape and a click on the backdrop close it, and on close focus goes back to the element that opened
 * it, or to `fallbackFocus` when that element is gone (the row was removed). The grid marks the rest
 * of itself `inert` while a dialog is open.
 *
 * @example
 * {open && (
 *   <GridDialog title="Remover credencial 2FA" onClose={close} returnFocus={trigger}>
 *     …<button onClick={close}>Cancelar</button>
 *   </GridDialog>
 * )}
 */
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react'
import { cx } from '../util/class-names.js'

export interface GridDialogProps {
  title: ReactNode
  /** Text that describes the dialog (aria-describedby). */
  description?: ReactNode
  onClose: () => void
  /** Where focus returns on close. Default: the element focused when the dialog opened. */
  returnFocus?: HTMLElement | null
  /** Where focus goes when `returnFocus` is no longer in the document. */
  fallbackFocus?: () => HTMLElement | null | undefined
  /** What receives focus on open. Default: the first field, else the first button. */
  initialFocus?: RefObject<HTMLElement | null>
  /** 'alertdialog' for confirmations of destructive actions. Default 'dialog'. */
  role?: 'dialog' | 'alertdialog'
  children?: ReactNode
  className?: string
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

/** Fields that take focus first: what the user came to fill in. */
const FIELDS =
  'input:not([disabled]):not([type="hidden"]):not([type="file"]), select:not([disabled]), textarea:not([disabled])'

export function GridDialog(props: GridDialogProps) {
  const { title, description, onClose, returnFocus, fallbackFocus, initialFocus, role = 'dialog' } = props
  const titleId = useId()
  const descriptionId = useId()
  const dialogRef = useRef<HTMLDivElement>(null)
  // Read at close time: the props of the last render.
  const returnRef = useRef({ returnFocus, fallbackFocus })
  returnRef.current = { returnFocus, fallbackFocus }

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    const dialog = dialogRef.current
    if (dialog) {
      const target =
        initialFocus?.current ??
        dialog.querySelector<HTMLElement>(FIELDS) ??
        dialog.querySelector<HTMLElement>(FOCUSABLE) ??
        dialog
      target.focus()
    }
    return () => {
      const { returnFocus: back, fallbackFocus: fallback } = returnRef.current
      const candidate = back ?? opener
      if (candidate?.isConnected) candidate.focus()
      else fallback?.()?.focus()
    }
    // Focus moves once, on open; later renders must not pull it back.
  }, [])

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.stopPropagation()
      event.preventDefault()
      onClose()
      return
    }
    if (event.key !== 'Tab' || !dialogRef.current) return
    const focusable = [...dialogRef.current.querySelectorAll<HTMLElement>(FOCUSABLE)]
    const first = focusable[0]
    const last = focusable[focusable.length - 1]
    if (!first || !last) {
      event.preventDefault()
      return
    }
    const active = document.activeElement
    if (event.shiftKey && (active === first || active === dialogRef.current)) {
      event.preventDefault()
      last.focus()
    } else if (!event.shiftKey && active === last) {
      event.preventDefault()
      first.focus()
    }
  }

  return (
    <div
      className="a2f-grid-dialog-backdrop"
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) onClose()
      }}
    >
      <div
        ref={dialogRef}
        role={role}
        aria-modal="true"
        aria-labelledby={titleId}
        {...(description ? { 'aria-describedby': descriptionId } : {})}
        tabIndex={-1}
        className={cx('a2f-grid-dialog', props.className)}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} className="a2f-grid-dialog-title">
          {title}
        </h2>
        {description ? (
          <div id={descriptionId} className="a2f-grid-dialog-description">
            {description}
          </div>
        ) : null}
        {props.children}
      </div>
    </div>
  )
}
