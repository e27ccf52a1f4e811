/**
 * The users every fresh sandbox court starts with. Neither has two-factor authentication active, so the
 * first thing to try is the enrolment (seed 003).
 *
 * @example
 *   await startSandboxCourt({ users: [...DEFAULT_USERS, { login: 'X1', password: 'p', name: 'Dr. X' }] })
 */
import type { SandboxUserInput } from './types.js'

export const DEFAULT_USERS: readonly SandboxUserInput[] = Object.freeze([
  Object.freeze({ login: 'RS012345', password: 'sandbox-rs-2024', name: 'Dra. Conceição Araújo' }),
  Object.freeze({ login: 'SC067890', password: 'sandbox-sc-2024', name: 'Dr. João Batista' }),
])
