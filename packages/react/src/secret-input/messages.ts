/**
 * Texts of `SecretInput` in every locale: the field, what is wrong with a key and where, the quiet
 * confirmation of a valid one, the Google Authenticator export's account list, and the QR screenshot
 * states (reading, no QR code, not a key, reader unavailable). None of them ever contains the key:
 * at most the one character that is not part of the key alphabet.
 *
 * @example
 * <A2FProvider store={store} messages={{ secretInput: { label: 'Chave do eproc' } }}>
 */
import { useNamespaceMessages } from '../i18n/use-namespace-messages.js'
import type { SecretMalformedReason, UriInvalidReason } from '@a2f/core'
import type { SecretSource } from './entered-secret.js'

export interface SecretInputMessages {
  /** Label of the key field (seed 000: "Chave de autenticação"). */
  label: string
  /** Below the label: what can be entered. */
  hint: string

  // Problems with the text
  empty: string
  /**
   * A character outside the key alphabet. `position` counts from 1 in the text as entered; `suggestion`
   * is the alphabet character it is usually confused with ('0'→'O', '1'→'I', '8'→'B').
   */
  invalidCharacter: (character: string, position: number, suggestion?: string) => string
  /** Fewer than 80 bits: `characters` key characters were read, at least `minimumCharacters` are needed. */
  tooShort: (characters: number, minimumCharacters: number) => string
  /**
   * A key with a character missing: `characters` key characters were read, the court shows `expected`
   * (eproc: 32); `system` names it ('eproc') when the court is known.
   */
  shortKey: (characters: number, expected: number, system?: string) => string
  /** A key with characters to spare: as `shortKey`, with more characters than the court shows. */
  longKey: (characters: number, expected: number, system?: string) => string
  /** The characters are all valid but cannot form a key (when the length says nothing more). */
  malformed: Record<SecretMalformedReason, string>
  /** An `otpauth://` link that cannot be read. */
  uriInvalid: Record<UriInvalidReason, string>
  /** A Google Authenticator export link that cannot be read. */
  migrationInvalid: string
  /** An HOTP (counter) key: courts use time-based codes. */
  hotpUnsupported: string
  /** A Google Authenticator export with no account a2f can use. */
  exportEmpty: string
  /** Anything else. */
  unknown: string

  // Success
  /** Quiet confirmation; the key itself is never repeated. */
  valid: (bits: number) => string
  /** Where the key came from. */
  sources: Record<SecretSource, string>
  sourceLine: (source: string) => string
  /** Issuer and account named by a link, QR code or export. */
  accountLine: (issuer: string | undefined, account: string | undefined) => string
  /** Non-blocking remarks, by the code of @a2f/core. */
  weakKey: (bits: number) => string
  issuerMismatch: string

  // Google Authenticator export
  accountsLegend: (count: number) => string
  /** An account of the export, as the radio's label. */
  accountOption: (issuer: string | undefined, account: string) => string
  /** Accounts of the export that cannot be used (HOTP, unsupported algorithm…). */
  skippedAccounts: (count: number) => string
  /** The export spans several QR codes: this is `index` (from 1) of `size`. */
  exportBatch: (index: number, size: number) => string
  chooseAccount: string

  // QR screenshots
  uploadButton: string
  dropHint: string
  dropActive: string
  decoding: string
  noQrCode: string
  notAKey: string
  decoderFailed: string
  notAnImage: string
  /** After a key was read from an image. */
  readFromImage: string
}

export const secretInputMessages: SecretInputMessages = {
  label: 'Chave de autenticação',
  hint: 'Cole a chave que o tribunal mostrou (ex.: 32 caracteres em grupos de 4), o link otpauth:// ou uma captura de tela com o QR code.',
  empty: 'Informe a chave de autenticação fornecida pelo tribunal.',
  invalidCharacter: (character, position, suggestion) =>
    `Caractere inválido «${character}» na posição ${position}.` +
    (suggestion === undefined
      ? ' A chave só tem letras de A a Z e números de 2 a 7.'
      : ` Você quis dizer «${suggestion}»?`),
  tooShort: (characters, minimumCharacters) =>
    `Chave incompleta: ${characters} caracteres, são necessários pelo menos ${minimumCharacters} (os tribunais costumam mostrar 32). Confira se copiou a chave inteira.`,
  shortKey: (characters, expected, system) =>
    `Chave curta: tem ${characters} caracteres, e ${courtShows(system)} ${groups(expected)}. Confira se copiou a chave inteira.`,
  longKey: (characters, expected, system) =>
    `Chave longa: tem ${characters} caracteres, e ${courtShows(system)} ${groups(expected)}. Confira se sobrou algum caractere no final.`,
  malformed: {
    LENGTH: 'A quantidade de caracteres não forma uma chave: confira se falta ou sobra algum caractere.',
    TRAILING_BITS:
      'O último caractere não fecha a chave: confira se falta ou sobra algum caractere no final.',
    PADDING: 'Há caracteres depois do sinal «=» do final da chave.',
    MIGRATION_URI: 'Este é um link de exportação do Google Authenticator.',
    URI: 'Este é um link otpauth://, não uma chave.',
    TOO_LARGE: 'O texto é longo demais para ser uma chave. Cole só a chave que o tribunal mostrou.',
  },
  uriInvalid: {
    NOT_A_STRING: 'O link otpauth:// não pôde ser lido.',
    SCHEME: 'O link deve começar com otpauth://.',
    TYPE: 'O link otpauth:// deve ser do tipo totp.',
    ENCODING: 'O link otpauth:// tem caracteres codificados de forma inválida (%).',
    DUPLICATE_PARAMETER: 'O link otpauth:// repete um parâmetro.',
    MISSING_SECRET: 'O link otpauth:// não contém a chave (parâmetro secret).',
    SECRET: 'A chave dentro do link otpauth:// (parâmetro secret) não é válida.',
    ALGORITHM: 'O link otpauth:// indica um algoritmo não suportado.',
    DIGITS: 'O link otpauth:// indica uma quantidade de dígitos não suportada.',
    PERIOD: 'O link otpauth:// indica um período inválido.',
    MISSING_COUNTER: 'O link otpauth:// do tipo contador não tem o parâmetro counter.',
    COUNTER: 'O contador do link otpauth:// é inválido.',
    ACCOUNT: 'O nome da conta no link otpauth:// é inválido.',
    ISSUER: 'O emissor (issuer) no link otpauth:// é inválido.',
    TOO_LARGE: 'O link otpauth:// é longo demais (ou a chave ou um nome nele).',
  },
  migrationInvalid:
    'O link de exportação do Google Authenticator está incompleto ou corrompido. Exporte novamente e cole o link inteiro.',
  hotpUnsupported: 'Esta chave é do tipo contador (HOTP); os tribunais usam códigos por tempo (TOTP).',
  exportEmpty: 'A exportação do Google Authenticator não tem nenhuma conta com código por tempo (TOTP).',
  unknown: 'Não foi possível ler a chave.',
  valid: (bits) => `Chave válida: ${bits} bits.`,
  sources: {
    typed: 'chave digitada ou colada',
    uri: 'link otpauth://',
    qr: 'imagem do QR code',
    'google-export': 'exportação do Google Authenticator',
  },
  sourceLine: (source) => `Origem: ${source}.`,
  accountLine: (issuer, account) =>
    `Conta: ${[issuer, account].filter((part) => part !== undefined && part !== '').join(' — ')}.`,
  weakKey: (bits) =>
    `Chave curta (${bits} bits): funciona, mas o recomendado são 128 bits ou mais. Confira se copiou a chave inteira.`,
  issuerMismatch: 'O emissor no nome da conta difere do parâmetro issuer do link; foi usado o parâmetro.',
  accountsLegend: (count) => `A exportação tem ${count} contas. Escolha a deste tribunal:`,
  accountOption: (issuer, account) =>
    issuer === undefined ? account || '(sem nome)' : `${issuer} — ${account || '(sem nome)'}`,
  skippedAccounts: (count) =>
    count === 1
      ? '1 conta da exportação não pode ser usada (tipo ou algoritmo não suportado).'
      : `${count} contas da exportação não podem ser usadas (tipo ou algoritmo não suportado).`,
  exportBatch: (index, size) =>
    `Este QR code é o ${index}º de ${size} da exportação: se a conta não estiver na lista, use outro.`,
  chooseAccount: 'Escolha uma conta da lista.',
  uploadButton: 'Enviar imagem do QR code',
  dropHint: 'Ou cole (Ctrl+V) ou arraste para cá uma captura de tela com o QR code.',
  dropActive: 'Solte a imagem para ler o QR code.',
  decoding: 'Lendo o QR code…',
  noQrCode:
    'Nenhum QR code encontrado na imagem. Use uma captura em que o QR code apareça inteiro e nítido, ou cole a chave.',
  notAKey: 'O QR code foi lido, mas não contém uma chave de autenticação.',
  decoderFailed: 'Não foi possível carregar o leitor de QR code. Digite ou cole a chave.',
  notAnImage: 'O arquivo não é uma imagem. Envie uma captura de tela (PNG ou JPEG) com o QR code.',
  readFromImage: 'Chave lida do QR code.',
}

/** 'o eproc mostra' or, without a system, what courts usually show. */
function courtShows(system: string | undefined): string {
  return system === undefined ? 'os tribunais costumam mostrar' : `o ${system} mostra`
}

/** '32 (8 grupos de 4)': keys are shown in groups of 4. */
function groups(characters: number): string {
  return characters % 4 === 0 ? `${characters} (${characters / 4} grupos de 4)` : String(characters)
}

/** The secretInput texts in the provider's language, with the host's overrides (SecretInput). */
export const useSecretInputMessages = (): typeof secretInputMessages =>
  useNamespaceMessages('secretInput', secretInputMessages)
