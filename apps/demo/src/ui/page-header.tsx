/**
 * The top of a page: its heading (focusable, so the shell can move focus to it on navigation), a short
 * explanation, and the page's main actions on the right.
 *
 * @example
 * <PageHeader title="Tribunais" actions={<button>…</button>}>Quais tribunais exigem 2FA.</PageHeader>
 */
import type { ReactNode } from 'react'

export function PageHeader(props: { title: string; children?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="page-header">
      <div>
        <h2 tabIndex={-1}>{props.title}</h2>
        {props.children && <p className="page-intro">{props.children}</p>}
      </div>
      {props.actions && <div className="page-actions">{props.actions}</div>}
    </div>
  )
}
