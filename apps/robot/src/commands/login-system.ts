/**
 * The registry system a `login` runs against, with the page it starts at.
 *
 * - The system is `--system`, else the credential's `systemId`, looked up in the robot's registry
 *   (robot-registry.ts). Its `login` description says the flow (eproc form, Keycloak, PJe SSO, e-SAJ).
 * - `--url` places the sandbox court (its systems keep their own paths at that origin); for any other
 *   system it replaces the login page and keeps the flow (a court's mirror, a staging host).
 * - A credential with no system, or one the registry does not know, needs `--url`: the system whose
 *   pages those are (`matchUrl`; the sandbox's only on loopback), else the classic eproc form there,
 *   as the robot did before registry ids. Without `--url` that is a usage error saying so.
 *
 * ```ts
 * loginSystemFor({ systemId: 'sandbox-pje' }, { url: 'http://127.0.0.1:5199/' }).login.url
 * // 'http://127.0.0.1:5199/pje/primeirograu/login.seam'
 * ```
 */
import type { CourtLogin } from '@a2f/core'
import { usageError } from '../cli/robot-error.js'
import { robotRegistryFor, SANDBOX_SYSTEM_IDS } from './robot-registry.js'

/** What `loginToCourt` needs of a system: its id and a login description (always present here). */
export interface LoginSystem {
  id: string
  login: CourtLogin
}

export function loginSystemFor(
  credential: { systemId?: string },
  request: { system?: string; url?: string } = {},
): LoginSystem {
  const { url } = request
  const registry = robotRegistryFor(url)
  const systemId = request.system ?? credential.systemId
  const known = systemId === undefined ? undefined : registry.get(systemId)
  if (known !== undefined) {
    if (known.login === undefined) {
      throw usageError(
        `O registro de tribunais não diz como entrar no sistema ${known.id}: informe a página de login com --url.`,
      )
    }
    const atUrl = url !== undefined && !SANDBOX_SYSTEM_IDS.includes(known.id)
    return { id: known.id, login: atUrl ? { ...known.login, url } : known.login }
  }
  if (url === undefined) {
    throw usageError(
      systemId === undefined
        ? 'A credencial não indica o sistema do tribunal: informe a página de login com --url.'
        : `O sistema ${systemId} não está no registro de tribunais: informe a página de login com --url.`,
    )
  }
  // The sandbox entries sit at --url's origin whatever it is, so they "match" any host: only on this
  // machine's loopback are they the sandbox court.
  const matched = registry.matchUrl(url)
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname)
  if (matched?.login !== undefined && (loopback || !SANDBOX_SYSTEM_IDS.includes(matched.id)))
    return { id: matched.id, login: { ...matched.login, url } }
  return { id: systemId ?? 'eproc', login: { flow: 'eproc-form', url } }
}
