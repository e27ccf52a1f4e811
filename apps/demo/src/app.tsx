/**
 * Paste the key a court shows at two-factor enrolment and see the live code to type back at the court.
 * The key stays in the (uncontrolled) text field and in a prepared generator kept in a ref: it is never
 * in React state, so React DevTools does not show it.
 */
import { createTotp, parseSecret, type TotpGenerator } from '@a2f/core'
import { useId, useRef, useState, type ChangeEvent } from 'react'
import { LiveCode } from './live-code.js'
import { describeSecretProblem, type SecretProblem } from './secret-error-message.js'

type KeyState =
  | { kind: 'empty' }
  | { kind: 'invalid'; problem: SecretProblem }
  | { kind: 'valid'; bits: number; revision: number }

export function App() {
  const inputId = useId()
  const statusId = useId()
  const field = useRef<HTMLTextAreaElement>(null)
  const generator = useRef<TotpGenerator | null>(null)
  const [state, setState] = useState<KeyState>({ kind: 'empty' })

  const read = (event: ChangeEvent<HTMLTextAreaElement>) => {
    const text = event.currentTarget.value
    generator.current = null
    if (text.trim() === '') return setState({ kind: 'empty' })
    try {
      const parsed = parseSecret(text)
      generator.current = createTotp(parsed.bytes, parsed.params)
      setState((previous) => ({
        kind: 'valid',
        bits: parsed.bytes.length * 8,
        revision: previous.kind === 'valid' ? previous.revision + 1 : 0,
      }))
    } catch (error) {
      setState({ kind: 'invalid', problem: describeSecretProblem(error) })
    }
  }

  // Selects the offending character in the field, so the user sees it and can retype it.
  const pointAt = (index: number) => {
    field.current?.focus()
    field.current?.setSelectionRange(index, index + 1)
  }

  return (
    <main>
      <header>
        <h1>Autenticador do tribunal</h1>
        <p>
          No site do tribunal, inicie a “Autenticação em dois fatores”. Cole aqui a chave alfanumérica
          mostrada ao lado do QR code.
        </p>
      </header>
      <form onSubmit={(event) => event.preventDefault()}>
        <label htmlFor={inputId}>Chave de autenticação</label>
        <textarea
          ref={field}
          id={inputId}
          rows={2}
          placeholder="MMZD IMRU GZRG CNRQ GA2G MMRW MVQW IZBW"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          translate="no"
          aria-invalid={state.kind === 'invalid'}
          aria-describedby={statusId}
          onChange={read}
        />
        <div id={statusId} className="status" role="status" data-state={state.kind}>
          {state.kind === 'invalid' && (
            <>
              {state.problem.message}
              {state.problem.index !== undefined && (
                <>
                  {' '}
                  <button type="button" className="link" onClick={() => pointAt(state.problem.index!)}>
                    Mostrar o caractere
                  </button>
                </>
              )}
            </>
          )}
          {state.kind === 'valid' && `Chave válida (${state.bits} bits).`}
        </div>
      </form>
      {state.kind === 'valid' && generator.current && (
        <LiveCode key={state.revision} generator={generator.current} />
      )}
    </main>
  )
}
