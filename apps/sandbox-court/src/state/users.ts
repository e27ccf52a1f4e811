/**
 * One user base of the court (eproc, PJe or e-SAJ: see `SandboxRealm`) and its users' second-factor
 * state, in memory: the active key, the last accepted time step (codes are single-use), consecutive
 * wrong codes and the lock. Logins are matched without regard to case.
 *
 * @example
 *   const users = createUserStore(DEFAULT_USERS.filter((user) => realmOf(user) === 'eproc'))
 *   users.authenticate('rs012345', 'sandbox-rs-2024')   // CourtUser | undefined
 */
import { createHash, timingSafeEqual } from 'node:crypto'
import { normalizeTotpKey } from '../totp.js'
import type { SandboxRealm, SandboxUserInput } from '../types.js'

export interface CourtUser {
  readonly login: string
  readonly name: string
  /** Where e-SAJ sends the login codes (only e-SAJ users have one). */
  readonly email: string | undefined
  /** Active two-factor key (base32), undefined while 2FA is not active. */
  activeSecret: string | undefined
  /** The last accepted time step; a code of this step or an earlier one was already used. */
  lastCounter: number
  /** Consecutive wrong codes; a right code resets it, the 5th locks the user. */
  wrongAttempts: number
  locked: boolean
}

interface StoredUser {
  user: CourtUser
  passwordDigest: Buffer
}

export const MAX_WRONG_CODES = 5

export const userKey = (login: string): string => login.trim().toUpperCase()

const digest = (password: string) => createHash('sha256').update(password, 'utf8').digest()

const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value.trim() !== ''

export const REALMS: readonly SandboxRealm[] = ['eproc', 'pje', 'esaj']

export const realmOf = (input: SandboxUserInput): SandboxRealm => input.realm ?? 'eproc'

// The mailbox is local, so any address that looks like one will do.
const EMAIL_PATTERN = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/

/** Checks a user given by a test or the HTTP endpoint. The message never repeats a password or key. */
export function validateUserInput(input: SandboxUserInput): SandboxUserInput {
  if (!nonEmpty(input.login)) throw new TypeError('login: informe o usuário.')
  if (!nonEmpty(input.password)) throw new TypeError('password: informe a senha.')
  if (!nonEmpty(input.name)) throw new TypeError('name: informe o nome.')
  const realm = realmOf(input)
  if (!REALMS.includes(realm)) throw new TypeError(`realm: use ${REALMS.map((r) => `'${r}'`).join(', ')}.`)
  const valid: SandboxUserInput = {
    realm,
    login: input.login.trim(),
    password: input.password,
    name: input.name,
  }
  if (realm === 'esaj') {
    if (input.totpSecret !== undefined)
      throw new TypeError('totpSecret: o e-SAJ do sandbox não usa autenticador (o código vai por e-mail).')
    const email = typeof input.email === 'string' ? input.email.trim() : ''
    if (email.length > 254 || !EMAIL_PATTERN.test(email))
      throw new TypeError('email: informe o e-mail para onde vão os códigos do e-SAJ.')
    return { ...valid, email }
  }
  if (input.totpSecret === undefined) return valid
  const key = typeof input.totpSecret === 'string' ? normalizeTotpKey(input.totpSecret) : undefined
  if (!key)
    throw new TypeError('totpSecret: não é uma chave base32 válida (A–Z e 2–7, ao menos 16 caracteres).')
  return { ...valid, totpSecret: key }
}

export function createUserStore(initial: readonly SandboxUserInput[]) {
  const users = new Map<string, StoredUser>()

  const put = (input: SandboxUserInput) => {
    const valid = validateUserInput(input)
    users.set(userKey(valid.login), {
      passwordDigest: digest(valid.password),
      user: {
        login: valid.login,
        name: valid.name,
        email: valid.email,
        activeSecret: valid.totpSecret,
        lastCounter: -1,
        wrongAttempts: 0,
        locked: false,
      },
    })
  }

  const reset = () => {
    users.clear()
    initial.forEach(put)
  }
  reset()

  return {
    /** Adds or replaces (by login) a user: a replaced user starts afresh. */
    put,
    reset,
    get: (login: string): CourtUser | undefined => users.get(userKey(login))?.user,
    /** The user when login and password match, compared in constant time. */
    authenticate(login: string, password: string): CourtUser | undefined {
      const stored = users.get(userKey(login))
      if (!stored) return undefined
      return timingSafeEqual(stored.passwordDigest, digest(password)) ? stored.user : undefined
    },
  }
}

export type UserStore = ReturnType<typeof createUserStore>
