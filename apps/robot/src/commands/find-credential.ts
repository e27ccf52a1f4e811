/**
 * The stored credential for a court login: the account must match (ignoring case and surrounding
 * spaces), and the system too when given. None is exit 5; several (one login at two courts) ask for
 * `--system`.
 *
 * ```ts
 * const summary = await findCredential(store, 'RS012345', 'trf4-eproc')
 * ```
 */
import type { CredentialStore, CredentialSummary } from '@a2f/storage'
import { EXIT } from '../cli/exit-codes.js'
import { RobotError, usageError } from '../cli/robot-error.js'

export async function findCredential(
  store: CredentialStore,
  account: string,
  systemId?: string,
): Promise<CredentialSummary> {
  const wanted = account.trim().toUpperCase()
  const matches = (await store.list(systemId === undefined ? {} : { systemId })).filter(
    (credential) => credential.account.trim().toUpperCase() === wanted,
  )
  const [first, ...others] = matches
  if (first === undefined) {
    const where = systemId === undefined ? '' : ` no sistema ${systemId}`
    throw new RobotError(
      `Nenhuma credencial guardada para a conta ${account}${where}.`,
      EXIT.credentialNotFound,
    )
  }
  if (others.length > 0) {
    const systems = matches.map((credential) => credential.systemId ?? '(sem sistema)').join(', ')
    throw usageError(`A conta ${account} tem mais de uma credencial (${systems}): escolha com --system.`)
  }
  return first
}
