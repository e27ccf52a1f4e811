/**
 * @a2f/storage's errors in the robot's words (pt-BR). Storage messages never hold secrets, but they are
 * English and for developers; these say what to do. `passphrase` tells which passphrase was wrong.
 *
 * ```ts
 * storageErrorMessage(error, 'A2F_BACKUP_PASSPHRASE') // 'A frase-senha … (A2F_BACKUP_PASSPHRASE) não confere…'
 * ```
 */
import { isStorageError } from '@a2f/storage'

const BACKUP_REASONS: Record<string, string> = {
  JSON: 'O arquivo não é uma cópia de segurança do a2f (não é JSON, ou está incompleto).',
  FORMAT: 'O arquivo não é uma cópia de segurança do a2f.',
  VERSION: 'A cópia de segurança foi feita por uma versão mais nova do a2f: atualize o robô.',
  KDF: 'A cópia de segurança usa parâmetros de derivação de chave que o a2f não aceita.',
  TAMPERED: 'A cópia de segurança foi alterada ou está corrompida. Nada foi importado.',
  TOO_LARGE:
    'A cópia de segurança passa dos limites que o a2f aceita (tamanho ou número de credenciais). Nada foi importado.',
}

/** The pt-BR message for a StorageError, or undefined for any other error. */
export function storageErrorMessage(
  error: unknown,
  passphrase: 'A2F_ROBOT_PASSPHRASE' | 'A2F_BACKUP_PASSPHRASE' = 'A2F_ROBOT_PASSPHRASE',
): string | undefined {
  if (!isStorageError(error)) return undefined
  const details = (error.details ?? {}) as { reason?: string; field?: string; id?: string; adapter?: string }
  switch (error.code) {
    case 'WRONG_PASSPHRASE':
      return passphrase === 'A2F_ROBOT_PASSPHRASE'
        ? 'A frase-senha do cofre (A2F_ROBOT_PASSPHRASE) não abre o cofre deste armazenamento. Nada foi alterado.'
        : 'A frase-senha da cópia de segurança (A2F_BACKUP_PASSPHRASE) não confere. Nada foi importado.'
    case 'INVALID_INPUT':
      return details.field === 'passphrase'
        ? `A frase-senha (${passphrase}) precisa ter pelo menos 8 caracteres.`
        : `Dado recusado pelo armazenamento (${details.field ?? 'campo'}).`
    case 'BACKUP_INVALID':
      return BACKUP_REASONS[details.reason ?? ''] ?? BACKUP_REASONS.FORMAT
    case 'UNAVAILABLE':
      return `O banco de dados (${details.adapter ?? 'armazenamento'}) não respondeu. Nada foi alterado.`
    case 'UNREADABLE_RECORD':
      return `A credencial ${details.id ?? ''} não pode ser aberta: está corrompida ou foi selada por outro cofre.`
    case 'KEY_INVALID':
      return 'O cofre guardado neste armazenamento não pôde ser lido.'
    case 'NOT_FOUND':
      return `Credencial não encontrada (${details.id ?? ''}).`
    default:
      return `Falha no armazenamento (${error.code}).`
  }
}
