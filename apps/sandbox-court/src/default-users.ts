/**
 * The users every fresh sandbox court starts with. None has two-factor authentication active, so the
 * first thing to try is the enrolment (seed 003 on the classic form, "Configurar autenticador móvel" at
 * the Keycloak realms). The eproc users serve the classic form and the Keycloak eproc realm; PJe and
 * e-SAJ have their own (logins are CPFs there, made-up numbers that pass the CPF check digits).
 *
 * @example
 *   await startSandboxCourt({ users: [...DEFAULT_USERS, { login: 'X1', password: 'p', name: 'Dr. X' }] })
 */
import type { SandboxUserInput } from './types.js'

export const DEFAULT_USERS: readonly SandboxUserInput[] = Object.freeze([
  Object.freeze({ login: 'RS012345', password: 'sandbox-rs-2024', name: 'Dra. Conceição Araújo' }),
  Object.freeze({ login: 'SC067890', password: 'sandbox-sc-2024', name: 'Dr. João Batista' }),
  Object.freeze({
    realm: 'pje',
    login: '11144477735',
    password: 'sandbox-pje-2025',
    name: 'Dra. Marina Lopes',
  }),
  Object.freeze({
    realm: 'esaj',
    login: '52998224725',
    password: 'sandbox-saj-2025',
    name: 'Dr. Paulo Mendes',
    email: 'paulo.mendes@example.com',
  }),
])
