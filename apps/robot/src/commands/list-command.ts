/**
 * `list`: one line per stored credential, tab-separated so scripts can cut it — id, system, issuer,
 * account, status. Summaries only: no key or password is opened.
 *
 * ```
 * 3f1c…	trf4-eproc	TRF4	RS012345	validada
 * ```
 */
import type { CredentialStore, CredentialSummary } from '@a2f/storage'
import { EXIT, type ExitCode } from '../cli/exit-codes.js'
import type { Output } from '../cli/output.js'

const STATUS = { pending: 'pendente', validated: 'validada' } as const

export function credentialLine(credential: CredentialSummary): string {
  return [
    credential.id,
    credential.systemId ?? '-',
    credential.issuer,
    credential.account,
    STATUS[credential.status],
  ]
    .map((field) => field.replace(/[\t\r\n]+/g, ' '))
    .join('\t')
}

export async function listCommand(store: CredentialStore, io: Output): Promise<ExitCode> {
  const credentials = await store.list()
  if (credentials.length === 0) io.err('Nenhuma credencial guardada.')
  for (const credential of credentials) io.out(credentialLine(credential))
  return EXIT.ok
}
