/**
 * `import <backup.json>`: restores an @a2f/storage encrypted backup (the demo's "Exportar cópia de
 * segurança") into the robot's store. Credentials already there are kept as they are (`onExisting:
 * 'skip'`), so importing the same file twice changes nothing. Exit 1 when some entry could not be read.
 *
 * ```
 * 1 credencial importada: TRF4 · RS012345
 * ```
 */
import { importBackup, type CredentialStore, type ImportIssue } from '@a2f/storage'
import { EXIT, type ExitCode } from '../cli/exit-codes.js'
import type { Output } from '../cli/output.js'

export async function importCommand(
  store: CredentialStore,
  backupText: string,
  backupPassphrase: string,
  io: Output,
): Promise<ExitCode> {
  const report = await importBackup(store, backupText, { passphrase: backupPassphrase, onExisting: 'skip' })
  const { imported, skipped, failed } = report
  if (imported.length === 0) io.out('Nenhuma credencial nova importada.')
  else io.out(`${count(imported.length, 'credencial importada', 'credenciais importadas')}:`)
  for (const credential of imported) io.out(`  ${credential.issuer} · ${credential.account}`)
  if (skipped.length > 0) {
    io.out(
      `${count(skipped.length, 'credencial já existia e foi mantida como estava', 'credenciais já existiam e foram mantidas como estavam')}:`,
    )
    for (const entry of skipped) io.out(`  ${names(entry)}`)
  }
  if (failed.length > 0) {
    io.err(
      `${count(failed.length, 'credencial não pôde ser importada', 'credenciais não puderam ser importadas')}:`,
    )
    for (const entry of failed)
      io.err(`  ${names(entry)} — ${entry.code}${entry.reason ? ` (${entry.reason})` : ''}`)
    return EXIT.unexpected
  }
  return EXIT.ok
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`
}

function names(entry: ImportIssue): string {
  return `${entry.issuer ?? '?'} · ${entry.account ?? '?'} (posição ${entry.index + 1})`
}
