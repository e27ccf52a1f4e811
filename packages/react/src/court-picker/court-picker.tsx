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
import { useA2F } from '../provider/a2f-context.js'
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
  const { registry, messages } = useA2F()
  const text = messages.courtPicker
  const baseId = useId()
  const ids = {
    input: `${baseId}-input`,
    hint: `${baseId}-hint`,
    list: `${baseId}-list`,
    empty: `${baseId}-empty`,
    option: (systemId: string) => `${baseId}-option-${systemId}`,
    group: (status: string) => `${baseId}-group-${status}`,
  }

  const [query, setQuery] = useState('')
  const [uncontrolledValue, setUncontrolledValue] = useState(defaultValue)
  const selectedId = value !== undefined ? value : uncontrolledValue

  const groups = useMemo(() => {
    const found = query.trim() === '' ? registry.all() : registry.search(query)
    return groupByStatus(filter ? found.filter(filter) : found)
  }, [registry, query, filter])
  const options = useMemo(() => groups.flatMap((group) => group.systems), [groups])

  // The highlighted option. Until the user moves, it is the best match of a search (so Enter takes it),
  // and nothing while the field is empty.
  const [activeId, setActiveId] = useState<string | undefined>(undefined)
  const activeIndex = options.findIndex((system) => system.id === activeId)
  const effectiveIndex = activeIndex >= 0 ? activeIndex : query.trim() !== '' && options.length > 0 ? 0 : -1
  const active = effectiveIndex >= 0 ? options[effectiveIndex] : undefined

  // Keep the option moved to with the keyboard visible in the scrolling list.
  const scrollPending = useRef(false)
  useEffect(() => {
    if (!scrollPending.current || !active) return
    scrollPending.current = false
    globalThis.document?.getElementById(ids.option(active.id))?.scrollIntoView?.({ block: 'nearest' })
  })

  function choose(system: CourtSystem) {
    if (value === undefined) setUncontrolledValue(system.id)
    setActiveId(system.id)
    onValueChange?.(system.id, system)
  }

  function moveTo(index: number) {
    const system = options[Math.max(0, Math.min(options.length - 1, index))]
    if (!system) return
    scrollPending.current = true
    setActiveId(system.id)
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // Where ↓/↑ start when nothing is highlighted yet: from the chosen option if it is listed.
    const from =
      effectiveIndex >= 0 ? effectiveIndex : options.findIndex((system) => system.id === selectedId)
    switch (event.key) {
      case 'ArrowDown':
        moveTo(from < 0 ? 0 : from + (effectiveIndex >= 0 ? 1 : 0))
        break
      case 'ArrowUp':
        moveTo(from < 0 ? options.length - 1 : from - (effectiveIndex >= 0 ? 1 : 0))
        break
      case 'Home':
        moveTo(0)
        break
      case 'End':
        moveTo(options.length - 1)
        break
      case 'Enter':
        // Never submit a surrounding form from here: Enter means "this court".
        if (active) choose(active)
        break
      case 'Escape':
        if (query === '') return
        setQuery('')
        setActiveId(undefined)
        break
      default:
        return
    }
    event.preventDefault()
  }

  const expanded = options.length > 0
  return (
    <div
      className={cx('a2f-court-picker', 'a2f-field', className)}
      data-state={selectedId !== undefined && registry.get(selectedId) ? 'selected' : 'empty'}
    >
      <label className="a2f-court-picker-label" htmlFor={ids.input}>
        {label ?? text.label}
      </label>
      <input
        id={ids.input}
        className="a2f-court-picker-input"
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={ids.list}
        aria-describedby={[ids.hint, expanded ? undefined : ids.empty, props['aria-describedby']]
          .filter(Boolean)
          .join(' ')}
        {...(props['aria-invalid'] ? { 'aria-invalid': true } : {})}
        {...(active ? { 'aria-activedescendant': ids.option(active.id) } : {})}
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        placeholder={text.placeholder}
        value={query}
        onChange={(event) => {
          setQuery(event.currentTarget.value)
          setActiveId(undefined)
        }}
        onKeyDown={onKeyDown}
        {...(autoFocus ? { autoFocus: true } : {})}
      />
      <p id={ids.hint} className="a2f-field-hint a2f-court-picker-hint">
        {text.hint}
      </p>
      {expanded ? (
        <div id={ids.list} className="a2f-court-picker-list" role="listbox" aria-label={text.listLabel}>
          {groups.map((group) => (
            <div
              key={group.status}
              className="a2f-court-picker-group"
              role="group"
              aria-labelledby={ids.group(group.status)}
              data-status={group.status}
            >
              <div id={ids.group(group.status)} className="a2f-court-picker-group-label">
                {text.groups[group.status]}
              </div>
              {group.systems.map((system) => {
                const selected = system.id === selectedId
                return (
                  <div
                    key={system.id}
                    id={ids.option(system.id)}
                    className="a2f-court-picker-option"
                    role="option"
                    aria-selected={selected}
                    data-state={selected ? 'selected' : 'idle'}
                    data-active={system.id === active?.id ? '' : undefined}
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
                    <span className="a2f-court-picker-option-meta">
                      {systemLine(system, text)}
                      {system.court.uf !== undefined && ` · ${system.court.uf}`}
                    </span>{' '}
                    <CourtStatus system={system} />
                  </div>
                )
              })}
            </div>
          ))}
        </div>
      ) : (
        <p id={ids.empty} className="a2f-court-picker-empty" role="status">
          {text.noResults(query.trim())}
        </p>
      )}
    </div>
  )
}
