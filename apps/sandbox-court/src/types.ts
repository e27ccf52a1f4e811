/**
 * The public shapes of the sandbox court: how to start it and what a running court offers.
 *
 * @example
 *   const court: SandboxCourt = await startSandboxCourt({ port: 0 })
 *   court.addUser({ login: 'TESTE01', password: 'senha', name: 'Dra. Teste', totpSecret: 'JBSWY3DPEHPK3PXP' })
 *   court.addUser({ realm: 'esaj', login: '52998224725', password: 'senha', name: 'Dr. X', email: 'x@example.com' })
 */

/**
 * The court's separate user bases. 'eproc' serves the classic eproc form and the Keycloak-style eproc
 * realm alike (one account, one authenticator, one count of wrong codes: like TJRS's eproc, whose
 * login moved to Keycloak); 'pje' is the national PJe SSO's; 'esaj' is e-SAJ's, whose second factor is
 * a code sent by e-mail. A user of one base does not exist in the others.
 */
export type SandboxRealm = 'eproc' | 'pje' | 'esaj'

/** A user of the court. With `totpSecret` the user already has two-factor authentication active. */
export interface SandboxUserInput {
  login: string
  password: string
  name: string
  /** Which user base (default 'eproc'). */
  realm?: SandboxRealm
  /**
   * Base32 key: 2FA already active with this key (for robot tests). Spaces and lower case are accepted.
   * Not for 'esaj', whose codes go by e-mail.
   */
  totpSecret?: string
  /** Where e-SAJ sends its login codes (the local mailbox). Required for 'esaj', ignored elsewhere. */
  email?: string
}

/** A message of the local mailbox, as the test endpoint and `court.messages()` give it. */
export interface SandboxMailMessage {
  id: string
  kind: 'activation' | 'access-code'
  to: string
  subject: string
  login: string
  /** ms since the epoch, by the court's clock. */
  sentAt: number
  /** 'activation': `/eproc/2fa/ativar?token=…` */
  activationPath?: string
  /** 'access-code': the 6-digit e-SAJ code and when it stops working (ms since the epoch). */
  code?: string
  validUntil?: number
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
  /** Where each login flow starts (README, "Login flows"). */
  flows: {
    /** Classic eproc form: `${url}/eproc/` (= loginUrl). */
    eproc: string
    /** eproc behind a Keycloak realm: `${url}/eproc-keycloak/` (redirects to `/realms/eproc/…`). */
    keycloak: string
    /** PJe with the national SSO hop: `${url}/pje/primeirograu/login.seam`. */
    pje: string
    /** e-SAJ with a code by e-mail: `${url}/sajcas/login`. */
    esaj: string
  }
  /** Adds a user to its realm, or replaces the user with the same login there (no attempts, no lock). */
  addUser(user: SandboxUserInput): void
  /** The mailbox's messages, newest first, optionally only those sent to `to` (any case). */
  messages(to?: string): SandboxMailMessage[]
  /** Back to the initial users, empty mailbox, no sessions. */
  reset(): void
  close(): Promise<void>
}
