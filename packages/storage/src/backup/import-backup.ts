import { randomId } from '../crypto/webcrypto.js'
import { storageError } from '../errors.js'
import type { CredentialStore } from '../model/credential-store.js'
import { importBatch } from '../transfer/import-batch.js'
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
 * errors), so a wrong passphrase or an altered file writes nothing. Entries are then created with their
 * ids `MAX_CREATE_MANY` at a time (`store.createMany`: one transaction per batch); an entry the store
 * refuses is reported with its index (0-based, in the file) and names, never its key, and the others
 * still import. Entries whose id is taken are then skipped, replaced one by one (each at the version just
 * read) or created again under new ids in a batch, as `onExisting` says.
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
  // Where each imported credential is in the file, to give `imported` in file order at the end.
  const placeOf = new Map<string, number>()
  const contextOf = (index: number, entry: BackupCredential | null) => ({
    index,
    issuer: entry?.issuer,
    account: entry?.account,
  })

  // 1. Every entry under its own id; taken ids land in `skipped` as ALREADY_EXISTS.
  const first = importBatch(store, report, { onExisting: 'skip' })
  for (const [index, entry] of credentials.entries()) {
    await first.add(contextOf(index, entry), () => {
      if (entry === null || typeof entry !== 'object') {
        throw storageError('INVALID_INPUT', { field: 'credential', reason: 'an object' })
      }
      placeOf.set(entry.id, index)
      return toCredentialInput(entry, true)
    })
  }
  await first.flush()

  // 2. The taken ones, as `onExisting` says.
  if (onExisting !== 'skip') {
    const taken = report.skipped.filter((found) => found.code === 'ALREADY_EXISTS')
    report.skipped = report.skipped.filter((found) => found.code !== 'ALREADY_EXISTS')
    if (onExisting === 'copy') {
      const copies = importBatch(store, report)
      for (const { index } of taken) {
        const entry = credentials[index]!
        await copies.add(contextOf(index, entry), () => {
          const id = randomId()
          placeOf.set(id, index)
          return { ...toCredentialInput(entry, false), id }
        })
      }
      await copies.flush()
    } else {
      for (const { index } of taken) {
        const entry = credentials[index]!
        try {
          const current = await store.getSummary(entry.id)
          report.imported.push(
            await store.update(entry.id, toCredentialPatch(entry), { expectedVersion: current.version }),
          )
        } catch (error) {
          report.failed.push(issue(contextOf(index, entry), describeError(error)))
        }
      }
      report.failed.sort((a, b) => a.index - b.index)
    }
  }
  report.imported.sort((a, b) => (placeOf.get(a.id) ?? 0) - (placeOf.get(b.id) ?? 0))
  return report
}
