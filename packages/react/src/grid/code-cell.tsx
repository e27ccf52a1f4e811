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
import { useCommonMessages } from '../i18n/common-messages.js'
import { useGridMessages } from './messages.js'
import { useCopy } from '../util/use-copy.js'
import { useErrorMessage } from '../util/use-error-message.js'
import { groupCode } from '../util/group-code.js'
import { CheckIcon, CopyIcon } from './grid-icons.js'

export interface CodeCellProps {
  id: string
  /** Court and login, for the copy button's label. */
  rowName: string
  canCopy: boolean
  /** Called when the user copies (for `onAction`). */
  onCopy?: () => void
}

export const CodeCell = /* @__PURE__ */ memo(function CodeCell({
  id,
  rowName,
  canCopy,
  onCopy,
}: CodeCellProps) {
  const grid = useGridMessages()
  const common = useCommonMessages()
  const live = useLiveCode(id)
  const { copy, state } = useCopy()
  const errorMessage = useErrorMessage()

  if (live.unreadable) {
    return (
      <div className="a2f-grid-code" data-state="unreadable">
        <span className="a2f-grid-code-unreadable">{grid.unreadable}</span>
        <span className="a2f-grid-sub">{grid.unreadableReasons[live.unreadable]}</span>
      </div>
    )
  }

  const code = live.code
  if (!code) {
    return (
      <div className="a2f-grid-code" data-state={live.error ? 'error' : 'loading'}>
        <span className="a2f-grid-code-missing" {...(live.error ? { title: errorMessage(live.error) } : {})}>
          {live.error ? grid.codeUnavailable : grid.codeLoading}
        </span>
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
