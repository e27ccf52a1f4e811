/**
 * Texts of `AuthenticatorList` — a lawyer's personal area with their court authenticators — in every
 * locale. Codes reach screen readers digit by digit (`spelled`).
 *
 * @example
 * <A2FProvider store={store} messages={{ authenticators: { hideCodes: 'Esconder códigos' } }}>
 */
import { useNamespaceMessages } from '../i18n/use-namespace-messages.js'

export interface AuthenticatorsMessages {
  /** Accessible name of the widget. */
  title: string
  search: string
  searchPlaceholder: string
  /** The toggle that masks every code (aria-pressed). */
  hideCodes: string
  /** How a masked code looks. */
  maskedCode: string
  /** Name of a code button that copies: issuer, account and the code digit by digit. */
  copyCode: (issuer: string, account: string, spelled: string) => string
  /** Name of a masked code button, which reveals that one code. */
  revealCode: (issuer: string, account: string) => string
  /** Name of the copy button of a masked code (copies without revealing). */
  copyHidden: (issuer: string, account: string) => string
  /** Announced after copying. */
  copied: (issuer: string) => string
  copyFailed: string
  nextCode: (grouped: string) => string
  nextCodeSpoken: (spelled: string) => string
  count: (count: number) => string
  empty: string
  emptyHint: string
  noMatches: (query: string) => string
  loadFailed: string
  unreadable: string
  codeUnavailable: string
  codeLoading: string
  timerLabel: (issuer: string) => string
}

export const authenticatorsMessages: AuthenticatorsMessages = {
  title: 'Meus autenticadores',
  search: 'Buscar autenticador',
  searchPlaceholder: 'Tribunal, sigla ou conta',
  hideCodes: 'Ocultar códigos',
  maskedCode: '••• •••',
  copyCode: (issuer, account, spelled) => `${issuer}, ${account}: código ${spelled}. Copiar`,
  revealCode: (issuer, account) => `Mostrar código — ${issuer}, ${account}`,
  copyHidden: (issuer, account) => `Copiar código — ${issuer}, ${account}`,
  copied: (issuer) => `Código de ${issuer} copiado`,
  copyFailed: 'Não foi possível copiar o código',
  nextCode: (grouped) => `Próximo: ${grouped}`,
  nextCodeSpoken: (spelled) => `Próximo código: ${spelled}`,
  count: (count) => (count === 1 ? '1 autenticador' : `${count} autenticadores`),
  empty: 'Nenhum autenticador cadastrado.',
  emptyHint: 'Cadastre uma credencial 2FA para ver aqui os códigos de acesso aos tribunais.',
  noMatches: (query) => `Nenhum autenticador encontrado para “${query}”.`,
  loadFailed: 'Não foi possível carregar os autenticadores.',
  unreadable: 'Não é possível abrir esta credencial (dados corrompidos ou chave desconhecida).',
  codeUnavailable: 'Código indisponível no momento.',
  codeLoading: 'Carregando código…',
  timerLabel: (issuer) => `Tempo até o próximo código — ${issuer}`,
}

/** The authenticators texts in the provider's language, with the host's overrides (AuthenticatorList). */
export const useAuthenticatorsMessages = (): typeof authenticatorsMessages =>
  useNamespaceMessages('authenticators', authenticatorsMessages)
