/**
 * The small modal dialog of the grid's row actions (remove, edit, QR, re-key). Written here rather than
 * on `<dialog>.showModal()` because jsdom (and so every host's unit tests) lacks `showModal`, and a
 * portal would leave the host's theme wrapper (`data-a2f-theme`) behind.
 *
 * What it guarantees: role="dialog" (or "alertdialog" for confirmations) with aria-modal and a label,
 * focus moved inside on open (the first field, else the first button; in an alertdialog the close
 * button, so an Enter pressed by habit destroys nothing), Tab kept inside, Escape and a click on the
 * backdrop close it. Every dialog ends the same way: its error (role="alert"), then the close button
 * ("Cancelar" unless `closeLabel` says otherwise) and the primary `action`. With `onSubmit` the body is
 * a form, so Enter in a field submits it. The grid marks the rest of itself `inert` while a dialog is
 * open and returns focus when it closes.
 *
 * @example
 * {open && (
 *   <GridDialog title="Remover credencial 2FA" role="alertdialog" onClose={close} action={<button …>Remover</button>} />
 * )}
 */
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react'
import { useCommonMessages } from '../i18n/common-messages.js'
import { cx } from '../util/class-names.js'

export interface GridDialogProps {
  title: ReactNode
  /** Text that describes the dialog (aria-describedby). */
  description?: ReactNode
  onClose: () => void
  /** 'alertdialog' for confirmations of destructive actions (focus starts on the close button). Default 'dialog'. */
  role?: 'dialog' | 'alertdialog'
  /** Shown above the buttons with role="alert". */
  error?: string | null
  /** Text of the button that closes the dialog. Default `common.cancel`. */
  closeLabel?: string
  /** The primary button, after the close button. */
  action?: ReactNode
  /** Makes the body a form (noValidate) submitted by `action` (a submit button) or Enter. */
  onSubmit?: () => void
  children?: ReactNode
  className?: string
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

/** Fields take focus first: what the user came to fill in. */
const FIELD = 'input:not([type="file"]), select, textarea'

export function GridDialog(props: GridDialogProps) {
  const { title, description, onClose, role = 'dialog', error, onSubmit } = props
  const common = useCommonMessages()
  const titleId = useId()
  const descriptionId = `${titleId}-description`
  const dialogRef = useRef<HTMLDivElement>(null)
  const closeRef = useRef<HTMLButtonElement>(null)

  const focusable = () => [...(dialogRef.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])]

  useEffect(() => {
    const target =
      role === 'alertdialog'
        ? closeRef.current
        : (focusable().find((element) => element.matches(FIELD)) ?? focusable()[0])
    ;(target ?? dialogRef.current)?.focus()
    // Focus moves once, on open; later renders must not pull it back.
  }, [])

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.stopPropagation()
      event.preventDefault()
      onClose()
      return
    }
    if (event.key !== 'Tab') return
    const elements = focusable()
    const first = elements[0]
    const last = elements[elements.length - 1]
    const active = document.activeElement
    if (!first || !last) event.preventDefault()
    else if (event.shiftKey && (active === first || active === dialogRef.current)) {
      event.preventDefault()
      last.focus()
    } else if (!event.shiftKey && active === last) {
      event.preventDefault()
      first.focus()
    }
  }

  const body = (
    <>
      {props.children}
      {error ? (
        <p role="alert" className="a2f-grid-dialog-error">
          {error}
        </p>
      ) : null}
      <div className="a2f-grid-dialog-actions">
        <button ref={closeRef} type="button" className="a2f-button" onClick={onClose}>
          {props.closeLabel ?? common.cancel}
        </button>
        {props.action}
      </div>
    </>
  )

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
        {onSubmit ? (
          <form
            className="a2f-grid-form"
            noValidate
            onSubmit={(event) => {
              event.preventDefault()
              onSubmit()
            }}
          >
            {body}
          </form>
        ) : (
          body
        )}
      </div>
    </div>
  )
}
