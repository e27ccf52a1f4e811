/**
 * How a login ended, and what `loginToCourt` tells while it runs. Neither ever holds a password or a
 * code: an outcome can be logged, stored and shown as it is.
 *
 * ```ts
 * const outcome = await loginToCourt({ page, system, credential, codes })
 * if (outcome.kind === 'logged-in') console.log(`Login efetuado: ${outcome.name ?? ''}`)
 * else if (outcome.kind === 'court-changed') alert(`A página mudou: falta ${outcome.selector}`)
 * ```
 */

/** A step of a login, as the outcomes and progress events name it. */
export type LoginStep = 'sso' | 'password' | 'code' | 'email-code' | 'profile'

export type LoginOutcome =
  /** The system's page after the login; `name` as the court shows it ("Bem-vindo(a), <name>."), if it does. */
  | { kind: 'logged-in'; name?: string; profile?: string }
  /** "Usuário ou senha inválidos." (or the Keycloak wording): no code was submitted. */
  | { kind: 'wrong-password'; message: string }
  /** A lockout warning ("… bloqueará o usuário") or a lockout: no further attempt was made. */
  | { kind: 'locked-out'; message: string }
  /** A captcha on the page: a robot cannot pass it, a person must log in. */
  | { kind: 'needs-captcha'; step: LoginStep }
  /** The system sends a code by e-mail and no `emailCode` provider was given: nothing was typed. */
  | { kind: 'needs-email-code' }
  /** Anything else the court answered: codes refused too often, a code used twice, an unknown page. */
  | { kind: 'refused'; message: string }
  /**
   * The page is not what the flow expects: `selector` (of step `step`) is missing. It was checked before
   * anything was typed on that page, so nothing went into the wrong field. `url` without its query;
   * `message`, what the page's message box said, if anything.
   */
  | { kind: 'court-changed'; step: LoginStep; selector: string; url: string; message?: string }

/** Why the robot waits before a code. */
export type WaitReason = 'window-ending' | 'code-used' | 'code-refused'

export type LoginProgress =
  | { kind: 'opening'; url: string }
  | { kind: 'sso-followed' }
  | { kind: 'password-submitted' }
  | { kind: 'waiting'; ms: number; reason: WaitReason }
  | { kind: 'code-submitted'; attempt: number; saveDevice: boolean }
  | { kind: 'email-code-requested'; attempt: number; reason: 'first' | 'resent' | 'refused' }
  | { kind: 'email-code-submitted'; attempt: number }
  | { kind: 'profile-chosen'; profile: string }
