/**
 * "Importar cópia de segurança": a backup file and its passphrase. The whole file is checked first (wrong
 * passphrase, not a backup, edited file: nothing is imported); then each credential comes in, those
 * already in the vault are kept as they are (skipped), and each one that fails is listed by court and
 * login, never by key.
 *
 * @example
 * <ImportBackupSection />
 */
import { importBackup, type ImportIssue, type ImportReport } from '@a2f/storage'
import { useId, useState, type FormEvent } from 'react'
import { FormMessage } from '../ui/form-message.js'
import { clearPassphrases, formText, PassphraseField } from '../ui/passphrase-field.js'
import { SettingsForm } from '../ui/settings-form.js'
import { useFormTask } from '../ui/use-form-task.js'
import { storageErrorText } from '../vault/storage-error-text.js'
import { useVaultSession } from '../vault/vault-session-context.js'
import { SubmitButton } from '../ui/submit-button.js'

/** Larger than any real backup of an office; a bigger file is not read into memory. */
const MAX_FILE_BYTES = 20 * 1024 * 1024

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

function issueReason(issue: ImportIssue): string {
  switch (issue.code) {
    case 'ALREADY_EXISTS':
      return 'já está neste cofre'
    case 'INVALID_INPUT':
      return `campo inválido${issue.field ? ` (${issue.field})` : ''}`
    default:
      return 'não pôde ser lida'
  }
}

function issueName(issue: ImportIssue): string {
  const names = [issue.issuer, issue.account].filter(Boolean).join(' · ')
  return names || `item ${issue.index + 1} do arquivo`
}

export function ImportBackupSection() {
  const { store } = useVaultSession()
  const task = useFormTask()
  const [report, setReport] = useState<ImportReport | null>(null)
  const messageId = useId()
  const fileId = useId()

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = event.currentTarget
    const file = form.querySelector<HTMLInputElement>('input[name="file"]')?.files?.[0]
    const passphrase = formText(form, 'passphrase')
    // The passphrase field is cleared now; the chosen file stays, for another try with the right passphrase.
    clearPassphrases(form)
    setReport(null)
    if (!file || file.size === 0) {
      return task.setMessage({ kind: 'error', text: 'Escolha o arquivo da cópia de segurança.' })
    }
    if (file.size > MAX_FILE_BYTES) {
      return task.setMessage({
        kind: 'error',
        text: 'O arquivo é grande demais para ser uma cópia de segurança do a2f.',
      })
    }
    if (passphrase === '')
      return task.setMessage({ kind: 'error', text: 'Informe a senha da cópia de segurança.' })
    void task.run(
      'Abrindo a cópia de segurança…',
      async () => {
        const result = await importBackup(store, await file.text(), { passphrase })
        setReport(result)
        const parts = [
          plural(result.imported.length, 'credencial importada', 'credenciais importadas'),
          plural(result.skipped.length, 'ignorada (já existia)', 'ignoradas (já existiam)'),
        ]
        if (result.failed.length > 0) parts.push(plural(result.failed.length, 'com erro', 'com erro'))
        return {
          kind: result.failed.length > 0 ? 'info' : 'success',
          text: `Importação concluída: ${parts.join(', ')}.`,
        }
      },
      (error) => storageErrorText(error, 'import'),
    )
  }

  const issues = report
    ? [
        ...report.skipped.map((issue) => ({ issue, failed: false })),
        ...report.failed.map((issue) => ({ issue, failed: true })),
      ]
    : []
  return (
    <SettingsForm
      title="Importar cópia de segurança"
      intro="Traga as credenciais de uma cópia de segurança do a2f. As que já estão neste cofre são mantidas como estão."
      onSubmit={submit}
      busy={task.busy}
    >
      <div className="field">
        <label htmlFor={fileId}>Arquivo da cópia de segurança</label>
        <input id={fileId} name="file" type="file" accept=".json,application/json" required />
      </div>
      <PassphraseField
        name="passphrase"
        label="Senha da cópia de segurança"
        autoComplete="off"
        errorId={messageId}
        invalid={task.message?.kind === 'error'}
      />
      <FormMessage id={messageId} message={task.message} />
      {issues.length > 0 && (
        <ul className="import-issues" aria-label="Itens não importados">
          {issues.map(({ issue, failed }) => (
            <li key={`${failed}-${issue.index}`} data-kind={failed ? 'failed' : 'skipped'}>
              {issueName(issue)}: {issueReason(issue)}
            </li>
          ))}
        </ul>
      )}
      <div className="actions">
        <SubmitButton busy={task.busy}>Importar</SubmitButton>
      </div>
    </SettingsForm>
  )
}
