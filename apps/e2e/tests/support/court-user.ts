/**
 * A fresh user of the sandbox court for each journey (POST /__sandbox/users), so reruns against a court
 * that kept its state never collide: a unique login, a password, a name and a personal e-mail.
 *
 * @example
 * const user = await newCourtUser('J1')   // { login: 'E2EJ1M3K…', password, name, email }
 */
import { randomBytes } from 'node:crypto'
import { COURT } from './addresses.js'

export interface CourtUser {
  login: string
  password: string
  name: string
  /** A personal (not institutional) address for the activation link. */
  email: string
}

export async function newCourtUser(tag: string, options: { totpSecret?: string } = {}): Promise<CourtUser> {
  const suffix = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`.toUpperCase()
  const user: CourtUser = {
    login: `E2E${tag}${suffix}`,
    password: `senha-${randomBytes(6).toString('hex')}`,
    name: `Dra. Teste ${tag}`,
    email: `teste.${tag.toLowerCase()}.${suffix.toLowerCase()}@gmail.com`,
  }
  const response = await fetch(COURT.users, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: user.login, password: user.password, name: user.name, ...options }),
  })
  if (response.status !== 201) throw new Error(`The sandbox court refused the user: HTTP ${response.status}`)
  return user
}
