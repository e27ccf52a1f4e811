/**
 * `store.createMany`: many new credentials as one write. Three phases, so that a batch either goes in
 * whole or tells exactly which entries stopped it:
 *
 * 1. every input is checked (`draftRow`, synchronous): the refused ones, and a second use of an id in the
 *    same batch, become issues naming the entry by its index, never its key;
 * 2. the remaining keys are sealed per record (each has its own associated data), `SEAL_CONCURRENCY`
 *    at a time: WebCrypto works off the main thread, so they overlap;
 * 3. the rows and their audit entries go to the adapter's `insertMany`, one transaction.
 *
 * With `onInvalid: 'abort'` (the default) phase 2 does not start when phase 1 found anything, and an id
 * found stored in phase 3 with `onExisting: 'fail'` rolls the whole batch back.
 *
 * @example
 * const report = await store.createMany(inputs)
 * if (report.failed.length > 0) showProblems(report.failed) // nothing was written
 */
import { isStorageError, storageError } from '../errors.js'
import { MAX_CREATE_MANY, type CreateManyOptions, type CreateManyReport } from '../model/create-many.js'
import type { CredentialInput } from '../model/credential.js'
import { describeError, issue } from '../transfer/import-report.js'
import type { AuditEntry, ChangeEvent, StorageAdapter, StoredCredential } from './adapter.js'
import { mapConcurrent } from './map-concurrent.js'
import { draftRow, sealDraft, type RowContext, type RowDraft } from './new-row.js'
import { toSummary } from './stored-row.js'

/** Keys sealed at once (see `mapConcurrent`). */
const SEAL_CONCURRENCY = 32

export interface CreateManyContext {
  adapter: StorageAdapter
  tenant: string
  rowContext: () => RowContext
  audit: (credentialId: string) => AuditEntry
  emit: (event: ChangeEvent) => void
}

export async function createMany(
  context: CreateManyContext,
  inputs: readonly CredentialInput[],
  options: CreateManyOptions = {},
): Promise<CreateManyReport> {
  const { onExisting, onInvalid } = readOptions(options)
  if (!Array.isArray(inputs)) throw storageError('INVALID_INPUT', { field: 'inputs', reason: 'an array' })
  if (inputs.length > MAX_CREATE_MANY) {
    throw storageError('INVALID_INPUT', {
      field: 'inputs',
      reason: `at most ${MAX_CREATE_MANY} credentials per batch (MAX_CREATE_MANY), found ${inputs.length}`,
    })
  }
  const report: CreateManyReport = { created: [], skipped: [], failed: [] }
  const rowContext = context.rowContext()

  // 1. Check every entry.
  const drafts: { index: number; draft: RowDraft }[] = []
  const seen = new Set<string>()
  inputs.forEach((input, index) => {
    const names = { index, issuer: input?.issuer, account: input?.account }
    try {
      const draft = draftRow(input, rowContext)
      if (seen.has(draft.row.id)) {
        throw storageError('INVALID_INPUT', { field: 'id', reason: 'given twice in the batch' })
      }
      seen.add(draft.row.id)
      drafts.push({ index, draft })
    } catch (error) {
      report.failed.push(issue(names, describeError(error)))
    }
  })
  if (report.failed.length > 0 && onInvalid === 'abort') return report
  if (drafts.length === 0) return report

  // 2. Seal, per record.
  const rows = await mapConcurrent(drafts, SEAL_CONCURRENCY, ({ draft }) => sealDraft(draft, rowContext))
  const audits = rows.map((row) => context.audit(row.id))

  // 3. One write.
  const abort = onExisting === 'fail' && onInvalid === 'abort'
  const { existing } = await insertAll(context, rows, audits, abort ? 'abort' : 'skip')
  const taken = new Set(existing)
  for (const [position, { index }] of drafts.entries()) {
    const row = rows[position]!
    if (!taken.has(row.id)) continue
    const problem = issue(
      { index, issuer: row.issuer, account: row.account },
      describeError(storageError('ALREADY_EXISTS', { id: row.id })),
    )
    report[onExisting === 'skip' ? 'skipped' : 'failed'].push(problem)
  }
  if (abort && taken.size > 0) {
    report.failed.sort((a, b) => a.index - b.index)
    return report
  }
  for (const row of rows) {
    if (taken.has(row.id)) continue
    report.created.push(toSummary(row))
    context.emit({ type: 'created', id: row.id, version: row.version })
  }
  report.failed.sort((a, b) => a.index - b.index)
  return report
}

/**
 * The adapter's batch write, or, on an adapter without one, one `insert` after another (not atomic:
 * documented on `StorageAdapter.insertMany`). In 'abort' mode that fallback checks ids first.
 */
async function insertAll(
  context: CreateManyContext,
  rows: StoredCredential[],
  audits: AuditEntry[],
  existing: 'abort' | 'skip',
): Promise<{ existing: string[] }> {
  const { adapter, tenant } = context
  if (adapter.insertMany !== undefined) return adapter.insertMany(tenant, rows, audits, { existing })
  const found: string[] = []
  if (existing === 'abort') {
    for (const row of rows) if ((await adapter.get(tenant, row.id)) !== undefined) found.push(row.id)
    if (found.length > 0) return { existing: found }
  }
  for (const [index, row] of rows.entries()) {
    try {
      await adapter.insert(tenant, row, audits[index]!)
    } catch (error) {
      if (!isStorageError(error, 'ALREADY_EXISTS')) throw error
      found.push(row.id)
    }
  }
  return { existing: found }
}

function readOptions(options: CreateManyOptions) {
  if (options === null || typeof options !== 'object') {
    throw storageError('INVALID_INPUT', { field: 'options', reason: 'an object' })
  }
  const onExisting = options.onExisting ?? 'fail'
  if (onExisting !== 'fail' && onExisting !== 'skip') {
    throw storageError('INVALID_INPUT', { field: 'onExisting', reason: "'fail' or 'skip'" })
  }
  const onInvalid = options.onInvalid ?? 'abort'
  if (onInvalid !== 'abort' && onInvalid !== 'skip') {
    throw storageError('INVALID_INPUT', { field: 'onInvalid', reason: "'abort' or 'skip'" })
  }
  return { onExisting, onInvalid }
}
