/**
 * The door of the demo: the credentials live in this browser's IndexedDB, sealed with a key that only
 * the vault passphrase opens. First run: create the passphrase (twice; the storage's rule). Later runs:
 * unlock. A wrong passphrase says so and changes nothing; the field is cleared and focused for another try.
 *
 * The passphrase is read from the form's FormData at submit and the form is reset at once: it is never
 * React state, and it is gone from the page while scrypt derives the key.
 *
 * @example
 * <VaultGate adapter={adapter} kdf={undefined} notice="locked" onOpen={(keys) => setSession(…)} />
 */
import {
  createVault,
  hasVault,
  unlockVault,
  type KdfCost,
  type StorageAdapter,
  type UnlockedVault,
} from '@a2f/storage'
import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { FormMessage, type Message } from '../ui/form-message.js'
import { clearPassphrases, formText, PassphraseField } from '../ui/passphrase-field.js'
import { MIN_PASSPHRASE_LENGTH, newPassphraseProblem } from './passphrase-rule.js'
import { storageErrorText } from './storage-error-text.js'
import { SubmitButton } from '../ui/submit-button.js'

export interface VaultGateProps {
  adapter: StorageAdapter
  /** scrypt costs for a new vault; undefined: the storage's default (N = 2^17). */
  kdf: Partial<KdfCost> | undefined
  /** Why the gate is shown again: the user locked the vault. */
  notice?: 'locked'
  onOpen: (keys: UnlockedVault) => void
}

type Mode = 'checking' | 'create' | 'unlock' | 'unavailable'

export function VaultGate({ adapter, kdf, notice, onOpen }: VaultGateProps) {
  const [mode, setMode] = useState<Mode>('checking')
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<Message | null>(
    notice === 'locked' ? { kind: 'info', text: 'Cofre bloqueado. Informe a senha para voltar.' } : null,
  )
  const messageId = useId()
  const headingId = useId()
  const firstField = useRef<HTMLInputElement>(null)

  useEffect(() => {
    let live = true
    hasVault(adapter).then(
      (exists) => live && setMode(exists ? 'unlock' : 'create'),
      (error: unknown) => {
        if (!live) return
        setMode('unavailable')
        setMessage({ kind: 'error', text: storageErrorText(error, 'unlock') })
      },
    )
    return () => {
      live = false
    }
  }, [adapter])

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (busy) return
    const form = event.currentTarget
    const passphrase = formText(form, 'passphrase')
    const confirmation = formText(form, 'confirmation')
    clearPassphrases(form)
    if (mode === 'create') {
      const problem = newPassphraseProblem(passphrase, confirmation)
      if (problem) {
        setMessage({ kind: 'error', text: problem })
        firstField.current?.focus()
        return
      }
    } else if (passphrase === '') {
      setMessage({ kind: 'error', text: 'Informe a senha do cofre.' })
      firstField.current?.focus()
      return
    }
    setBusy(true)
    setMessage({
      kind: 'info',
      text: mode === 'create' ? 'Criando o cofre…' : 'Abrindo o cofre…',
    })
    try {
      const keys =
        mode === 'create'
          ? await createVault(adapter, { passphrase, ...(kdf ? { kdf } : {}) })
          : await unlockVault(adapter, { passphrase })
      onOpen(keys)
    } catch (error) {
      setBusy(false)
      setMessage({ kind: 'error', text: storageErrorText(error, mode === 'create' ? 'create' : 'unlock') })
      // The field was cleared at submit: ready for another try.
      requestAnimationFrame(() => firstField.current?.focus())
    }
  }

  const invalid = message?.kind === 'error'
  return (
    <main className="vault-gate" aria-labelledby={headingId}>
      <div className="vault-card">
        <p className="brand" aria-hidden="true">
          a2f
        </p>
        <h1 id={headingId}>Gestão de autenticadores</h1>
        {mode === 'checking' && <p className="muted">Verificando o cofre deste navegador…</p>}
        {mode === 'create' && (
          <>
            <h2>Crie a senha do cofre</h2>
            <p>
              As chaves dos autenticadores ficam guardadas neste navegador, cifradas com uma chave que só a
              senha do cofre abre. Ninguém consegue recuperá-la: se esquecer a senha, as chaves guardadas aqui
              se perdem. Guarde-a com cuidado e exporte uma cópia de segurança em Configurações.
            </p>
          </>
        )}
        {mode === 'unlock' && (
          <>
            <h2>Desbloqueie o cofre</h2>
            <p>Informe a senha do cofre para ver as credenciais e os códigos.</p>
          </>
        )}
        {(mode === 'create' || mode === 'unlock') && (
          <form
            className="stack"
            onSubmit={submit}
            aria-busy={busy}
            aria-label={mode === 'create' ? 'Criar o cofre' : 'Desbloquear o cofre'}
            noValidate
          >
            {/* For password managers: they file the passphrase under this name. */}
            <input type="text" name="username" autoComplete="username" value="Cofre do a2f" readOnly hidden />
            <PassphraseField
              name="passphrase"
              label="Senha do cofre"
              autoComplete={mode === 'create' ? 'new-password' : 'current-password'}
              {...(mode === 'create' ? { hint: `No mínimo ${MIN_PASSPHRASE_LENGTH} caracteres.` } : {})}
              errorId={messageId}
              invalid={invalid}
              autoFocus
              inputRef={firstField}
            />
            {mode === 'create' && (
              <PassphraseField
                name="confirmation"
                label="Confirme a senha do cofre"
                autoComplete="new-password"
                invalid={invalid}
              />
            )}
            <FormMessage id={messageId} message={message} />
            <div className="actions">
              <SubmitButton busy={busy}>{mode === 'create' ? 'Criar cofre' : 'Desbloquear'}</SubmitButton>
            </div>
          </form>
        )}
        {mode === 'unavailable' && <FormMessage message={message} />}
      </div>
    </main>
  )
}
