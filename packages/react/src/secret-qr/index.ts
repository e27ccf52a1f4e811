/**
 * A key as a QR code and grouped text, printable as a paper backup: `SecretQrCode`.
 */
export { SecretQrCode } from './secret-qr-code.js'
export type { SecretQrCodeProps } from './secret-qr-code.js'
export type * from './messages.js'
