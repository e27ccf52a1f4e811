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
import { useMessages } from '../provider/a2f-context.js'
import type { GridAction } from './grid-types.js'
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
 * Where the open menu sits: fixed to the viewport next to its button, so neither the scrolling table nor
 * the sticky header clips it. It closes when anything scrolls or the window resizes.
 */
type MenuPosition = { right: number } & ({ top: number } | { bottom: number })

export function RowActionsMenu({ model, actions, onAction }: RowActionsMenuProps) {
  const { grid } = useMessages()
  const [open, setOpen] = useState<false | 'first' | 'last'>(false)
  const [position, setPosition] = useState<MenuPosition | null>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const menuRef = useRef<HTMLDivElement>(null)
  const buttonId = useId()
  const menuId = useId()

  const items = MENU_ORDER.filter(
    (action) => actions.includes(action) && (action !== 'validate' || model.credential.status === 'pending'),
  )

  useEffect(() => {
    if (!open) return
    const menuItems = menuItemsOf(menuRef.current)
    // preventScroll: focusing must not scroll the table, which would close the menu at once.
    ;(open === 'last' ? menuItems[menuItems.length - 1] : menuItems[0])?.focus({ preventScroll: true })
    const onPointerDown = (event: PointerEvent | MouseEvent) => {
      const target = event.target as Node | null
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false)
    }
    const onMove = () => setOpen(false)
    document.addEventListener('mousedown', onPointerDown)
    window.addEventListener('scroll', onMove, true)
    window.addEventListener('resize', onMove)
    return () => {
      document.removeEventListener('mousedown', onPointerDown)
      window.removeEventListener('scroll', onMove, true)
      window.removeEventListener('resize', onMove)
    }
  }, [open])

  if (items.length === 0) return null

  const show = (focus: 'first' | 'last') => {
    const button = buttonRef.current
    if (button) {
      const rect = button.getBoundingClientRect()
      const right = Math.max(0, window.innerWidth - rect.right)
      const above = rect.bottom + MENU_HEIGHT > window.innerHeight && rect.top > MENU_HEIGHT
      setPosition(
        above ? { right, bottom: window.innerHeight - rect.top + 4 } : { right, top: rect.bottom + 4 },
      )
    }
    setOpen(focus)
  }

  const close = (refocus: boolean) => {
    setOpen(false)
    if (refocus) buttonRef.current?.focus()
  }

  const activate = (action: MenuAction) => {
    close(true)
    if (buttonRef.current) onAction(action, model, buttonRef.current)
  }

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      show(event.key === 'ArrowDown' ? 'first' : 'last')
    }
  }

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const menuItems = menuItemsOf(menuRef.current)
    const index = menuItems.indexOf(document.activeElement as HTMLElement)
    const move = (to: number) => {
      event.preventDefault()
      menuItems[(to + menuItems.length) % menuItems.length]?.focus({ preventScroll: true })
    }
    if (event.key === 'ArrowDown') move(index + 1)
    else if (event.key === 'ArrowUp') move(index - 1)
    else if (event.key === 'Home') move(0)
    else if (event.key === 'End') move(menuItems.length - 1)
    else if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      close(true)
    } else if (event.key === 'Tab') close(false)
  }

  return (
    <div className="a2f-grid-menu" data-open={open ? '' : undefined}>
      <button
        ref={buttonRef}
        id={buttonId}
        type="button"
        className="a2f-grid-icon-button a2f-grid-menu-button"
        aria-label={grid.actionsMenu(model.rowName)}
        title={grid.actionsMenu(model.rowName)}
        aria-haspopup="menu"
        aria-expanded={open ? true : false}
        {...(open ? { 'aria-controls': menuId } : {})}
        onClick={() => (open ? close(false) : show('first'))}
        onKeyDown={onButtonKeyDown}
      >
        <MoreIcon />
      </button>
      {open ? (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-labelledby={buttonId}
          className="a2f-grid-menu-list"
          data-placement={position && 'bottom' in position ? 'top' : 'bottom'}
          style={{ position: 'fixed', ...position }}
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
              onClick={() => activate(action)}
            >
              {grid.actionLabels[action]}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  )
}

function menuItemsOf(menu: HTMLElement | null): HTMLElement[] {
  return menu ? [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')] : []
}

function MoreIcon() {
  return (
    <svg aria-hidden="true" focusable="false" width="16" height="16" viewBox="0 0 16 16" fill="currentColor">
      <circle cx="8" cy="3" r="1.5" />
      <circle cx="8" cy="8" r="1.5" />
      <circle cx="8" cy="13" r="1.5" />
    </svg>
  )
}
