/**
 * Words every widget shares: statuses, actions, loading and error states, and the translation of the
 * stable error codes of @a2f/core and @a2f/storage (messages in those packages are English, for logs;
 * users read these).
 */
import type { TwoFactorStatus } from '@a2f/core'
import type { CredentialStatus } from '@a2f/storage'
import type { LocaleTable } from './locale.js'

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

export const commonMessages: LocaleTable<CommonMessages> = {
  'pt-BR': {
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
  },
  en: {
    loading: 'Loading…',
    retry: 'Try again',
    cancel: 'Cancel',
    close: 'Close',
    back: 'Back',
    next: 'Next',
    save: 'Save',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Could not copy',
    credentialStatus: { pending: 'Pending', validated: 'Validated' },
    twoFactorStatus: {
      mandatory: 'Mandatory',
      optional: 'Optional',
      unavailable: 'Unavailable',
      unknown: 'Unknown',
    },
    errors: {
      fallback: 'Something went wrong. Please try again.',
      NOT_FOUND: 'Credential not found. It may have been removed.',
      ALREADY_EXISTS: 'A credential with this id already exists.',
      CONFLICT: 'This credential was changed elsewhere. It was reloaded; check it and try again.',
      INVALID_INPUT: 'A field is invalid.',
      UNREADABLE_RECORD: 'This credential cannot be opened (corrupted data or unknown key).',
      WRONG_PASSPHRASE: 'Wrong vault passphrase.',
      LOCKED: 'The vault is locked. Unlock it to continue.',
      UNAVAILABLE: 'Storage is unavailable right now. Try again in a moment.',
      UNAUTHORIZED: 'You are not allowed to do this.',
      SECRET_WITHHELD: 'The server does not send keys to the browser.',
      CRYPTO_UNAVAILABLE: 'This browser lacks the cryptography a2f needs (WebCrypto).',
    },
  },
  es: {
    loading: 'Cargando…',
    retry: 'Reintentar',
    cancel: 'Cancelar',
    close: 'Cerrar',
    back: 'Volver',
    next: 'Siguiente',
    save: 'Guardar',
    copy: 'Copiar',
    copied: 'Copiado',
    copyFailed: 'No se pudo copiar',
    credentialStatus: { pending: 'Pendiente', validated: 'Validada' },
    twoFactorStatus: {
      mandatory: 'Obligatorio',
      optional: 'Opcional',
      unavailable: 'No disponible',
      unknown: 'Desconocido',
    },
    errors: {
      fallback: 'Algo salió mal. Inténtelo de nuevo.',
      NOT_FOUND: 'Credencial no encontrada. Puede haber sido eliminada.',
      ALREADY_EXISTS: 'Ya existe una credencial con este identificador.',
      CONFLICT: 'Esta credencial fue modificada en otro lugar. Se recargó; revísela y repita.',
      INVALID_INPUT: 'Hay un campo no válido.',
      UNREADABLE_RECORD: 'Esta credencial no se puede abrir (datos dañados o clave desconocida).',
      WRONG_PASSPHRASE: 'Contraseña del cofre incorrecta.',
      LOCKED: 'El cofre está bloqueado. Desbloquéelo para continuar.',
      UNAVAILABLE: 'El almacenamiento no está disponible ahora. Inténtelo en un momento.',
      UNAUTHORIZED: 'No tiene permiso para esta operación.',
      SECRET_WITHHELD: 'El servidor no envía claves al navegador.',
      CRYPTO_UNAVAILABLE: 'Este navegador no ofrece la criptografía necesaria (WebCrypto).',
    },
  },
}
