/**
 * How a login ended, and what the robot tells while it runs (never a password or a code).
 *
 * ```ts
 * if (outcome.kind === 'logged-in') console.log(`Login efetuado: ${outcome.name}`)
 * ```
 */
export type LoginOutcome =
  /** The panel opened; `name` as the court shows it ("Bem-vindo(a), <name>."). */
  | { kind: 'logged-in'; name: string }
  /** A lockout warning or a lockout: the robot made no further attempt. */
  | { kind: 'locked-out'; message: string }
  /** "Usuário ou senha inválidos." */
  | { kind: 'wrong-password' }
  /** Anything else the court answered: a code refused too often, a code used twice, an unknown page. */
  | { kind: 'refused'; message: string }

export type LoginProgress =
  | { kind: 'opening'; url: string }
  | { kind: 'password-submitted' }
  | { kind: 'waiting'; ms: number; reason: 'window-ending' | 'code-used' | 'code-refused' }
  | { kind: 'code-submitted'; attempt: number }
