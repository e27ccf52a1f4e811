import type { CredentialInput } from '../model/credential.js'
import type { CredentialStore } from '../model/credential-store.js'
import { describeError, issue, type ImportReport, type IssueContext } from './import-report.js'

/**
 * Creates one credential and records the outcome in `report`. Whatever goes wrong with this entry (its
 * input cannot be built, the store refuses it, the backend fails for this write) is reported with the
 * entry's place and names, and the import goes on with the next one.
 */
export async function createEntry(
  store: CredentialStore,
  report: ImportReport,
  context: IssueContext,
  input: () => CredentialInput,
): Promise<void> {
  try {
    report.imported.push(await store.create(input()))
  } catch (error) {
    report.failed.push(issue(context, describeError(error)))
  }
}
