/**
 * "Exportar cópia de segurança": every credential of the vault in one encrypted file (AES-256-GCM, key
 * from the backup passphrase with scrypt), downloaded as `a2f-backup-<date>.json`. The backup has its own
 * passphrase, so the file can be kept apart from the vault (and imported by the robot).
 *
 * @example
 * <ExportBackupSection />
 */
import { exportBackup } from '@a2f/storage'
import { useId, type FormEvent } from 'react'
import { FormMessage } from '../ui/form-message.js'
import { clearPassphrases, formText, PassphraseField } from '../ui/passphrase-field.js'
import { SettingsForm } from '../ui/settings-form.js'
import { useFormTask } from '../ui/use-form-task.js'
import { MIN_PASSPHRASE_LENGTH, newPassphraseProblem } from '../vault/passphrase-rule.js'
import { storageErrorText } from '../vault/storage-error-text.js'
import { useVaultSession } from '../vault/vault-session-context.js'
import { backupFileName } from './backup-file-name.js'
import { downloadText } from './download-text.js'
import { SubmitButton } from '../ui/submit-button.js'

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

export function ExportBackupSection() {
  const { store, kdf } = useVaultSession()
  const task = useFormTask()
  const messageId = useId()

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = event.currentTarget
    const passphrase = formText(form, 'passphrase')
    const confirmation = formText(form, 'confirmation')
    clearPassphrases(form)
    const problem = newPassphraseProblem(passphrase, confirmation)
    if (problem) return task.setMessage({ kind: 'error', text: problem })
    void task.run(
      'Cifrando a cópia de segurança…',
      async () => {
        const backup = await exportBackup(store, { passphrase, ...(kdf ? { kdf } : {}) })
        const fileName = backupFileName(new Date())
        downloadText(backup.text, fileName, 'application/json')
        const skipped =
          backup.unreadable.length > 0
            ? ` ${plural(backup.unreadable.length, 'credencial não pôde ser aberta e ficou', 'credenciais não puderam ser abertas e ficaram')} de fora.`
            : ''
        return {
          kind: backup.unreadable.length > 0 ? 'info' : 'success',
          text: `Cópia de segurança exportada: ${plural(backup.exported, 'credencial', 'credenciais')} em ${fileName}.${skipped} Guarde o arquivo e a senha em lugares diferentes.`,
        }
      },
      (error) => storageErrorText(error, 'export'),
    )
  }

  return (
    <SettingsForm
      title="Exportar cópia de segurança"
      intro="Um arquivo cifrado com todas as credenciais deste cofre, protegido por uma senha própria. Sem essa senha, ninguém abre o arquivo."
      onSubmit={submit}
      busy={task.busy}
    >
      <PassphraseField
        name="passphrase"
        label="Senha da cópia de segurança"
        autoComplete="new-password"
        hint={`No mínimo ${MIN_PASSPHRASE_LENGTH} caracteres.`}
        errorId={messageId}
        invalid={task.message?.kind === 'error'}
      />
      <PassphraseField name="confirmation" label="Confirme a senha da cópia" autoComplete="new-password" />
      <FormMessage id={messageId} message={task.message} />
      <div className="actions">
        <SubmitButton busy={task.busy}>Exportar cópia de segurança</SubmitButton>
      </div>
    </SettingsForm>
  )
}
