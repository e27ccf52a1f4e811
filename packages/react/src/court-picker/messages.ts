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
import { useNamespaceMessages } from '../i18n/use-namespace-messages.js'
import type { CourtDegree, CourtSystemKind, ProvenanceConfidence, TwoFactorStatus } from '@a2f/core'

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

export const courtPickerMessages: CourtPickerMessages = {
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
}

/** The courtPicker texts in the provider's language, with the host's overrides (CourtPicker and CourtDetails). */
export const useCourtPickerMessages = (): typeof courtPickerMessages =>
  useNamespaceMessages('courtPicker', courtPickerMessages)
