/**
 * @a2f/sandbox-court — a local eproc-like court for trying a2f end to end: the classic login, the
 * two-factor enrolment (QR code and key, code and personal e-mail, activation link in a local mailbox),
 * login with password then code, single-use codes, lockout and released devices. Codes are verified
 * with the `otpauth` library, never with @a2f/core.
 *
 * @example
 *   import { startSandboxCourt } from '@a2f/sandbox-court'
 *   const court = await startSandboxCourt({ port: 0 })
 *   // … drive court.loginUrl with a browser …
 *   await court.close()
 */
export { startSandboxCourt, DEFAULT_PORT } from './server.js'
export { DEFAULT_USERS } from './default-users.js'
export type { SandboxCourt, SandboxCourtOptions, SandboxUserInput } from './types.js'
