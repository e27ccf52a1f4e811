/**
 * The one message of a form after it was submitted: an error (role="alert", read at once) or a success
 * or progress note (role="status", read politely). `id` lets fields point at it (aria-describedby).
 *
 * @example
 * <FormMessage id={messageId} message={{ kind: 'error', text: 'Senha incorreta.' }} />
 */
export interface Message {
  kind: 'error' | 'success' | 'info'
  text: string
}

export function FormMessage({ id, message }: { id?: string; message: Message | null }) {
  // The live regions stay mounted, so a screen reader hears each new message.
  return (
    <>
      <div
        id={message?.kind === 'error' ? id : undefined}
        role="alert"
        className="form-message"
        data-kind="error"
      >
        {message?.kind === 'error' ? message.text : null}
      </div>
      <div
        id={message?.kind !== 'error' ? id : undefined}
        role="status"
        className="form-message"
        data-kind={message?.kind ?? 'info'}
      >
        {message && message.kind !== 'error' ? message.text : null}
      </div>
    </>
  )
}
