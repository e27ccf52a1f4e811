/**
 * The public shapes of the sandbox court: how to start it and what a running court offers.
 *
 * @example
 *   const court: SandboxCourt = await startSandboxCourt({ port: 0 })
 *   court.addUser({ login: 'TESTE01', password: 'senha', name: 'Dra. Teste', totpSecret: 'JBSWY3DPEHPK3PXP' })
 */

/** A user of the court. With `totpSecret` the user already has two-factor authentication active. */
export interface SandboxUserInput {
  login: string
  password: string
  name: string
  /** Base32 key: 2FA already active with this key (for robot tests). Spaces and lower case are accepted. */
  totpSecret?: string
}

export interface SandboxCourtOptions {
  /** Default 5180; 0 picks any free port. */
  port?: number
  /** Only the loopback interface: the sandbox is never exposed to the network. */
  host?: '127.0.0.1'
  /** Default: DEFAULT_USERS. */
  users?: readonly SandboxUserInput[]
  /** The court's clock in milliseconds since the epoch (tests move it between TOTP windows). */
  now?: () => number
}

export interface SandboxCourt {
  /** Origin, no trailing slash: 'http://127.0.0.1:5180'. */
  url: string
  /** `${url}/eproc/` */
  loginUrl: string
  /** `${url}/caixa-postal/` */
  mailboxUrl: string
  /** Adds a user, or replaces the user with the same login (a fresh one: no attempts, no lock). */
  addUser(user: SandboxUserInput): void
  /** Back to the initial users, empty mailbox, no sessions. */
  reset(): void
  close(): Promise<void>
}
