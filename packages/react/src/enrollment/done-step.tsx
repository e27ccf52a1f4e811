/**
 * Step 5, "Conclusão": what will be saved — court, login, lawyer, personal e-mail and whether the
 * credential is validated or stays pending — and, once saved, the closing words of seed 000: the
 * credential is in the grid and the authenticator in the authenticator management area.
 *
 * @example
 * <DoneStep enrollment={enrollment} idBase="wizard-1" />
 */
import { useMessages } from '../provider/a2f-context.js'
import { courtDisplayName } from './enrollment-texts.js'
import type { StepBodyProps } from './step-body-props.js'

export function DoneStep({ enrollment }: StepBodyProps) {
  const messages = useMessages()
  const m = messages.enrollment.done
  const { state } = enrollment
  const status = state.completed?.status ?? (state.confirmed ? 'validated' : 'pending')
  const owner = state.owner.trim()
  const email = state.personalEmail.trim()
  return (
    <>
      <p className="a2f-enrollment-intro">{state.completed ? m.completed : m.intro}</p>
      <dl className="a2f-enrollment-summary">
        <div>
          <dt>{m.court}</dt>
          <dd>{courtDisplayName(state, messages) || m.none}</dd>
        </div>
        <div>
          <dt>{m.account}</dt>
          <dd>{state.account.trim() || m.none}</dd>
        </div>
        <div>
          <dt>{m.owner}</dt>
          <dd>{owner || m.none}</dd>
        </div>
        {email !== '' && (
          <div>
            <dt>{m.personalEmail}</dt>
            <dd>{email}</dd>
          </div>
        )}
        <div>
          <dt>{m.status}</dt>
          <dd>
            <span className="a2f-badge" data-status={status}>
              {messages.common.credentialStatus[status]}
            </span>
          </dd>
        </div>
      </dl>
      {status === 'pending' && <p className="a2f-enrollment-note">{m.pendingNote}</p>}
    </>
  )
}
