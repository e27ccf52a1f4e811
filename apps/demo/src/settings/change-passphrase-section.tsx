/**
 * "Alterar a senha do cofre": the current passphrase, the new one twice. Only the vault's key is wrapped
 * again (no credential is re-sealed), so it takes the time of two key derivations. A wrong current
 * passphrase changes nothing.
 *
 * @example
 * <ChangePassphraseSection />
 */
import { changePassphrase } from '@a2f/storage'
import { useId, type FormEvent } from 'react'
import { FormMessage } from '../ui/form-message.js'
import { clearPassphrases, formText, PassphraseField } from '../ui/passphrase-field.js'
import { SettingsForm } from '../ui/settings-form.js'
import { useFormTask } from '../ui/use-form-task.js'
import { MIN_PASSPHRASE_LENGTH, newPassphraseProblem } from '../vault/passphrase-rule.js'
import { storageErrorText } from '../vault/storage-error-text.js'
import { useVaultSession } from '../vault/vault-session-context.js'
import { SubmitButton } from '../ui/submit-button.js'

export function ChangePassphraseSection() {
  const { adapter, kdf } = useVaultSession()
  const task = useFormTask()
  const messageId = useId()

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = event.currentTarget
    const current = formText(form, 'current')
    const next = formText(form, 'next')
    const confirmation = formText(form, 'confirmation')
    clearPassphrases(form)
    const problem =
      current === '' ? 'Informe a senha atual do cofre.' : newPassphraseProblem(next, confirmation)
    if (problem) return task.setMessage({ kind: 'error', text: problem })
    void task.run(
      'Alterando a senha…',
      async () => {
        await changePassphrase(adapter, { current, next, ...(kdf ? { kdf } : {}) })
        return { kind: 'success', text: 'Senha do cofre alterada. Use a nova senha ao desbloquear.' }
      },
      (error) => storageErrorText(error, 'change'),
    )
  }

  const invalid = task.message?.kind === 'error'
  return (
    <SettingsForm
      title="Alterar a senha do cofre"
      intro="Só a chave do cofre é cifrada de novo com a nova senha: as credenciais continuam como estão."
      onSubmit={submit}
      busy={task.busy}
    >
      <PassphraseField
        name="current"
        label="Senha atual"
        autoComplete="current-password"
        errorId={messageId}
        invalid={invalid}
      />
      <PassphraseField
        name="next"
        label="Nova senha"
        autoComplete="new-password"
        hint={`No mínimo ${MIN_PASSPHRASE_LENGTH} caracteres.`}
      />
      <PassphraseField name="confirmation" label="Confirme a nova senha" autoComplete="new-password" />
      <FormMessage id={messageId} message={task.message} />
      <div className="actions">
        <SubmitButton busy={task.busy}>Alterar senha</SubmitButton>
      </div>
    </SettingsForm>
  )
}
