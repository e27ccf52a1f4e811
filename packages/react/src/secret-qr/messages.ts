/**
 * Texts of `SecretQrCode` in every locale: the key as a QR code and as text, its paper backup, and the
 * reveal of a stored key.
 *
 * @example
 * <A2FProvider store={store} messages={{ secretQr: { print: 'Imprimir' } }}>
 */
import { useNamespaceMessages } from '../i18n/use-namespace-messages.js'

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

export const secretQrMessages: SecretQrMessages = {
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
}

/** The secretQr texts in the provider's language, with the host's overrides (SecretQrCode). */
export const useSecretQrMessages = (): typeof secretQrMessages =>
  useNamespaceMessages('secretQr', secretQrMessages)
