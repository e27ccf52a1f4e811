/**
 * @a2f/sandbox-court — a local court for trying a2f end to end: the classic eproc login and its
 * two-factor enrolment (QR code and key, code and personal e-mail, activation link in a local mailbox),
 * eproc behind a Keycloak realm ("save device", "Seleção de perfil"), PJe with the national SSO hop and
 * e-SAJ with a code by e-mail; single-use codes and lockout in all of them. Codes are verified with the
 * `otpauth` library, never with @a2f/core.
 *
 * @example
 *   import { startSandboxCourt } from '@a2f/sandbox-court'
 *   const court = await startSandboxCourt({ port: 0 })
 *   // … drive court.loginUrl with a browser …
 *   await court.close()
 */
export { startSandboxCourt, DEFAULT_PORT } from './server.js'
export { DEFAULT_USERS } from './default-users.js'
export type {
  SandboxCourt,
  SandboxCourtOptions,
  SandboxMailMessage,
  SandboxRealm,
  SandboxUserInput,
} from './types.js'
