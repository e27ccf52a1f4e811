/**
 * Texts of `CourtPicker` and `CourtDetails` in every locale: the search field, the groups of results,
 * what each option says about the court's second factor, and the notes shown below the picker for the
 * chosen court (shared authenticator, login page, the warning of seed 000 step 1, personal e-mail).
 *
 * Dates arrive already formatted for the locale ('22/04/2024', '08/2024'); lists of courts arrive joined
 * ('TRF4, JFRS, JFSC e JFPR').
 *
 * @example
 * <A2FProvider store={store} messages={{ courtPicker: { label: 'Sistema do tribunal' } }}>
 */
import type { CourtDegree, CourtSystemKind, ProvenanceConfidence, TwoFactorStatus } from '@a2f/core'
import type { LocaleTable } from '../i18n/locale.js'

export interface CourtPickerMessages {
  /** Label of the search field. */
  label: string
  placeholder: string
  /** Below the field: what can be typed. */
  hint: string
  /** Name of the list of results, for screen readers. */
  listLabel: string
  /** Shown instead of the list when nothing matches. */
  noResults: (query: string) => string
  /** Group headings of the results, by the court's 2FA status. */
  groups: Record<TwoFactorStatus, string>
  /** 'eproc', 'PJe', 'e-SAJ', 'Projudi'. */
  systemNames: Record<CourtSystemKind, string>
  degrees: Record<CourtDegree, string>
  /** Short label before the status badge. */
  twoFactor: string
  /** When the 2FA status started: 'desde 22/04/2024'. */
  since: (date: string) => string
  /** When the 2FA fact was last compared with its source: 'conferido em 21/11/2026'. */
  checkedAt: (date: string) => string
  /** Tag of systems whose second factor is a code sent by e-mail. */
  emailCode: string
  /** After `emailCode` in each option: there is no key. */
  noKey: string
  /** Why such a system has no key to register. */
  emailCodeNoKey: string

  // CourtDetails
  /** Systems that accept one authenticator: `courts` is 'TRF4, JFRS, JFSC e JFPR'. */
  sharedGroup: (courts: string) => string
  /** Link text to the court's login page. */
  loginLink: (court: string) => string
  /** Link text to the page where the authenticator is registered, when the court has a separate one. */
  enrollmentLink: (court: string) => string
  /** Visually hidden after links that open a new tab. */
  opensInNewTab: string
  /** Seed 000 step 1: a new key at the court disables the authenticator registered elsewhere. */
  warningTitle: string
  removeOtherAuthenticator: string
  /** eproc asks for a personal e-mail; `suffixes` is '"jus.br" e "gov.br"'. */
  personalEmail: (suffixes: string) => string
  personalEmailNoSuffixes: string
  /** PJe: a gov.br account may replace the authenticator. */
  govbrAlternative: string
  /** Where the 2FA status comes from. */
  source: (source: string, checkedAt: string, confidence: string) => string
  confidence: Record<ProvenanceConfidence, string>
}

export const courtPickerMessages: LocaleTable<CourtPickerMessages> = {
  'pt-BR': {
    label: 'Tribunal e sistema',
    placeholder: 'Ex.: TRF4, Paraná, PJe',
    hint: 'Busque pela sigla, pelo nome do tribunal, pelo estado ou pelo sistema. Use as setas para escolher e Enter para confirmar.',
    listLabel: 'Sistemas de tribunais',
    noResults: (query) => `Nenhum sistema de tribunal encontrado para «${query}».`,
    groups: {
      mandatory: '2FA obrigatório',
      optional: '2FA opcional',
      unknown: '2FA não informado',
      unavailable: 'Sem 2FA',
    },
    systemNames: { eproc: 'eproc', pje: 'PJe', esaj: 'e-SAJ', projudi: 'Projudi', other: 'Outro sistema' },
    degrees: { '1g': '1º grau', '2g': '2º grau', turma: 'Turma', unico: 'Grau único' },
    twoFactor: '2FA:',
    since: (date) => `desde ${date}`,
    checkedAt: (date) => `conferido em ${date}`,
    emailCode: 'código por e-mail',
    noKey: 'sem chave de autenticador',
    emailCodeNoKey:
      'Este sistema envia o código por e-mail a cada login: não há chave de autenticador para cadastrar.',
    sharedGroup: (courts) => `Um mesmo autenticador serve ${courts}: basta cadastrá-lo uma vez.`,
    loginLink: (court) => `Abrir a página de login (${court})`,
    enrollmentLink: (court) => `Abrir a página de cadastro do autenticador (${court})`,
    opensInNewTab: '(abre em nova aba)',
    warningTitle: 'Antes de começar:',
    removeOtherAuthenticator:
      'se você já tem um autenticador cadastrado para este tribunal em outro lugar (celular, outro software), exclua-o ou desative a autenticação em dois fatores no site do tribunal. Ao gerar uma nova chave, o autenticador anterior deixa de funcionar.',
    personalEmail: (suffixes) =>
      `O tribunal pede um e-mail pessoal e envia para ele o link de ativação. Não são aceitos endereços institucionais terminados em ${suffixes}.`,
    personalEmailNoSuffixes: 'O tribunal pede um e-mail pessoal e envia para ele o link de ativação.',
    govbrAlternative: 'Em vez do autenticador, o sistema também aceita uma conta gov.br.',
    source: (source, checkedAt, confidence) =>
      `Fonte da situação do 2FA: ${source} (${checkedAt}; ${confidence}).`,
    confidence: {
      verified: 'confirmado em página do tribunal ou notícia',
      'code-only': 'visto apenas em código público',
      'seed-only': 'visto apenas na wiki da Oystr de 08/2024',
      inferred: 'deduzido de outros sistemas, sem fonte direta',
    },
  },
  en: {
    label: 'Court and system',
    placeholder: 'E.g. TRF4, Paraná, PJe',
    hint: "Search by the court's acronym or name, the state or the system. Use the arrow keys to move and Enter to choose.",
    listLabel: 'Court systems',
    noResults: (query) => `No court system matches “${query}”.`,
    groups: {
      mandatory: '2FA mandatory',
      optional: '2FA optional',
      unknown: '2FA unknown',
      unavailable: 'No 2FA',
    },
    systemNames: { eproc: 'eproc', pje: 'PJe', esaj: 'e-SAJ', projudi: 'Projudi', other: 'Other system' },
    degrees: { '1g': '1st degree', '2g': '2nd degree', turma: 'Panel', unico: 'Single degree' },
    twoFactor: '2FA:',
    since: (date) => `since ${date}`,
    checkedAt: (date) => `checked on ${date}`,
    emailCode: 'code by e-mail',
    noKey: 'no authenticator key',
    emailCodeNoKey: 'This system e-mails a code at every login: there is no authenticator key to register.',
    sharedGroup: (courts) => `One authenticator serves ${courts}: register it only once.`,
    loginLink: (court) => `Open the ${court} login page`,
    enrollmentLink: (court) => `Open the ${court} authenticator registration page`,
    opensInNewTab: '(opens in a new tab)',
    warningTitle: 'Before you start:',
    removeOtherAuthenticator:
      "if this court already has an authenticator of yours registered elsewhere (a phone, other software), delete it or turn two-factor authentication off on the court's site. Generating a new key stops the previous authenticator from working.",
    personalEmail: (suffixes) =>
      `The court asks for a personal e-mail address and sends the activation link there. Institutional addresses ending in ${suffixes} are refused.`,
    personalEmailNoSuffixes:
      'The court asks for a personal e-mail address and sends the activation link there.',
    govbrAlternative: 'Instead of the authenticator, the system also accepts a gov.br account.',
    source: (source, checkedAt, confidence) =>
      `Source of the 2FA status: ${source} (${checkedAt}; ${confidence}).`,
    confidence: {
      verified: 'confirmed by a court page or news',
      'code-only': 'seen only in public code',
      'seed-only': 'seen only in the Oystr wiki of 2024-08',
      inferred: 'inferred from other systems, no direct source',
    },
  },
  es: {
    label: 'Tribunal y sistema',
    placeholder: 'P. ej.: TRF4, Paraná, PJe',
    hint: 'Busque por la sigla o el nombre del tribunal, el estado o el sistema. Use las flechas para moverse y Enter para elegir.',
    listLabel: 'Sistemas de tribunales',
    noResults: (query) => `Ningún sistema de tribunal coincide con «${query}».`,
    groups: {
      mandatory: '2FA obligatorio',
      optional: '2FA opcional',
      unknown: '2FA desconocido',
      unavailable: 'Sin 2FA',
    },
    systemNames: { eproc: 'eproc', pje: 'PJe', esaj: 'e-SAJ', projudi: 'Projudi', other: 'Otro sistema' },
    degrees: { '1g': '1.ª instancia', '2g': '2.ª instancia', turma: 'Sala', unico: 'Instancia única' },
    twoFactor: '2FA:',
    since: (date) => `desde ${date}`,
    checkedAt: (date) => `verificado el ${date}`,
    emailCode: 'código por correo',
    noKey: 'sin clave de autenticador',
    emailCodeNoKey:
      'Este sistema envía un código por correo electrónico en cada inicio de sesión: no hay clave de autenticador que registrar.',
    sharedGroup: (courts) => `Un mismo autenticador sirve para ${courts}: basta registrarlo una vez.`,
    loginLink: (court) => `Abrir la página de inicio de sesión (${court})`,
    enrollmentLink: (court) => `Abrir la página de registro del autenticador (${court})`,
    opensInNewTab: '(se abre en una pestaña nueva)',
    warningTitle: 'Antes de empezar:',
    removeOtherAuthenticator:
      'si ya tiene un autenticador registrado para este tribunal en otro lugar (teléfono, otro programa), elimínelo o desactive la autenticación en dos factores en el sitio del tribunal. Al generar una clave nueva, el autenticador anterior deja de funcionar.',
    personalEmail: (suffixes) =>
      `El tribunal pide un correo electrónico personal y envía allí el enlace de activación. No se aceptan direcciones institucionales terminadas en ${suffixes}.`,
    personalEmailNoSuffixes:
      'El tribunal pide un correo electrónico personal y envía allí el enlace de activación.',
    govbrAlternative: 'En lugar del autenticador, el sistema también acepta una cuenta gov.br.',
    source: (source, checkedAt, confidence) =>
      `Fuente de la situación del 2FA: ${source} (${checkedAt}; ${confidence}).`,
    confidence: {
      verified: 'confirmado en una página del tribunal o noticia',
      'code-only': 'visto solo en código público',
      'seed-only': 'visto solo en la wiki de Oystr de 2024-08',
      inferred: 'deducido de otros sistemas, sin fuente directa',
    },
  },
}
