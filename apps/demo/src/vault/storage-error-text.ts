/**
 * pt-BR sentences for the errors of the vault and of backups, by their stable codes. The vault screens sit
 * outside <A2FProvider> (there is no store yet), so they cannot use the widgets' translations; and these
 * say what the user needs here: that nothing was lost or changed. Errors never carry secrets, and the
 * English messages of the library are never shown.
 *
 * @example
 * storageErrorText(error, 'unlock') // 'Senha incorreta. O cofre continua fechado e nada foi alterado…'
 */
import { isStorageError } from '@a2f/storage'
import { MIN_PASSPHRASE_LENGTH } from './passphrase-rule.js'

/** Where the error happened: the same code means different things to the user. */
export type ErrorContext = 'create' | 'unlock' | 'change' | 'export' | 'import'

const WRONG_PASSPHRASE: Record<ErrorContext, string> = {
  create: 'Não foi possível criar o cofre.',
  unlock: 'Senha incorreta. O cofre continua fechado e nada foi alterado. Confira a senha e tente de novo.',
  change: 'A senha atual está incorreta. Nada foi alterado.',
  export: 'Senha incorreta.',
  import: 'Senha da cópia de segurança incorreta. Nada foi importado.',
}

export function storageErrorText(error: unknown, context: ErrorContext): string {
  if (isStorageError(error, 'WRONG_PASSPHRASE')) return WRONG_PASSPHRASE[context]
  if (isStorageError(error, 'INVALID_INPUT') && error.details.field === 'passphrase') {
    return `A senha precisa ter pelo menos ${MIN_PASSPHRASE_LENGTH} caracteres.`
  }
  if (isStorageError(error, 'BACKUP_INVALID')) {
    switch (error.details.reason) {
      case 'JSON':
      case 'FORMAT':
        return 'O arquivo não é uma cópia de segurança do a2f. Nada foi importado.'
      case 'VERSION':
        return 'Esta cópia de segurança foi feita por uma versão mais nova do a2f. Nada foi importado.'
      case 'KDF':
        return 'A cópia de segurança usa parâmetros de proteção que não podem ser usados. Nada foi importado.'
      case 'TAMPERED':
        return 'A cópia de segurança está incompleta ou foi alterada depois de exportada. Nada foi importado.'
      case 'TOO_LARGE':
        return 'O arquivo passa dos limites que o a2f aceita (tamanho ou número de credenciais). Nada foi importado.'
    }
  }
  if (isStorageError(error, 'VAULT_EXISTS')) {
    return 'Já existe um cofre neste navegador (criado em outra aba?). Recarregue a página para desbloqueá-lo.'
  }
  if (isStorageError(error, 'VAULT_NOT_FOUND')) {
    return 'Não há cofre neste navegador (foi apagado em outra aba?). Recarregue a página para criar um.'
  }
  if (isStorageError(error, 'CONFLICT')) {
    return 'A senha do cofre foi alterada em outra aba ao mesmo tempo. Nada foi alterado aqui; tente de novo.'
  }
  if (isStorageError(error, 'LOCKED')) return 'O cofre foi bloqueado. Desbloqueie-o para continuar.'
  if (isStorageError(error, 'KEY_INVALID')) {
    return 'Os dados do cofre neste navegador não puderam ser lidos. Nada foi alterado.'
  }
  if (isStorageError(error, 'CRYPTO_UNAVAILABLE')) {
    return 'Este navegador não oferece criptografia nesta página. Abra o endereço http://127.0.0.1 ou use https.'
  }
  if (isStorageError(error, 'UNAVAILABLE')) {
    return 'O armazenamento do navegador não está disponível agora (modo privativo ou sem espaço?). Nada foi alterado.'
  }
  return 'Não foi possível concluir a operação. Nada foi alterado; tente de novo.'
}
