/**
 * The page the robot opens: `--url` when given, else the login URL of the credential's system in the
 * registry. A credential without a known system and no `--url` is a usage error that says so.
 *
 * ```ts
 * loginUrlFor({ systemId: 'trf4-eproc' }) // 'https://eproc.trf4.jus.br/eproc2trf4/'
 * ```
 */
import type { CourtRegistry } from '@a2f/core'
import { usageError } from '../cli/robot-error.js'
import { robotRegistry } from './robot-registry.js'

export function loginUrlFor(
  credential: { systemId?: string },
  url?: string,
  registry: Pick<CourtRegistry, 'get'> = robotRegistry,
): string {
  if (url !== undefined) return url
  const { systemId } = credential
  if (systemId === undefined) {
    throw usageError('A credencial não indica o sistema do tribunal: informe a página de login com --url.')
  }
  const system = registry.get(systemId)
  if (system === undefined) {
    throw usageError(
      `O sistema ${systemId} não está no registro de tribunais: informe a página de login com --url.`,
    )
  }
  return system.loginUrl
}
