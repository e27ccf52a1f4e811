/**
 * Texts of `SecretQrCode` in every locale: the key as a QR code and as text, its paper backup, and the
 * reveal of a stored key.
 *
 * @example
 * <A2FProvider store={store} messages={{ secretQr: { print: 'Imprimir' } }}>
 */
import type { LocaleTable } from '../i18n/locale.js'

export interface SecretQrMessages {
  /** Heading of the widget and of the printed page. */
  title: (issuer: string) => string
  /** Accessible name of the QR image. */
  qrLabel: (issuer: string, account: string) => string
  scanHint: string
  issuer: string
  account: string
  key: string
  /** Algorithm, digits and period in one line: "SHA1, 6 dígitos, 30 s". */
  parameters: string
  parametersValue: (algorithm: string, digits: number, period: number) => string
  print: string
  /** The warning printed with the key. */
  keepSafe: string
  reveal: string
  revealing: string
  hide: string
  /** Shown while a stored key is hidden. */
  hiddenNotice: string
  /** The server keeps the keys and serves codes only (SECRET_WITHHELD). */
  withheld: string
  /** The key given cannot be read or is too short for a QR code of an authenticator. */
  invalidKey: string
}

export const secretQrMessages: LocaleTable<SecretQrMessages> = {
  'pt-BR': {
    title: (issuer) => `Chave de autenticação — ${issuer}`,
    qrLabel: (issuer, account) => `QR code da chave do ${issuer} para ${account}`,
    scanHint: 'Leia o QR code com o aplicativo autenticador ou digite a chave abaixo.',
    issuer: 'Emissor',
    account: 'Conta',
    key: 'Chave',
    parameters: 'Parâmetros',
    parametersValue: (algorithm, digits, period) => `${algorithm}, ${digits} dígitos, ${period} s`,
    print: 'Imprimir cópia em papel',
    keepSafe:
      'Guarde em local seguro: quem tiver esta chave consegue gerar os seus códigos de acesso ao tribunal. Não fotografe nem envie por e-mail.',
    reveal: 'Mostrar chave',
    revealing: 'Abrindo a chave…',
    hide: 'Ocultar chave',
    hiddenNotice:
      'A chave está oculta. Mostre-a somente em local reservado, longe de outras pessoas e câmeras.',
    withheld:
      'As chaves ficam guardadas no servidor e não são enviadas ao navegador; por isso não é possível exibi-la aqui. Para uma cópia em papel, fale com o administrador do sistema.',
    invalidKey: 'Não foi possível montar o QR code: a chave é inválida ou curta demais.',
  },
  en: {
    title: (issuer) => `Authentication key — ${issuer}`,
    qrLabel: (issuer, account) => `QR code of the ${issuer} key for ${account}`,
    scanHint: 'Scan the QR code with the authenticator app, or type the key below.',
    issuer: 'Issuer',
    account: 'Account',
    key: 'Key',
    parameters: 'Parameters',
    parametersValue: (algorithm, digits, period) => `${algorithm}, ${digits} digits, ${period} s`,
    print: 'Print a paper copy',
    keepSafe:
      'Keep it somewhere safe: anyone with this key can generate your court sign-in codes. Do not photograph it or send it by e-mail.',
    reveal: 'Show key',
    revealing: 'Opening the key…',
    hide: 'Hide key',
    hiddenNotice: 'The key is hidden. Show it only in a private place, away from other people and cameras.',
    withheld:
      'Keys are kept on the server and never sent to the browser, so it cannot be shown here. For a paper copy, ask your system administrator.',
    invalidKey: 'The QR code cannot be made: the key is invalid or too short.',
  },
  es: {
    title: (issuer) => `Clave de autenticación — ${issuer}`,
    qrLabel: (issuer, account) => `Código QR de la clave de ${issuer} para ${account}`,
    scanHint: 'Escanee el código QR con la aplicación de autenticación o escriba la clave.',
    issuer: 'Emisor',
    account: 'Cuenta',
    key: 'Clave',
    parameters: 'Parámetros',
    parametersValue: (algorithm, digits, period) => `${algorithm}, ${digits} dígitos, ${period} s`,
    print: 'Imprimir copia en papel',
    keepSafe:
      'Guárdela en un lugar seguro: quien tenga esta clave puede generar sus códigos de acceso al tribunal. No la fotografíe ni la envíe por correo.',
    reveal: 'Mostrar clave',
    revealing: 'Abriendo la clave…',
    hide: 'Ocultar clave',
    hiddenNotice:
      'La clave está oculta. Muéstrela solo en un lugar privado, lejos de otras personas y cámaras.',
    withheld:
      'Las claves se guardan en el servidor y no se envían al navegador, así que no se puede mostrar aquí. Para una copia en papel, consulte al administrador del sistema.',
    invalidKey: 'No se pudo generar el código QR: la clave no es válida o es demasiado corta.',
  },
}
