/**
 * "Não foi possível carregar as credenciais." with the reason and a "Tentar novamente" button: what the
 * credential grid and the compliance view show when the list of credentials failed to load.
 *
 * @example
 * if (credentials.isError) return <LoadError className="a2f-compliance" result={credentials} />
 */
import { useCommonMessages } from '../i18n/common-messages.js'
import { useGridMessages } from './messages.js'
import { useErrorMessage } from '../util/use-error-message.js'

export interface LoadErrorProps {
  /** The failed query: its error is explained, `refetch` retries. */
  result: { error: unknown; refetch: () => unknown }
  className: string
}

export function LoadError({ result, className }: LoadErrorProps) {
  const grid = useGridMessages()
  const common = useCommonMessages()
  const errorMessage = useErrorMessage()
  return (
    <div className={className} data-state="error">
      <p role="alert" className="a2f-grid-message">
        {grid.loadError} {errorMessage(result.error)}
      </p>
      <button type="button" className="a2f-button" onClick={() => void result.refetch()}>
        {common.retry}
      </button>
    </div>
  )
}
