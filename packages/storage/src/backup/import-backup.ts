import { isStorageError, storageError } from '../errors.js'
import type { CredentialStore } from '../model/credential-store.js'
import { describeError, emptyReport, issue, type ImportReport } from '../transfer/import-report.js'
import { toCredentialInput, toCredentialPatch } from './backup-credential.js'
import type { BackupCredential } from './backup-format.js'
import { readBackup } from './read-backup.js'

/**
 * What to do with a backup entry whose id is already in the store:
 * - 'skip' (default): keep what is there, report the entry in `skipped` (ALREADY_EXISTS). Restoring a
 *   backup twice, or into a store that moved on, never overwrites newer work unasked.
 * - 'replace': update the stored credential to the backup's content, at the version just read (a
 *   concurrent change is a reported CONFLICT, never a silent overwrite).
 * - 'copy': create the entry again under a new id, next to the existing one.
 */
export type OnExisting = 'skip' | 'replace' | 'copy'

export interface ImportBackupOptions {
  passphrase: string
  onExisting?: OnExisting
}

/**
 * Restores a backup into `store`. The whole file is opened and authenticated first (`readBackup`'s
 * errors), so a wrong passphrase or an altered file writes nothing. Entries are then written one by one,
 * each with its id; an entry the store refuses is reported with its index (0-based, in the file) and
 * names, never its key, and the others still import.
 *
 * Imported records start a new history: `create` stamps `createdAt`, `updatedAt`, `createdBy` and
 * `version` afresh (the backup's values are in the file, not in the store). Status, validation stamp,
 * password, notes and the other fields are kept.
 */
export async function importBackup(
  store: CredentialStore,
  text: string,
  options: ImportBackupOptions,
): Promise<ImportReport> {
  const onExisting = options.onExisting ?? 'skip'
  if (onExisting !== 'skip' && onExisting !== 'replace' && onExisting !== 'copy') {
    throw storageError('INVALID_INPUT', { field: 'onExisting', reason: "'skip', 'replace' or 'copy'" })
  }
  const { credentials } = await readBackup(text, options.passphrase)
  const report = emptyReport()
  for (const [index, entry] of credentials.entries()) {
    const context = { index, issuer: entry?.issuer, account: entry?.account }
    try {
      if (entry === null || typeof entry !== 'object') {
        throw storageError('INVALID_INPUT', { field: 'credential', reason: 'an object' })
      }
      report.imported.push(await restore(store, entry, onExisting))
    } catch (error) {
      const problem = describeError(error)
      const list = onExisting === 'skip' && isStorageError(error, 'ALREADY_EXISTS') ? 'skipped' : 'failed'
      report[list].push(issue(context, problem))
    }
  }
  return report
}

/** Creates the entry under its id; when the id is taken, does what `onExisting` says. */
async function restore(store: CredentialStore, entry: BackupCredential, onExisting: OnExisting) {
  try {
    return await store.create(toCredentialInput(entry, true))
  } catch (error) {
    if (!isStorageError(error, 'ALREADY_EXISTS') || onExisting === 'skip') throw error
  }
  if (onExisting === 'copy') return store.create(toCredentialInput(entry, false))
  const current = await store.getSummary(entry.id)
  return store.update(entry.id, toCredentialPatch(entry), { expectedVersion: current.version })
}
