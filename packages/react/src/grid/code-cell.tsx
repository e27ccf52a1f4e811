/**
 * The live code of one grid row, computed by the store: '492 039' with a copy button, and while the code
 * is expiring (`data-state="expiring"`, the last 5 s) the next code in small type. It is its own
 * component so that only it commits when the code changes (twice per window: new code, expiring); the
 * row around it never re-renders on the clock. Unreadable records show "Ilegível" and why.
 *
 * @example
 * <CodeCell id={credential.id} rowName="TRF4 · RS054321" canCopy onCopy={() => track('copy')} />
 */
import { memo } from 'react'
import { useLiveCode } from '../data/use-live-code.js'
import { useMessages } from '../provider/a2f-context.js'
import { useCopy } from '../util/use-copy.js'
import { useErrorMessage } from '../util/use-error-message.js'
import { groupCode } from '../util/group-code.js'

export interface CodeCellProps {
  id: string
  /** Court and login, for the copy button's label. */
  rowName: string
  canCopy: boolean
  /** Called when the user copies (for `onAction`). */
  onCopy?: () => void
}

export const CodeCell = memo(function CodeCell({ id, rowName, canCopy, onCopy }: CodeCellProps) {
  const { grid, common } = useMessages()
  const live = useLiveCode(id)
  const { copy, state } = useCopy()
  const errorMessage = useErrorMessage()

  if (live.unreadable) {
    const reason = grid.unreadableReasons[live.unreadable]
    return (
      <div className="a2f-grid-code" data-state="unreadable">
        <span className="a2f-grid-code-unreadable">{grid.unreadable}</span>
        <span className="a2f-grid-sub">{reason}</span>
      </div>
    )
  }

  const code = live.code
  if (!code) {
    return (
      <div className="a2f-grid-code" data-state={live.error ? 'error' : 'loading'}>
        {live.error ? (
          <span className="a2f-grid-code-missing" title={errorMessage(live.error)}>
            {grid.codeUnavailable}
          </span>
        ) : (
          <span className="a2f-grid-code-missing">{grid.codeLoading}</span>
        )}
      </div>
    )
  }

  const expiring = live.expiring
  const copyLabel =
    state === 'copied' ? common.copied : state === 'failed' ? common.copyFailed : grid.copyCode(rowName)
  return (
    <div className="a2f-grid-code" data-state={expiring ? 'expiring' : 'running'}>
      <span className="a2f-grid-code-text">
        <span className="a2f-grid-code-value">{groupCode(code.code)}</span>
        {expiring ? (
          <span className="a2f-grid-code-next">
            {grid.nextCode} <span className="a2f-grid-code-next-value">{groupCode(code.nextCode)}</span>
          </span>
        ) : null}
      </span>
      {canCopy ? (
        <button
          type="button"
          className="a2f-grid-icon-button"
          data-state={state}
          aria-label={copyLabel}
          title={copyLabel}
          onClick={() => {
            onCopy?.()
            void copy(code.code)
          }}
        >
          {state === 'copied' ? <CheckIcon /> : <CopyIcon />}
        </button>
      ) : null}
    </div>
  )
})

function CopyIcon() {
  return (
    <svg aria-hidden="true" focusable="false" width="16" height="16" viewBox="0 0 16 16" fill="none">
      <rect x="5" y="5" width="9" height="9" rx="1.5" stroke="currentColor" strokeWidth="1.5" />
      <path
        d="M11 5V3.5A1.5 1.5 0 0 0 9.5 2h-6A1.5 1.5 0 0 0 2 3.5v6A1.5 1.5 0 0 0 3.5 11H5"
        stroke="currentColor"
        strokeWidth="1.5"
      />
    </svg>
  )
}

function CheckIcon() {
  return (
    <svg aria-hidden="true" focusable="false" width="16" height="16" viewBox="0 0 16 16" fill="none">
      <path
        d="M3 8.5 6.5 12 13 4.5"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  )
}
