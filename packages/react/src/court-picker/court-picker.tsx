/**
 * Step 1 of enrolment: which court system the key is for. A search field over the provider's court
 * registry (accent- and case-insensitive: 'trf 4', 'parana', 'são paulo') and the matching systems below
 * it, the ones that demand 2FA first. Each option says the court, the system and degree, the state, the
 * 2FA status with since when and when that fact was checked, and "código por e-mail" for systems that
 * have no authenticator key.
 *
 * ARIA combobox pattern (APG "list autocomplete"): focus stays in the field; ↑/↓ move through the
 * options, Home/End jump to the first/last, Enter chooses, Escape clears the search. The active option
 * is announced through `aria-activedescendant`. Controlled (`value` + `onValueChange`) or uncontrolled
 * (`defaultValue`). Pair it with `<CourtDetails systemId={…} />` for the chosen court.
 *
 * @example
 * const [systemId, setSystemId] = useState<string>()
 * <CourtPicker value={systemId} onValueChange={(id) => setSystemId(id)} />
 * {systemId && <CourtDetails systemId={systemId} />}
 */
import type { CourtSystem } from '@a2f/core'
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { useCommonMessages } from '../i18n/common-messages.js'
import { useCourtRegistry } from '../provider/use-court-registry.js'
import { useCourtPickerMessages } from './messages.js'
import { cx } from '../util/class-names.js'
import { groupByStatus, systemLine } from './court-facts.js'
import { CourtStatus } from './court-status.js'

export interface CourtPickerProps {
  /**
   * The chosen system's id (controlled). `undefined` means uncontrolled: the picker then keeps the choice
   * itself, starting from `defaultValue`.
   */
  value?: string | undefined
  /** The system chosen at first (uncontrolled). Default: none. */
  defaultValue?: string
  /** Called when the user chooses a system, with its id and the registry entry. */
  onValueChange?: (systemId: string, system: CourtSystem) => void
  /** Which systems may be offered, e.g. `(s) => s.twoFactor.method === 'totp'`. Default: all of the registry. */
  filter?: (system: CourtSystem) => boolean
  /** Label of the search field. Default: `messages.courtPicker.label` ('Tribunal e sistema'). */
  label?: string
  /** Ids of the owner's own messages about this field (e.g. "choose a court"), read after the hint. */
  'aria-describedby'?: string
  /** The owner marks the field invalid (its own check failed). */
  'aria-invalid'?: boolean
  /** Focus the search field on mount. Default false. */
  autoFocus?: boolean
  /** Added after the stable `a2f-court-picker` class. */
  className?: string
}

/** Searchable list of the registry's court systems (ARIA combobox + grouped listbox); see the module header. */
export function CourtPicker(props: CourtPickerProps) {
  const { value, defaultValue, onValueChange, filter, label, autoFocus, className } = props
  const { registry, ready } = useCourtRegistry()
  const text = useCourtPickerMessages()
  const common = useCommonMessages()
  const baseId = useId()
  const inputId = `${baseId}-input`
  const hintId = `${baseId}-hint`
  const listId = `${baseId}-list`
  const emptyId = `${baseId}-empty`
  const optionId = (systemId: string) => `${baseId}-option-${systemId}`

  const [query, setQuery] = useState('')
  const [uncontrolledValue, setUncontrolledValue] = useState(defaultValue)
  const selectedId = value !== undefined ? value : uncontrolledValue
  const searching = query.trim() !== ''

  const groups = useMemo(() => {
    const found = searching ? registry.search(query) : registry.all()
    return groupByStatus(filter ? found.filter(filter) : found)
  }, [registry, query, filter, searching])
  const options = groups.flatMap((group) => group.systems)
  const indexOf = (systemId: string | undefined) => options.findIndex((system) => system.id === systemId)

  // The highlighted option. Until the user moves, it is the best match of a search (so Enter takes it),
  // and nothing while the field is empty.
  const [activeId, setActiveId] = useState<string | undefined>(undefined)
  const moved = indexOf(activeId)
  const activeIndex = moved >= 0 ? moved : searching && options.length > 0 ? 0 : -1
  const active = options[activeIndex]

  // Keep the option moved to with the keyboard visible in the scrolling list.
  const scrollPending = useRef(false)
  useEffect(() => {
    if (!scrollPending.current || !active) return
    scrollPending.current = false
    globalThis.document?.getElementById(optionId(active.id))?.scrollIntoView?.({ block: 'nearest' })
  })

  function choose(system: CourtSystem) {
    if (value === undefined) setUncontrolledValue(system.id)
    setActiveId(system.id)
    onValueChange?.(system.id, system)
  }

  function search(next: string) {
    setQuery(next)
    setActiveId(undefined)
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // Where ↓/↑ start when nothing is highlighted yet: on the chosen option if it is listed.
    const from = activeIndex >= 0 ? activeIndex : indexOf(selectedId)
    const step = activeIndex >= 0 ? 1 : 0
    const last = options.length - 1
    const target = {
      ArrowDown: from < 0 ? 0 : from + step,
      ArrowUp: from < 0 ? last : from - step,
      Home: 0,
      End: last,
    }[event.key]
    if (target !== undefined) {
      const system = options[Math.max(0, Math.min(last, target))]
      if (system) {
        scrollPending.current = true
        setActiveId(system.id)
      }
    } else if (event.key === 'Enter') {
      // Never submit a surrounding form from here: Enter means "this court".
      if (active) choose(active)
    } else if (event.key === 'Escape' && query !== '') search('')
    else return
    event.preventDefault()
  }

  const expanded = options.length > 0
  return (
    <div
      className={cx('a2f-court-picker', 'a2f-field', className)}
      data-state={selectedId !== undefined && registry.get(selectedId) ? 'selected' : 'empty'}
      // The built-in registry's data arrives as a chunk of its own: until then the field takes text and
      // the list says it is loading; what was typed is searched as soon as the data is there.
      aria-busy={!ready || undefined}
    >
      <label className="a2f-court-picker-label" htmlFor={inputId}>
        {label ?? text.label}
      </label>
      <input
        id={inputId}
        className="a2f-court-picker-input"
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-describedby={cx(hintId, !expanded && emptyId, props['aria-describedby'])}
        aria-invalid={props['aria-invalid'] || undefined}
        aria-activedescendant={active && optionId(active.id)}
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        placeholder={text.placeholder}
        value={query}
        onChange={(event) => search(event.currentTarget.value)}
        onKeyDown={onKeyDown}
        autoFocus={autoFocus}
      />
      <p id={hintId} className="a2f-field-hint a2f-court-picker-hint">
        {text.hint}
      </p>
      {expanded ? (
        <div id={listId} className="a2f-court-picker-list" role="listbox" aria-label={text.listLabel}>
          {groups.map(({ status, systems }) => (
            <div
              key={status}
              className="a2f-court-picker-group"
              role="group"
              aria-labelledby={`${baseId}-group-${status}`}
              data-status={status}
            >
              <div id={`${baseId}-group-${status}`} className="a2f-court-picker-group-label">
                {text.groups[status]}
              </div>
              {systems.map((system) => {
                const selected = system.id === selectedId
                return (
                  <div
                    key={system.id}
                    id={optionId(system.id)}
                    className="a2f-court-picker-option"
                    role="option"
                    aria-selected={selected}
                    data-state={selected ? 'selected' : 'idle'}
                    data-active={system === active ? '' : undefined}
                    data-system-id={system.id}
                    data-status={system.twoFactor.status}
                    // Keep focus (and the caret) in the field while clicking an option.
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => choose(system)}
                  >
                    <span className="a2f-court-picker-check" aria-hidden="true">
                      {selected ? '✓' : ''}
                    </span>
                    <span className="a2f-court-picker-option-title">
                      <strong className="a2f-court-picker-acronym">{system.court.acronym}</strong>{' '}
                      <span className="a2f-court-picker-name">{system.court.name}</span>
                    </span>{' '}
                    <span className="a2f-court-picker-option-meta">{systemLine(system, text, true)}</span>{' '}
                    <CourtStatus system={system} />
                  </div>
                )
              })}
            </div>
          ))}
        </div>
      ) : (
        <p
          id={emptyId}
          className="a2f-court-picker-empty"
          role="status"
          data-state={ready ? 'empty' : 'loading'}
        >
          {ready ? text.noResults(query.trim()) : common.loading}
        </p>
      )}
    </div>
  )
}
