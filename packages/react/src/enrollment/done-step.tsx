/**
 * Step 5, "Conclusão": what will be saved — court, login, lawyer, personal e-mail and whether the
 * credential is validated or stays pending — and, once saved, the closing words of seed 000: the
 * credential is in the grid and the authenticator in the authenticator management area.
 *
 * @example
 * <DoneStep enrollment={enrollment} idBase="wizard-1" />
 */
import type { ReactNode } from 'react'
import { useWizardMessages } from './messages.js'
import { courtDisplayName } from './enrollment-texts.js'
import type { StepBodyProps } from './step-body-props.js'

export function DoneStep({ enrollment }: StepBodyProps) {
  const messages = useWizardMessages()
  const m = messages.enrollment.done
  const { state } = enrollment
  const status = state.completed?.status ?? (state.confirmed ? 'validated' : 'pending')
  const email = state.personalEmail.trim()
  // Term and value; the personal e-mail only when there is one.
  const rows: [string, ReactNode][] = [
    [m.court, courtDisplayName(state, messages) || m.none],
    [m.account, state.account.trim() || m.none],
    [m.owner, state.owner.trim() || m.none],
  ]
  if (email !== '') rows.push([m.personalEmail, email])
  rows.push([
    m.status,
    <span className="a2f-badge" data-status={status}>
      {messages.common.credentialStatus[status]}
    </span>,
  ])
  return (
    <>
      <p className="a2f-enrollment-intro">{state.completed ? m.completed : m.intro}</p>
      <dl className="a2f-enrollment-summary">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {status === 'pending' && <p className="a2f-enrollment-note">{m.pendingNote}</p>}
    </>
  )
}
