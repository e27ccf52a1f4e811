import { isStorageError } from '../errors.js'
import type { Credential, CredentialQuery } from '../model/credential.js'
import type { CredentialStore, UnreadableRecord } from '../model/credential-store.js'

/** Credentials opened for an export, and those that could not be. */
export interface OpenedCredentials {
  credentials: Credential[]
  unreadable: UnreadableRecord[]
}

/**
 * Opens every credential matching `query` with `store.get` (audited as 'reveal': an export reveals
 * secrets). A record that cannot be opened is reported by id and the others are still exported; any
 * other failure (locked vault, backend down, a codes-only server) stops the export, since the file
 * would otherwise silently miss credentials.
 *
 * `list` leaves out rows too malformed to summarise, so `inspect` is asked for those ('FORMAT'): they
 * cannot be matched against the query, so they are reported whatever the query (except `ids`).
 * `limit`: more credentials than `max` are refused with its error before any is opened.
 */
export async function openCredentials(
  store: CredentialStore,
  query: CredentialQuery = {},
  limit?: { max: number; refuse: (count: number) => Error },
): Promise<OpenedCredentials> {
  const summaries = await store.list(query)
  // Checked before anything is opened (and audited as revealed): a file its readers would refuse.
  if (limit !== undefined && summaries.length > limit.max) throw limit.refuse(summaries.length)
  const credentials: Credential[] = []
  const unreadable: UnreadableRecord[] = []
  for (const summary of summaries) {
    try {
      credentials.push(await store.get(summary.id))
    } catch (error) {
      if (!isStorageError(error, 'UNREADABLE_RECORD')) throw error
      unreadable.push({ id: summary.id, reason: error.details.reason })
    }
  }
  const listed = new Set(summaries.map((summary) => summary.id))
  const wanted = query.ids === undefined ? undefined : new Set(query.ids)
  for (const record of (await store.inspect()).unreadable) {
    if (record.reason !== 'FORMAT' || listed.has(record.id)) continue
    if (wanted !== undefined && !wanted.has(record.id)) continue
    unreadable.push(record)
  }
  return { credentials, unreadable }
}

/** Overwrites the opened keys once written out: they should not linger in memory longer than needed. */
export function wipe(credentials: readonly Credential[]): void {
  for (const credential of credentials) credential.secret.fill(0)
}
