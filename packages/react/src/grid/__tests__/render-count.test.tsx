/**
 * The grid must not render on the clock: rows are memoized and only each visible code cell commits, when
 * its code changes or starts expiring. Row renders are counted through `formatDate`, which every row of
 * a validated credential calls while rendering (and nothing else calls during a tick).
 */
import { totp } from '@a2f/core'
import { act, waitFor } from '@testing-library/react'
import { Profiler } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { EPROC_EXAMPLE_KEY } from '../../test-support/fixtures.js'
import { renderWithA2F } from '../../test-support/render.js'
import { groupCode } from '../../util/group-code.js'
import { CredentialGrid } from '../credential-grid.js'
import { formatDate } from '../format-date.js'
import { cell, rowOf, waitForGrid } from './grid-test-helpers.js'

vi.mock('../format-date.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../format-date.js')>()
  return { ...original, formatDate: vi.fn(original.formatDate) }
})

describe('CredentialGrid on the clock', () => {
  it('commits a few times per minute and never re-renders a row', async () => {
    let commits = 0
    const { clock } = await renderWithA2F(
      <Profiler id="grid" onRender={() => commits++}>
        <CredentialGrid />
      </Profiler>,
    )
    await waitForGrid()
    await act(async () => {}) // let the first code fetch settle
    commits = 0
    const rowRenders = vi.mocked(formatDate)
    expect(rowRenders).toHaveBeenCalled() // the counter works: rows called it while rendering
    rowRenders.mockClear()

    for (let second = 0; second < 60; second++) await act(async () => clock.advance(1000))

    await waitFor(() =>
      expect(cell(rowOf('RS054321', 'TRF4'), 'code').querySelector('.a2f-grid-code-value')?.textContent).toBe(
        groupCode(totp(EPROC_EXAMPLE_KEY, { timestamp: clock.now() })),
      ),
    )
    // Rows: not one render in 60 ticks (their code cells committed on their own).
    expect(rowRenders).not.toHaveBeenCalled()
    // Whole grid, two TOTP windows: per window one commit when codes start expiring (the header's
    // countdown with them), one when the countdown restarts, one when the new codes arrive from the store.
    // Rendering every second would be 60 or more.
    expect(commits).toBeGreaterThanOrEqual(2)
    expect(commits).toBeLessThanOrEqual(6)
  })
})
