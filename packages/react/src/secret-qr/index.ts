/**
 * A key as a QR code and grouped text, printable as a paper backup: `SecretQrCode`.
 * The public component is the lazy one: the QR encoder (uqr) and the widget arrive as their own chunk
 * when it first renders (a brief "Abrindo a chave…" placeholder), so pages that never show a QR code
 * never download it. See ./lazy-secret-qr-code.tsx.
 */
export { LazySecretQrCode as SecretQrCode } from './lazy-secret-qr-code.js'
export type { SecretQrCodeProps } from './secret-qr-code.js'
export type * from './messages.js'
