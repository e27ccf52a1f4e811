/**
 * Texts of the credential grid and the compliance view, in every locale: pt-BR as Brazilian legal
 * software says it (Legal One's "grid" of "Credenciais 2FA"), then English and Spanish. Texts with values
 * are functions, so word order and plurals stay the translator's choice.
 *
 * @example
 * <A2FProvider store={store} messages={{ grid: { empty: 'Nenhum autenticador ainda' } }}>
 */
import { useNamespaceMessages } from '../i18n/use-namespace-messages.js'
import type { CourtDegree, CourtSystemKind } from '@a2f/core'
import type { UnreadableReason } from '@a2f/storage'
import type { GridAction, GridGroupBy, GridSortKey } from './grid-types.js'

export interface GridMessages {
  /** Accessible name of the grid's table. */
  tableLabel: string
  viewTabsLabel: string
  viewCredentials: string
  viewCompliance: string
  toolbarLabel: string
  searchLabel: string
  searchPlaceholder: string
  statusFilterLabel: string
  statusAll: string
  systemFilterLabel: string
  systemAll: string
  /** Credentials that belong to no court system (an intranet, a webmail). */
  noSystem: string
  ownerFilterLabel: string
  ownerAll: string
  noOwner: string
  sortLabel: string
  sortKeys: Record<GridSortKey, string>
  /** Label of the direction button, saying the current direction. */
  sortAscending: string
  sortDescending: string
  groupByLabel: string
  groupByOptions: Record<GridGroupBy, string>
  /** Next to the shared countdown of the header. */
  periodNote: (seconds: number) => string
  resultCount: (shown: number, total: number) => string
  columns: {
    court: string
    login: string
    owner: string
    status: string
    code: string
    group: string
    actions: string
  }
  systemKinds: Record<CourtSystemKind, string>
  degrees: Record<CourtDegree, string>
  validatedOn: (date: string) => string
  pendingHint: string
  nextCode: string
  copyCode: (row: string) => string
  codeLoading: string
  codeUnavailable: string
  unreadable: string
  unreadableReasons: Record<UnreadableReason, string>
  /** Group header and group column of credentials without a court system. */
  otherAuthenticators: string
  groupCount: (count: number) => string
  /** A group of one system: no other court accepts its authenticator. */
  groupAlone: string
  actionsMenu: (row: string) => string
  actionLabels: Record<Exclude<GridAction, 'copy'>, string>
  loading: string
  loadError: string
  empty: string
  emptyHint: string
  noResults: (text: string) => string
  noResultsFiltered: string
  clearSearch: string
  rekeySaved: (row: string) => string
  removeTitle: string
  removeQuestion: (court: string, login: string) => string
  removeWarning: string
  removeConfirm: string
  qrTitle: (row: string) => string
  qrHint: string
  editTitle: (row: string) => string
  ownerField: string
  labelField: string
  labelHint: string
  personalEmailField: string
  personalEmailHint: string
  notesField: string
  emailMalformed: string
  emailInstitutional: (suffix: string) => string
  saving: string
  rekeyTitle: string
  rekeyIntro: (row: string) => string
  rekeyNote: string
  rekeySave: string
  complianceTitle: string
  complianceLabel: string
  /** Headline: mandatory courts where some owner has no validated authenticator. */
  complianceSummary: (incomplete: number, total: number) => string
  complianceCells: (missing: number, pending: number) => string
  complianceCourt: string
  complianceSince: string
  /** The single column when no credential names an owner. */
  complianceOffice: string
  complianceStatus: Record<'validated' | 'pending' | 'missing', string>
  complianceNone: string
}

/** Counts as pt-BR writes them: 10.000. */
const n = (count: number) => count.toLocaleString('pt-BR')
/** '1 credencial', '10.000 credenciais': the count with the noun in its number. */
const pt = (count: number, one: string, many: string) => `${n(count)} ${count === 1 ? one : many}`
const credentials = (count: number) => pt(count, 'credencial', 'credenciais')

export const gridMessages: GridMessages = {
  tableLabel: 'Credenciais 2FA',
  viewTabsLabel: 'Visualização',
  viewCredentials: 'Credenciais',
  viewCompliance: 'Conformidade',
  toolbarLabel: 'Busca e filtros',
  searchLabel: 'Buscar',
  searchPlaceholder: 'Tribunal, login, responsável…',
  statusFilterLabel: 'Situação',
  statusAll: 'Todas',
  systemFilterLabel: 'Tribunal',
  systemAll: 'Todos os tribunais',
  noSystem: 'Sem tribunal',
  ownerFilterLabel: 'Responsável',
  ownerAll: 'Todos',
  noOwner: 'Sem responsável',
  sortLabel: 'Ordenar por',
  sortKeys: {
    court: 'Tribunal',
    login: 'Login',
    owner: 'Responsável',
    status: 'Situação',
    updated: 'Última alteração',
  },
  sortAscending: 'Ordem crescente',
  sortDescending: 'Ordem decrescente',
  groupByLabel: 'Agrupar por',
  groupByOptions: { none: 'Sem agrupamento', 'authenticator-group': 'Autenticador', owner: 'Responsável' },
  periodNote: (seconds) => `Novos códigos a cada ${seconds} s`,
  resultCount: (shown, total) =>
    shown === total ? credentials(total) : `${n(shown)} de ${credentials(total)}`,
  columns: {
    court: 'Tribunal',
    login: 'Login',
    owner: 'Responsável',
    status: 'Situação',
    code: 'Código',
    group: 'Autenticador',
    actions: 'Ações',
  },
  systemKinds: { eproc: 'eproc', pje: 'PJe', esaj: 'e-SAJ', projudi: 'Projudi', other: 'Outro sistema' },
  degrees: { '1g': '1º grau', '2g': '2º grau', turma: 'Turma', unico: 'Grau único' },
  validatedOn: (date) => `Validada em ${date}`,
  pendingHint: 'Código ainda não confirmado no tribunal',
  nextCode: 'próximo',
  copyCode: (row) => `Copiar código de ${row}`,
  codeLoading: 'Gerando código…',
  codeUnavailable: 'Código indisponível',
  unreadable: 'Ilegível',
  unreadableReasons: {
    CIPHERTEXT: 'dados corrompidos ou adulterados',
    KEY_UNKNOWN: 'cifrada com uma chave que este cofre não tem',
    FORMAT: 'registro em formato inválido',
  },
  otherAuthenticators: 'Outros autenticadores',
  groupCount: credentials,
  groupAlone: 'Só este tribunal',
  actionsMenu: (row) => `Ações de ${row}`,
  actionLabels: {
    qr: 'Mostrar QR code',
    edit: 'Editar',
    validate: 'Marcar como validada',
    remove: 'Remover',
    rekey: 'O tribunal gerou uma nova chave',
  },
  loading: 'Carregando credenciais…',
  loadError: 'Não foi possível carregar as credenciais.',
  empty: 'Nenhuma credencial 2FA cadastrada',
  emptyHint: 'Cadastre o autenticador de um tribunal para acompanhar os códigos de todo o escritório aqui.',
  noResults: (text) => `Nenhuma credencial encontrada para “${text}”.`,
  noResultsFiltered: 'Nenhuma credencial corresponde aos filtros escolhidos.',
  clearSearch: 'Limpar busca e filtros',
  rekeySaved: (row) =>
    `Nova chave de ${row} salva. Informe no tribunal o código gerado e marque a credencial como validada.`,
  removeTitle: 'Remover credencial 2FA',
  removeQuestion: (court, login) => `Remover a credencial de ${court}, login ${login}?`,
  removeWarning:
    'Os códigos deixam de ser gerados aqui. No tribunal o autenticador continua cadastrado: se for o caso, desabilite a autenticação 2FA lá também.',
  removeConfirm: 'Remover',
  qrTitle: (row) => `QR code de ${row}`,
  qrHint:
    'Leia com o aplicativo autenticador de outro aparelho. Quem tem a chave gera os códigos: mostre-a só quando necessário.',
  editTitle: (row) => `Editar ${row}`,
  ownerField: 'Responsável',
  labelField: 'Descrição',
  labelHint: 'Como a credencial aparece na grid, por exemplo “Intimações — 1º grau”.',
  personalEmailField: 'E-mail pessoal',
  personalEmailHint:
    'O e-mail informado no tribunal ao ativar a autenticação 2FA. Não são aceitos e-mails institucionais, como jus.br e gov.br.',
  notesField: 'Observações',
  emailMalformed: 'Informe um e-mail válido.',
  emailInstitutional: (suffix) => `O tribunal não aceita e-mails terminados em ${suffix}.`,
  saving: 'Salvando…',
  rekeyTitle: 'O tribunal gerou uma nova chave',
  rekeyIntro: (row) => `Cole a nova chave de autenticação que o tribunal exibiu para ${row}.`,
  rekeyNote:
    'A chave anterior deixa de valer. A credencial volta para pendente: informe no tribunal o novo código de 6 dígitos para concluir a troca e depois marque-a como validada.',
  rekeySave: 'Salvar nova chave',
  complianceTitle: 'Tribunais com 2FA obrigatório',
  complianceLabel: 'Conformidade dos autenticadores por tribunal e responsável',
  complianceSummary: (incomplete, total) =>
    incomplete === 0
      ? `Todos os ${n(total)} tribunais obrigatórios têm autenticador validado`
      : `${pt(incomplete, 'tribunal obrigatório', 'tribunais obrigatórios')} sem autenticador validado`,
  complianceCells: (missing, pending) =>
    `${pt(missing, 'cadastro faltando', 'cadastros faltando')} · ${pt(pending, 'pendente', 'pendentes')} de confirmação`,
  complianceCourt: 'Tribunal',
  complianceSince: 'Obrigatório desde',
  complianceOffice: 'Escritório',
  complianceStatus: { validated: 'Validado', pending: 'Pendente', missing: 'Sem autenticador' },
  complianceNone: 'Nenhum tribunal com 2FA obrigatório por aplicativo autenticador no cadastro de tribunais.',
}

/** The grid texts in the provider's language, with the host's overrides (CredentialGrid). */
export const useGridMessages = (): typeof gridMessages => useNamespaceMessages('grid', gridMessages)
