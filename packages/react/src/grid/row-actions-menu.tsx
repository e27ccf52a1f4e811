/**
 * The "Ações de TRF4 · RS054321" menu button of a grid row: show QR, edit, mark validated (pending rows
 * only), remove, and "O tribunal gerou uma nova chave". Keyboard as in the WAI-ARIA menu button pattern:
 * Enter, Space or ↓ open it on the first item, ↑ on the last; arrows, Home and End move; Escape closes
 * and returns to the button; Tab closes and moves on. The menu is fixed to the viewport next to its
 * button (above it near the bottom of the window), so the scrolling table does not clip it.
 *
 * @example
 * <RowActionsMenu model={model} actions={['qr', 'remove']} onAction={(action, model, trigger) => …} />
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { useGridMessages } from './messages.js'
import { MoreIcon } from './grid-icons.js'
import type { GridAction } from './grid-types.js'
import { indexForKey } from './list-keys.js'
import type { GridRowModel } from './row-model.js'

/** How a row hands an action to the grid: which, for which row, and the element to return focus to. */
export type RowActionHandler = (action: GridAction, model: GridRowModel, trigger: HTMLElement) => void

export interface RowActionsMenuProps {
  model: GridRowModel
  actions: readonly GridAction[]
  onAction: RowActionHandler
}

type MenuAction = Exclude<GridAction, 'copy'>
const MENU_ORDER: readonly MenuAction[] = ['validate', 'qr', 'edit', 'rekey', 'remove']
/** Rough height of an open menu, to decide whether it fits below the button. */
const MENU_HEIGHT = 230

/**
 * The open menu: which item takes focus first, and where the menu sits — fixed to the viewport next to
 * its button, so neither the scrolling table nor the sticky header clips it. It closes when anything
 * scrolls or the window resizes.
 */
interface OpenMenu {
  focus: 'first' | 'last'
  position: { right: number } & ({ top: number } | { bottom: number })
}

export function RowActionsMenu({ model, actions, onAction }: RowActionsMenuProps) {
  const grid = useGridMessages()
  const [open, setOpen] = useState<OpenMenu | null>(null)
  const rootRef = useRef<HTMLDivElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const buttonId = useId()
  const menuId = `${buttonId}-menu`

  const items = MENU_ORDER.filter(
    (action) => actions.includes(action) && (action !== 'validate' || model.credential.status === 'pending'),
  )

  useEffect(() => {
    if (!open) return
    const menuItems = menuItemsOf(rootRef.current)
    // preventScroll: focusing must not scroll the table, which would close the menu at once.
    ;(open.focus === 'last' ? menuItems[menuItems.length - 1] : menuItems[0])?.focus({ preventScroll: true })
    const dismiss = () => setOpen(null)
    const listening = new AbortController()
    const signal = listening.signal
    document.addEventListener(
      'mousedown',
      (event) => {
        if (!rootRef.current?.contains(event.target as Node | null)) dismiss()
      },
      { signal },
    )
    window.addEventListener('scroll', dismiss, { capture: true, signal })
    window.addEventListener('resize', dismiss, { signal })
    return () => listening.abort()
  }, [open])

  if (items.length === 0) return null
  const label = grid.actionsMenu(model.rowName)

  const show = (button: HTMLElement, focus: OpenMenu['focus']) => {
    const rect = button.getBoundingClientRect()
    const right = Math.max(0, window.innerWidth - rect.right)
    const above = rect.bottom + MENU_HEIGHT > window.innerHeight && rect.top > MENU_HEIGHT
    setOpen({
      focus,
      position: above
        ? { right, bottom: window.innerHeight - rect.top + 4 }
        : { right, top: rect.bottom + 4 },
    })
  }

  const close = (refocus: boolean) => {
    setOpen(null)
    if (refocus) buttonRef.current?.focus()
  }

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const menuItems = menuItemsOf(rootRef.current)
    const index = menuItems.indexOf(document.activeElement as HTMLElement)
    const to = indexForKey(event.key, index, menuItems.length, 'vertical')
    if (to !== undefined) {
      event.preventDefault()
      menuItems[to]?.focus({ preventScroll: true })
    } else if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      close(true)
    } else if (event.key === 'Tab') close(false)
  }

  return (
    <div ref={rootRef} className="a2f-grid-menu" data-open={open ? '' : undefined}>
      <button
        ref={buttonRef}
        id={buttonId}
        type="button"
        className="a2f-grid-icon-button a2f-grid-menu-button"
        aria-label={label}
        title={label}
        aria-haspopup="menu"
        aria-expanded={!!open}
        {...(open ? { 'aria-controls': menuId } : {})}
        onClick={(event) => (open ? close(false) : show(event.currentTarget, 'first'))}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault()
            show(event.currentTarget, event.key === 'ArrowDown' ? 'first' : 'last')
          }
        }}
      >
        <MoreIcon />
      </button>
      {open ? (
        <div
          id={menuId}
          role="menu"
          aria-labelledby={buttonId}
          className="a2f-grid-menu-list"
          data-placement={'bottom' in open.position ? 'top' : 'bottom'}
          style={{ position: 'fixed', ...open.position }}
          onKeyDown={onMenuKeyDown}
        >
          {items.map((action) => (
            <button
              key={action}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="a2f-grid-menu-item"
              data-action={action}
              onClick={() => {
                close(true)
                if (buttonRef.current) onAction(action, model, buttonRef.current)
              }}
            >
              {grid.actionLabels[action]}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  )
}

function menuItemsOf(root: HTMLElement | null): HTMLElement[] {
  return root ? [...root.querySelectorAll<HTMLElement>('[role="menuitem"]')] : []
}
