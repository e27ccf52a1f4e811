/**
 * Activation links waiting to be followed: each holds the new key, the e-mail and the time step of the
 * code typed at enrolment. A link works once; sending a new link for a user voids the older ones.
 *
 * @example
 *   const token = activations.issue({ user: 'RS012345', key, counter, email: 'ana@gmail.com' })
 *   activations.consume(token)   // the pending activation, then undefined forever
 */
import { randomToken } from './random-token.js'

export interface PendingActivation {
  /** userKey */
  user: string
  key: string
  /** Time step of the enrolment code: that code counts as used once the key is active. */
  counter: number
  email: string
}

export function createActivationStore() {
  const pending = new Map<string, PendingActivation>()
  const forgetUser = (user: string) => {
    for (const [token, activation] of pending) if (activation.user === user) pending.delete(token)
  }
  return {
    issue(activation: PendingActivation): string {
      forgetUser(activation.user)
      const token = randomToken()
      pending.set(token, activation)
      return token
    },
    peek: (token: string): PendingActivation | undefined => pending.get(token),
    consume(token: string): PendingActivation | undefined {
      const activation = pending.get(token)
      pending.delete(token)
      return activation
    },
    forgetUser,
    clear: () => pending.clear(),
  }
}

export type ActivationStore = ReturnType<typeof createActivationStore>
