/**
 * Texts of `SecretInput` in every locale: the field, what is wrong with a key and where, the quiet
 * confirmation of a valid one, the Google Authenticator export's account list, and the QR screenshot
 * states (reading, no QR code, not a key, reader unavailable). None of them ever contains the key:
 * at most the one character that is not part of the key alphabet.
 *
 * @example
 * <A2FProvider store={store} messages={{ secretInput: { label: 'Chave do eproc' } }}>
 */
import type { SecretMalformedReason, UriInvalidReason } from '@a2f/core'
import type { LocaleTable } from '../i18n/locale.js'
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
  /** The characters are all valid but cannot form a key. */
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

export const secretInputMessages: LocaleTable<SecretInputMessages> = {
  'pt-BR': {
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
    malformed: {
      LENGTH: 'A quantidade de caracteres não forma uma chave: confira se falta ou sobra algum caractere.',
      TRAILING_BITS:
        'O último caractere não fecha a chave: confira se falta ou sobra algum caractere no final.',
      PADDING: 'Há caracteres depois do sinal «=» do final da chave.',
      MIGRATION_URI: 'Este é um link de exportação do Google Authenticator.',
      URI: 'Este é um link otpauth://, não uma chave.',
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
  },
  en: {
    label: 'Authentication key',
    hint: 'Paste the key the court showed (e.g. 32 characters in groups of 4), the otpauth:// link, or a screenshot with the QR code.',
    empty: 'Enter the authentication key the court gave you.',
    invalidCharacter: (character, position, suggestion) =>
      `Invalid character “${character}” at position ${position}.` +
      (suggestion === undefined
        ? ' Keys only have the letters A to Z and the digits 2 to 7.'
        : ` Did you mean “${suggestion}”?`),
    tooShort: (characters, minimumCharacters) =>
      `Incomplete key: ${characters} characters, at least ${minimumCharacters} are needed (courts usually show 32). Check that you copied the whole key.`,
    malformed: {
      LENGTH: 'This number of characters cannot form a key: check for a missing or extra character.',
      TRAILING_BITS:
        'The last character does not close the key: check for a missing or extra character at the end.',
      PADDING: 'There are characters after the final “=”.',
      MIGRATION_URI: 'This is a Google Authenticator export link.',
      URI: 'This is an otpauth:// link, not a key.',
    },
    uriInvalid: {
      NOT_A_STRING: 'The otpauth:// link could not be read.',
      SCHEME: 'The link must start with otpauth://.',
      TYPE: 'The otpauth:// link must be of type totp.',
      ENCODING: 'The otpauth:// link has badly encoded characters (%).',
      DUPLICATE_PARAMETER: 'The otpauth:// link repeats a parameter.',
      MISSING_SECRET: 'The otpauth:// link has no key (secret parameter).',
      SECRET: 'The key inside the otpauth:// link (secret parameter) is not valid.',
      ALGORITHM: 'The otpauth:// link names an unsupported algorithm.',
      DIGITS: 'The otpauth:// link names an unsupported number of digits.',
      PERIOD: 'The otpauth:// link has an invalid period.',
      MISSING_COUNTER: 'The counter-based otpauth:// link has no counter parameter.',
      COUNTER: 'The counter of the otpauth:// link is invalid.',
      ACCOUNT: 'The account name in the otpauth:// link is invalid.',
      ISSUER: 'The issuer in the otpauth:// link is invalid.',
    },
    migrationInvalid:
      'The Google Authenticator export link is incomplete or corrupted. Export again and paste the whole link.',
    hotpUnsupported: 'This is a counter-based (HOTP) key; courts use time-based codes (TOTP).',
    exportEmpty: 'The Google Authenticator export has no account with time-based codes (TOTP).',
    unknown: 'The key could not be read.',
    valid: (bits) => `Valid key: ${bits} bits.`,
    sources: {
      typed: 'key typed or pasted',
      uri: 'otpauth:// link',
      qr: 'QR code image',
      'google-export': 'Google Authenticator export',
    },
    sourceLine: (source) => `Source: ${source}.`,
    accountLine: (issuer, account) =>
      `Account: ${[issuer, account].filter((part) => part !== undefined && part !== '').join(' — ')}.`,
    weakKey: (bits) =>
      `Short key (${bits} bits): it works, but 128 bits or more are recommended. Check that you copied the whole key.`,
    issuerMismatch:
      "The issuer in the account name differs from the link's issuer parameter; the parameter was used.",
    accountsLegend: (count) => `The export has ${count} accounts. Choose this court's:`,
    accountOption: (issuer, account) =>
      issuer === undefined ? account || '(no name)' : `${issuer} — ${account || '(no name)'}`,
    skippedAccounts: (count) =>
      count === 1
        ? '1 account of the export cannot be used (unsupported type or algorithm).'
        : `${count} accounts of the export cannot be used (unsupported type or algorithm).`,
    exportBatch: (index, size) =>
      `This QR code is ${index} of ${size} of the export: if the account is not listed, use another one.`,
    chooseAccount: 'Choose an account from the list.',
    uploadButton: 'Upload a QR code image',
    dropHint: 'Or paste (Ctrl+V) or drop here a screenshot with the QR code.',
    dropActive: 'Drop the image to read the QR code.',
    decoding: 'Reading the QR code…',
    noQrCode:
      'No QR code found in the image. Use a screenshot where the whole QR code is sharp, or paste the key.',
    notAKey: 'The QR code was read, but it holds no authentication key.',
    decoderFailed: 'The QR code reader could not be loaded. Type or paste the key.',
    notAnImage: 'The file is not an image. Send a screenshot (PNG or JPEG) with the QR code.',
    readFromImage: 'Key read from the QR code.',
  },
  es: {
    label: 'Clave de autenticación',
    hint: 'Pegue la clave que mostró el tribunal (p. ej., 32 caracteres en grupos de 4), el enlace otpauth:// o una captura de pantalla con el código QR.',
    empty: 'Introduzca la clave de autenticación que le dio el tribunal.',
    invalidCharacter: (character, position, suggestion) =>
      `Carácter no válido «${character}» en la posición ${position}.` +
      (suggestion === undefined
        ? ' La clave solo tiene letras de la A a la Z y números del 2 al 7.'
        : ` ¿Quiso decir «${suggestion}»?`),
    tooShort: (characters, minimumCharacters) =>
      `Clave incompleta: ${characters} caracteres, se necesitan al menos ${minimumCharacters} (los tribunales suelen mostrar 32). Compruebe que copió la clave entera.`,
    malformed: {
      LENGTH: 'Esta cantidad de caracteres no forma una clave: compruebe si falta o sobra algún carácter.',
      TRAILING_BITS:
        'El último carácter no cierra la clave: compruebe si falta o sobra algún carácter al final.',
      PADDING: 'Hay caracteres después del «=» final.',
      MIGRATION_URI: 'Este es un enlace de exportación de Google Authenticator.',
      URI: 'Este es un enlace otpauth://, no una clave.',
    },
    uriInvalid: {
      NOT_A_STRING: 'No se pudo leer el enlace otpauth://.',
      SCHEME: 'El enlace debe empezar por otpauth://.',
      TYPE: 'El enlace otpauth:// debe ser de tipo totp.',
      ENCODING: 'El enlace otpauth:// tiene caracteres mal codificados (%).',
      DUPLICATE_PARAMETER: 'El enlace otpauth:// repite un parámetro.',
      MISSING_SECRET: 'El enlace otpauth:// no contiene la clave (parámetro secret).',
      SECRET: 'La clave dentro del enlace otpauth:// (parámetro secret) no es válida.',
      ALGORITHM: 'El enlace otpauth:// indica un algoritmo no compatible.',
      DIGITS: 'El enlace otpauth:// indica una cantidad de dígitos no compatible.',
      PERIOD: 'El enlace otpauth:// indica un período no válido.',
      MISSING_COUNTER: 'El enlace otpauth:// de tipo contador no tiene el parámetro counter.',
      COUNTER: 'El contador del enlace otpauth:// no es válido.',
      ACCOUNT: 'El nombre de la cuenta en el enlace otpauth:// no es válido.',
      ISSUER: 'El emisor (issuer) del enlace otpauth:// no es válido.',
    },
    migrationInvalid:
      'El enlace de exportación de Google Authenticator está incompleto o dañado. Exporte de nuevo y pegue el enlace entero.',
    hotpUnsupported: 'Esta clave es de contador (HOTP); los tribunales usan códigos por tiempo (TOTP).',
    exportEmpty:
      'La exportación de Google Authenticator no tiene ninguna cuenta con códigos por tiempo (TOTP).',
    unknown: 'No se pudo leer la clave.',
    valid: (bits) => `Clave válida: ${bits} bits.`,
    sources: {
      typed: 'clave escrita o pegada',
      uri: 'enlace otpauth://',
      qr: 'imagen del código QR',
      'google-export': 'exportación de Google Authenticator',
    },
    sourceLine: (source) => `Origen: ${source}.`,
    accountLine: (issuer, account) =>
      `Cuenta: ${[issuer, account].filter((part) => part !== undefined && part !== '').join(' — ')}.`,
    weakKey: (bits) =>
      `Clave corta (${bits} bits): funciona, pero se recomiendan 128 bits o más. Compruebe que copió la clave entera.`,
    issuerMismatch:
      'El emisor en el nombre de la cuenta difiere del parámetro issuer del enlace; se usó el parámetro.',
    accountsLegend: (count) => `La exportación tiene ${count} cuentas. Elija la de este tribunal:`,
    accountOption: (issuer, account) =>
      issuer === undefined ? account || '(sin nombre)' : `${issuer} — ${account || '(sin nombre)'}`,
    skippedAccounts: (count) =>
      count === 1
        ? '1 cuenta de la exportación no se puede usar (tipo o algoritmo no compatible).'
        : `${count} cuentas de la exportación no se pueden usar (tipo o algoritmo no compatible).`,
    exportBatch: (index, size) =>
      `Este código QR es el ${index} de ${size} de la exportación: si la cuenta no aparece, use otro.`,
    chooseAccount: 'Elija una cuenta de la lista.',
    uploadButton: 'Subir imagen del código QR',
    dropHint: 'O pegue (Ctrl+V) o arrastre aquí una captura de pantalla con el código QR.',
    dropActive: 'Suelte la imagen para leer el código QR.',
    decoding: 'Leyendo el código QR…',
    noQrCode:
      'No se encontró ningún código QR en la imagen. Use una captura en la que el código QR se vea entero y nítido, o pegue la clave.',
    notAKey: 'Se leyó el código QR, pero no contiene ninguna clave de autenticación.',
    decoderFailed: 'No se pudo cargar el lector de códigos QR. Escriba o pegue la clave.',
    notAnImage: 'El archivo no es una imagen. Envíe una captura de pantalla (PNG o JPEG) con el código QR.',
    readFromImage: 'Clave leída del código QR.',
  },
}
