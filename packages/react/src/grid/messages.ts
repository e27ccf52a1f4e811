/**
 * Texts of the credential grid and the compliance view, in every locale: pt-BR as Brazilian legal
 * software says it (Legal One's "grid" of "Credenciais 2FA"), then English and Spanish. Texts with values
 * are functions, so word order and plurals stay the translator's choice.
 *
 * @example
 * <A2FProvider store={store} messages={{ grid: { empty: 'Nenhum autenticador ainda' } }}>
 */
import type { CourtDegree, CourtSystemKind } from '@a2f/core'
import type { UnreadableReason } from '@a2f/storage'
import type { LocaleTable } from '../i18n/locale.js'
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

/** Counts as each language writes them: 10.000 (pt-BR, es), 10,000 (en). */
const count = (locale: string) => (value: number) => value.toLocaleString(locale)
const pt = count('pt-BR')
const en = count('en')
const es = count('es')

export const gridMessages: LocaleTable<GridMessages> = {
  'pt-BR': {
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
      shown === total
        ? `${pt(total)} ${total === 1 ? 'credencial' : 'credenciais'}`
        : `${pt(shown)} de ${pt(total)} ${total === 1 ? 'credencial' : 'credenciais'}`,
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
    groupCount: (count) => `${pt(count)} ${count === 1 ? 'credencial' : 'credenciais'}`,
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
        ? `Todos os ${pt(total)} tribunais obrigatórios têm autenticador validado`
        : `${pt(incomplete)} ${incomplete === 1 ? 'tribunal obrigatório' : 'tribunais obrigatórios'} sem autenticador validado`,
    complianceCells: (missing, pending) =>
      `${pt(missing)} ${missing === 1 ? 'cadastro faltando' : 'cadastros faltando'} · ${pt(pending)} ${pending === 1 ? 'pendente' : 'pendentes'} de confirmação`,
    complianceCourt: 'Tribunal',
    complianceSince: 'Obrigatório desde',
    complianceOffice: 'Escritório',
    complianceStatus: { validated: 'Validado', pending: 'Pendente', missing: 'Sem autenticador' },
    complianceNone:
      'Nenhum tribunal com 2FA obrigatório por aplicativo autenticador no cadastro de tribunais.',
  },
  en: {
    tableLabel: '2FA credentials',
    viewTabsLabel: 'View',
    viewCredentials: 'Credentials',
    viewCompliance: 'Compliance',
    toolbarLabel: 'Search and filters',
    searchLabel: 'Search',
    searchPlaceholder: 'Court, login, owner…',
    statusFilterLabel: 'Status',
    statusAll: 'All',
    systemFilterLabel: 'Court',
    systemAll: 'All courts',
    noSystem: 'No court',
    ownerFilterLabel: 'Owner',
    ownerAll: 'All',
    noOwner: 'No owner',
    sortLabel: 'Sort by',
    sortKeys: { court: 'Court', login: 'Login', owner: 'Owner', status: 'Status', updated: 'Last change' },
    sortAscending: 'Ascending',
    sortDescending: 'Descending',
    groupByLabel: 'Group by',
    groupByOptions: { none: 'No grouping', 'authenticator-group': 'Authenticator', owner: 'Owner' },
    periodNote: (seconds) => `New codes every ${seconds} s`,
    resultCount: (shown, total) =>
      shown === total
        ? `${en(total)} ${total === 1 ? 'credential' : 'credentials'}`
        : `${en(shown)} of ${en(total)} ${total === 1 ? 'credential' : 'credentials'}`,
    columns: {
      court: 'Court',
      login: 'Login',
      owner: 'Owner',
      status: 'Status',
      code: 'Code',
      group: 'Authenticator',
      actions: 'Actions',
    },
    systemKinds: { eproc: 'eproc', pje: 'PJe', esaj: 'e-SAJ', projudi: 'Projudi', other: 'Other system' },
    degrees: { '1g': '1st degree', '2g': '2nd degree', turma: 'Panel', unico: 'Single degree' },
    validatedOn: (date) => `Validated on ${date}`,
    pendingHint: 'Code not yet confirmed at the court',
    nextCode: 'next',
    copyCode: (row) => `Copy code of ${row}`,
    codeLoading: 'Generating code…',
    codeUnavailable: 'Code unavailable',
    unreadable: 'Unreadable',
    unreadableReasons: {
      CIPHERTEXT: 'corrupted or tampered data',
      KEY_UNKNOWN: 'sealed with a key this vault does not have',
      FORMAT: 'malformed record',
    },
    otherAuthenticators: 'Other authenticators',
    groupCount: (count) => `${en(count)} ${count === 1 ? 'credential' : 'credentials'}`,
    groupAlone: 'This court only',
    actionsMenu: (row) => `Actions for ${row}`,
    actionLabels: {
      qr: 'Show QR code',
      edit: 'Edit',
      validate: 'Mark as validated',
      remove: 'Remove',
      rekey: 'The court issued a new key',
    },
    loading: 'Loading credentials…',
    loadError: 'Could not load the credentials.',
    empty: 'No 2FA credentials yet',
    emptyHint: "Add a court's authenticator to follow the whole office's codes here.",
    noResults: (text) => `No credential matches “${text}”.`,
    noResultsFiltered: 'No credential matches the chosen filters.',
    clearSearch: 'Clear search and filters',
    rekeySaved: (row) =>
      `New key of ${row} saved. Enter the generated code at the court, then mark the credential as validated.`,
    removeTitle: 'Remove 2FA credential',
    removeQuestion: (court, login) => `Remove the credential for ${court}, login ${login}?`,
    removeWarning:
      'Codes will no longer be generated here. The authenticator stays registered at the court: disable 2FA there too if needed.',
    removeConfirm: 'Remove',
    qrTitle: (row) => `QR code of ${row}`,
    qrHint:
      "Scan it with another device's authenticator app. Whoever has the key can generate codes: show it only when needed.",
    editTitle: (row) => `Edit ${row}`,
    ownerField: 'Owner',
    labelField: 'Label',
    labelHint: 'How the credential shows in the grid, e.g. “Notices — 1st degree”.',
    personalEmailField: 'Personal e-mail',
    personalEmailHint:
      'The e-mail given to the court when enabling 2FA. Institutional addresses such as jus.br and gov.br are refused.',
    notesField: 'Notes',
    emailMalformed: 'Enter a valid e-mail address.',
    emailInstitutional: (suffix) => `The court refuses e-mail addresses ending in ${suffix}.`,
    saving: 'Saving…',
    rekeyTitle: 'The court issued a new key',
    rekeyIntro: (row) => `Paste the new authentication key the court showed for ${row}.`,
    rekeyNote:
      'The previous key stops working. The credential goes back to pending: enter the new 6-digit code at the court to finish, then mark it as validated.',
    rekeySave: 'Save new key',
    complianceTitle: 'Courts with mandatory 2FA',
    complianceLabel: 'Authenticator compliance by court and owner',
    complianceSummary: (incomplete, total) =>
      incomplete === 0
        ? `All ${en(total)} mandatory courts have a validated authenticator`
        : `${en(incomplete)} mandatory ${incomplete === 1 ? 'court' : 'courts'} without a validated authenticator`,
    complianceCells: (missing, pending) => `${en(missing)} missing · ${en(pending)} pending confirmation`,
    complianceCourt: 'Court',
    complianceSince: 'Mandatory since',
    complianceOffice: 'Office',
    complianceStatus: { validated: 'Validated', pending: 'Pending', missing: 'Missing' },
    complianceNone: 'No court in the registry requires an authenticator app.',
  },
  es: {
    tableLabel: 'Credenciales 2FA',
    viewTabsLabel: 'Vista',
    viewCredentials: 'Credenciales',
    viewCompliance: 'Cumplimiento',
    toolbarLabel: 'Búsqueda y filtros',
    searchLabel: 'Buscar',
    searchPlaceholder: 'Tribunal, usuario, responsable…',
    statusFilterLabel: 'Estado',
    statusAll: 'Todas',
    systemFilterLabel: 'Tribunal',
    systemAll: 'Todos los tribunales',
    noSystem: 'Sin tribunal',
    ownerFilterLabel: 'Responsable',
    ownerAll: 'Todos',
    noOwner: 'Sin responsable',
    sortLabel: 'Ordenar por',
    sortKeys: {
      court: 'Tribunal',
      login: 'Usuario',
      owner: 'Responsable',
      status: 'Estado',
      updated: 'Último cambio',
    },
    sortAscending: 'Orden ascendente',
    sortDescending: 'Orden descendente',
    groupByLabel: 'Agrupar por',
    groupByOptions: { none: 'Sin agrupar', 'authenticator-group': 'Autenticador', owner: 'Responsable' },
    periodNote: (seconds) => `Códigos nuevos cada ${seconds} s`,
    resultCount: (shown, total) =>
      shown === total
        ? `${es(total)} ${total === 1 ? 'credencial' : 'credenciales'}`
        : `${es(shown)} de ${es(total)} ${total === 1 ? 'credencial' : 'credenciales'}`,
    columns: {
      court: 'Tribunal',
      login: 'Usuario',
      owner: 'Responsable',
      status: 'Estado',
      code: 'Código',
      group: 'Autenticador',
      actions: 'Acciones',
    },
    systemKinds: { eproc: 'eproc', pje: 'PJe', esaj: 'e-SAJ', projudi: 'Projudi', other: 'Otro sistema' },
    degrees: { '1g': '1.ª instancia', '2g': '2.ª instancia', turma: 'Sala', unico: 'Instancia única' },
    validatedOn: (date) => `Validada el ${date}`,
    pendingHint: 'Código aún no confirmado en el tribunal',
    nextCode: 'siguiente',
    copyCode: (row) => `Copiar código de ${row}`,
    codeLoading: 'Generando código…',
    codeUnavailable: 'Código no disponible',
    unreadable: 'Ilegible',
    unreadableReasons: {
      CIPHERTEXT: 'datos dañados o alterados',
      KEY_UNKNOWN: 'cifrada con una clave que este cofre no tiene',
      FORMAT: 'registro con formato no válido',
    },
    otherAuthenticators: 'Otros autenticadores',
    groupCount: (count) => `${es(count)} ${count === 1 ? 'credencial' : 'credenciales'}`,
    groupAlone: 'Solo este tribunal',
    actionsMenu: (row) => `Acciones de ${row}`,
    actionLabels: {
      qr: 'Mostrar código QR',
      edit: 'Editar',
      validate: 'Marcar como validada',
      remove: 'Eliminar',
      rekey: 'El tribunal generó una clave nueva',
    },
    loading: 'Cargando credenciales…',
    loadError: 'No se pudieron cargar las credenciales.',
    empty: 'No hay credenciales 2FA registradas',
    emptyHint: 'Registre el autenticador de un tribunal para seguir aquí los códigos de todo el despacho.',
    noResults: (text) => `Ninguna credencial coincide con «${text}».`,
    noResultsFiltered: 'Ninguna credencial coincide con los filtros elegidos.',
    clearSearch: 'Borrar búsqueda y filtros',
    rekeySaved: (row) =>
      `Clave nueva de ${row} guardada. Ingrese en el tribunal el código generado y marque la credencial como validada.`,
    removeTitle: 'Eliminar credencial 2FA',
    removeQuestion: (court, login) => `¿Eliminar la credencial de ${court}, usuario ${login}?`,
    removeWarning:
      'Los códigos dejarán de generarse aquí. En el tribunal el autenticador sigue registrado: si corresponde, desactive allí también la autenticación 2FA.',
    removeConfirm: 'Eliminar',
    qrTitle: (row) => `Código QR de ${row}`,
    qrHint:
      'Escanéelo con la aplicación autenticadora de otro dispositivo. Quien tiene la clave genera los códigos: muéstrela solo cuando sea necesario.',
    editTitle: (row) => `Editar ${row}`,
    ownerField: 'Responsable',
    labelField: 'Descripción',
    labelHint: 'Cómo aparece la credencial en la tabla, por ejemplo «Notificaciones — 1.ª instancia».',
    personalEmailField: 'Correo personal',
    personalEmailHint:
      'El correo informado al tribunal al activar 2FA. No se aceptan correos institucionales, como jus.br y gov.br.',
    notesField: 'Observaciones',
    emailMalformed: 'Ingrese un correo válido.',
    emailInstitutional: (suffix) => `El tribunal no acepta correos terminados en ${suffix}.`,
    saving: 'Guardando…',
    rekeyTitle: 'El tribunal generó una clave nueva',
    rekeyIntro: (row) => `Pegue la clave de autenticación nueva que el tribunal mostró para ${row}.`,
    rekeyNote:
      'La clave anterior deja de valer. La credencial vuelve a pendiente: ingrese en el tribunal el nuevo código de 6 dígitos para terminar el cambio y luego márquela como validada.',
    rekeySave: 'Guardar clave nueva',
    complianceTitle: 'Tribunales con 2FA obligatorio',
    complianceLabel: 'Cumplimiento de autenticadores por tribunal y responsable',
    complianceSummary: (incomplete, total) =>
      incomplete === 0
        ? `Los ${es(total)} tribunales obligatorios tienen autenticador validado`
        : `${es(incomplete)} ${incomplete === 1 ? 'tribunal obligatorio' : 'tribunales obligatorios'} sin autenticador validado`,
    complianceCells: (missing, pending) =>
      `${es(missing)} ${missing === 1 ? 'registro faltante' : 'registros faltantes'} · ${es(pending)} ${pending === 1 ? 'pendiente' : 'pendientes'} de confirmación`,
    complianceCourt: 'Tribunal',
    complianceSince: 'Obligatorio desde',
    complianceOffice: 'Despacho',
    complianceStatus: { validated: 'Validado', pending: 'Pendiente', missing: 'Sin autenticador' },
    complianceNone: 'Ningún tribunal del registro exige una aplicación autenticadora.',
  },
}
