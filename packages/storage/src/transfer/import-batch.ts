/**
 * How importers write: entries are gathered and created `MAX_CREATE_MANY` at a time through
 * `store.createMany` (one transaction per batch, keys sealed concurrently) instead of one write each.
 * What importers promise stays: every entry is reported with its place and names, and one bad entry
 * never stops the others (`onInvalid: 'skip'`). A backend failure fails the entries of that batch only,
 * each reported with the error's code; earlier batches stay written.
 *
 * @example
 * const batch = importBatch(store, report)
 * for (const entry of entries) await batch.add(context(entry), () => inputOf(entry), () => wipe(entry))
 * await batch.flush()
 */
import { MAX_CREATE_MANY, type CreateManyOptions } from '../model/create-many.js'
import type { CredentialInput } from '../model/credential.js'
import type { CredentialStore } from '../model/credential-store.js'
import {
  describeError,
  issue,
  type ImportIssue,
  type ImportReport,
  type IssueContext,
} from './import-report.js'

interface Pending {
  context: IssueContext
  input: CredentialInput
  /** Runs once the entry was written or refused: wipes the key bytes the input holds. */
  done: (() => void) | undefined
}

export interface ImportBatch {
  /**
   * Adds an entry; `input` builds what `create` takes (a throw reports the entry as failed). Writes a
   * batch when `MAX_CREATE_MANY` entries are waiting.
   */
  add(context: IssueContext, input: () => CredentialInput, done?: () => void): Promise<void>
  /** Writes what is waiting, and puts the report's lists in input order. */
  flush(): Promise<void>
}

export function importBatch(
  store: CredentialStore,
  report: ImportReport,
  options: Pick<CreateManyOptions, 'onExisting'> = {},
): ImportBatch {
  let pending: Pending[] = []

  async function write() {
    const entries = pending
    pending = []
    if (entries.length === 0) return
    try {
      const result = await store.createMany(
        entries.map((entry) => entry.input),
        { onInvalid: 'skip', onExisting: options.onExisting ?? 'fail' },
      )
      report.imported.push(...result.created)
      // The batch's issues name the batch position: put each back at the entry's place in the file.
      const relocate = (found: ImportIssue) =>
        issue(entries[found.index]!.context, {
          code: found.code,
          message: found.message,
          ...(found.reason === undefined ? {} : { reason: found.reason }),
          ...(found.field === undefined ? {} : { field: found.field }),
        })
      report.skipped.push(...result.skipped.map(relocate))
      report.failed.push(...result.failed.map(relocate))
    } catch (error) {
      const problem = describeError(error)
      for (const entry of entries) report.failed.push(issue(entry.context, problem))
    } finally {
      for (const entry of entries) entry.done?.()
    }
  }

  return {
    async add(context, input, done) {
      let built: CredentialInput
      try {
        built = input()
      } catch (error) {
        report.failed.push(issue(context, describeError(error)))
        done?.()
        return
      }
      pending.push({ context, input: built, done })
      if (pending.length >= MAX_CREATE_MANY) await write()
    },

    async flush() {
      await write()
      const order = (a: ImportIssue, b: ImportIssue) =>
        a.index - b.index || (a.position ?? -1) - (b.position ?? -1)
      report.skipped.sort(order)
      report.failed.sort(order)
    },
  }
}
