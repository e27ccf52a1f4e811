/**
 * The robot's exit codes, as scripts and schedulers read them (contract of issue 5).
 *
 * ```sh
 * node dist/cli.js login --account RS012345 || [ $? -eq 3 ] && echo 'parado antes de bloquear'
 * ```
 */
export const EXIT = {
  /** Logged in (or the command did what it was asked). */
  ok: 0,
  /** Anything unexpected: the court page changed, the database is down, a refused code… */
  unexpected: 1,
  /** Wrong arguments or a missing environment variable. */
  usage: 2,
  /** Stopped at a lockout warning or a lockout: no further attempt was made. */
  lockout: 3,
  /** The court refused the user or the password. */
  wrongPassword: 4,
  /** No stored credential for that account. */
  credentialNotFound: 5,
} as const

export type ExitCode = (typeof EXIT)[keyof typeof EXIT]
