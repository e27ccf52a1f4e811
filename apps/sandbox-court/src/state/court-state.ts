/**
 * Everything a running court remembers, in memory, and the two operations on all of it: replacing a
 * user (who starts afresh everywhere) and resetting to the initial users.
 *
 * @example
 *   const court = createCourtState(DEFAULT_USERS, Date.now)
 *   court.addUser({ login: 'T1', password: 'p', name: 'Dr. T', totpSecret: 'JBSWY3DPEHPK3PXP' })
 *   court.reset()
 */
import type { SandboxUserInput } from '../types.js'
import { createActivationStore } from './activations.js'
import { createDeviceStore } from './devices.js'
import { createMailbox } from './mailbox.js'
import { createSessionStore } from './sessions.js'
import { createUserStore, userKey, validateUserInput } from './users.js'

export function createCourtState(initialUsers: readonly SandboxUserInput[], now: () => number) {
  // Checked up front, so a bad initial user fails startSandboxCourt rather than a later reset().
  initialUsers.forEach(validateUserInput)
  const users = createUserStore(initialUsers)
  const sessions = createSessionStore()
  const activations = createActivationStore()
  const devices = createDeviceStore()
  const mailbox = createMailbox(now)
  return {
    now,
    users,
    sessions,
    activations,
    devices,
    mailbox,
    addUser(input: SandboxUserInput): void {
      users.put(input)
      const key = userKey(input.login)
      sessions.forgetUser(key)
      activations.forgetUser(key)
      devices.forgetUser(key)
    },
    reset(): void {
      users.reset()
      sessions.clear()
      activations.clear()
      devices.clear()
      mailbox.clear()
    },
  }
}

export type CourtState = ReturnType<typeof createCourtState>
