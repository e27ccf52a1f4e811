/**
 * A form's primary button. While the form works it stays focusable and announced (`aria-disabled`, not
 * `disabled`, which would drop focus to the page); the form's submit handler ignores it meanwhile.
 *
 * @example
 * <SubmitButton busy={task.busy}>Exportar</SubmitButton>
 */
import type { ReactNode } from 'react'

export function SubmitButton(props: { busy: boolean; children: ReactNode }) {
  return (
    <button
      type="submit"
      className="a2f-button"
      data-variant="primary"
      aria-disabled={props.busy || undefined}
    >
      {props.children}
    </button>
  )
}
