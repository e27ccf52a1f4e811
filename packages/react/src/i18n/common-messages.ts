/**
 * Words every widget shares: statuses, actions, loading and error states, and the translation of the
 * stable error codes of @a2f/core and @a2f/storage (messages in those packages are English, for logs;
 * users read these).
 */
import { useNamespaceMessages } from './use-namespace-messages.js'
import type { TwoFactorStatus } from '@a2f/core'
import type { CredentialStatus } from '@a2f/storage'

export interface CommonMessages {
  loading: string
  retry: string
  cancel: string
  close: string
  back: string
  next: string
  save: string
  copy: string
  copied: string
  copyFailed: string
  credentialStatus: Record<CredentialStatus, string>
  twoFactorStatus: Record<TwoFactorStatus, string>
  /** A user-facing sentence for an error code of @a2f/core or @a2f/storage; `fallback` for unknown codes. */
  errors: Record<string, string> & { fallback: string }
}

export const commonMessages: CommonMessages = {
  loading: 'Carregando…',
  retry: 'Tentar novamente',
  cancel: 'Cancelar',
  close: 'Fechar',
  back: 'Voltar',
  next: 'Avançar',
  save: 'Salvar',
  copy: 'Copiar',
  copied: 'Copiado',
  copyFailed: 'Não foi possível copiar',
  credentialStatus: { pending: 'Pendente', validated: 'Validada' },
  twoFactorStatus: {
    mandatory: 'Obrigatório',
    optional: 'Opcional',
    unavailable: 'Indisponível',
    unknown: 'Não informado',
  },
  errors: {
    fallback: 'Algo deu errado. Tente novamente.',
    NOT_FOUND: 'Credencial não encontrada. Ela pode ter sido removida.',
    ALREADY_EXISTS: 'Já existe uma credencial com este identificador.',
    CONFLICT: 'Esta credencial foi alterada em outro lugar. Os dados foram recarregados; confira e repita.',
    INVALID_INPUT: 'Há um campo inválido.',
    UNREADABLE_RECORD: 'Esta credencial não pode ser aberta (dados corrompidos ou chave desconhecida).',
    WRONG_PASSPHRASE: 'Senha do cofre incorreta.',
    LOCKED: 'O cofre está bloqueado. Desbloqueie para continuar.',
    UNAVAILABLE: 'O armazenamento não está disponível agora. Tente novamente em instantes.',
    UNAUTHORIZED: 'Sem permissão para esta operação.',
    SECRET_WITHHELD: 'O servidor não envia chaves ao navegador.',
    CRYPTO_UNAVAILABLE: 'Este navegador não oferece a criptografia necessária (WebCrypto).',
  },
}

/** The common texts in the provider's language, with the host's overrides (every widget). */
export const useCommonMessages = (): typeof commonMessages => useNamespaceMessages('common', commonMessages)
