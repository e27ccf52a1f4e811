/**
 * The grid's headless state without React: sorting (flip on the same column, newest first for
 * 'updated'), filters, selection with a 'mixed' select-all, removals that wait for a confirmation, and
 * pruning after the credentials change. CredentialGrid draws this same state.
 */
import { describe, expect, it } from 'vitest'
import { gridReducer, initialGridState, selectionState } from '../grid-state.js'

describe('gridReducer', () => {
  it('sorts A→Z on a new column, flips on the same one, and shows the newest first by date', () => {
    let state = initialGridState()
    expect(state.sort).toEqual({ by: 'court', direction: 'asc' })
    state = gridReducer(state, { type: 'sort', by: 'court' })
    expect(state.sort).toEqual({ by: 'court', direction: 'desc' })
    state = gridReducer(state, { type: 'sort', by: 'login' })
    expect(state.sort).toEqual({ by: 'login', direction: 'asc' })
    state = gridReducer(state, { type: 'sort', by: 'updated' })
    expect(state.sort).toEqual({ by: 'updated', direction: 'desc' })
    expect(gridReducer(state, { type: 'sort', by: 'updated', direction: 'asc' }).sort.direction).toBe('asc')
  })

  it('keeps the same state for an unchanged search, and resets filters but not the order', () => {
    const state = gridReducer(initialGridState(), { type: 'search', text: 'trf4' })
    expect(gridReducer(state, { type: 'search', text: 'trf4' })).toBe(state)
    const filtered = gridReducer(gridReducer(state, { type: 'filter', status: 'pending' }), {
      type: 'sort',
      by: 'owner',
    })
    expect(filtered).toMatchObject({ search: 'trf4', status: 'pending', systemId: '', owner: '' })
    const reset = gridReducer(filtered, { type: 'reset' })
    expect(reset).toMatchObject({ search: '', status: 'all', sort: { by: 'owner', direction: 'asc' } })
  })

  it('selects rows, says "some" for a partial selection, and toggles all of the visible ones', () => {
    const ids = ['a', 'b', 'c']
    let state = gridReducer(initialGridState(), { type: 'toggleRow', id: 'b' })
    expect(selectionState(state, ids)).toBe('some')
    state = gridReducer(state, { type: 'toggleAll', ids })
    expect(selectionState(state, ids)).toBe('all')
    state = gridReducer(state, { type: 'toggleAll', ids })
    expect(selectionState(state, ids)).toBe('none')
  })

  it('holds a removal until it is confirmed or settled, and drops what is gone', () => {
    let state = gridReducer(initialGridState(), { type: 'request', action: 'validate', id: 'a' })
    expect(state.pending).toBeNull()
    state = gridReducer(state, { type: 'request', action: 'remove', id: 'a' })
    expect(state.pending).toEqual({ action: 'remove', id: 'a' })
    state = gridReducer(gridReducer(state, { type: 'toggleRow', id: 'b' }), { type: 'prune', ids: ['b'] })
    expect(state).toMatchObject({ pending: null, selected: ['b'] })
    expect(gridReducer(state, { type: 'settle' })).toBe(state)
  })
})
