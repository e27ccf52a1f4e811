/**
 * Writing credentials through React Query. Updates and removals show at once (optimistic), roll back when
 * the store refuses, and a `ConflictError` (someone else changed the credential first) refetches, so the
 * user sees the other change and decides again: nothing is silently overwritten.
 *
 * @example
 * const update = useUpdateCredential()
 * update.mutate({ id, expectedVersion: credential.version, patch: { status: 'validated' } })
 * if (update.error) show(errorMessage(update.error))
 *
 * Secrets do not go through these hooks: React Query keeps a mutation's variables in its cache, where
 * devtools show them. Create a credential with its key, or re-key it, with `store.create`/`store.update`
 * directly (as the wizard and the grid's re-key dialog do), then invalidate `credentialKeys.lists(tenant)`.
 */
import type { CredentialPatch, CredentialSummary } from '@a2f/storage'
import { useMutation, useQueryClient, type QueryKey, type UseMutationResult } from '@tanstack/react-query'
import { useA2F } from '../provider/a2f-context.js'
import { applySummaryPatch } from './apply-summary-patch.js'
import { credentialKeys } from './query-keys.js'

export interface UpdateCredentialVariables {
  id: string
  patch: CredentialPatch
  /** The version the user saw. */
  expectedVersion: number
}

export interface RemoveCredentialVariables {
  id: string
  /** The version the user saw; omit to remove whatever the current version is. */
  expectedVersion?: number
}

/** Cache entries as they were before an optimistic change, to put back on failure. */
type Snapshot = [QueryKey, unknown][]

export function useUpdateCredential(): UseMutationResult<
  CredentialSummary,
  Error,
  UpdateCredentialVariables,
  Snapshot
> {
  const { store, clock } = useA2F()
  const client = useQueryClient()
  const tenant = store.tenant
  return useMutation({
    mutationFn: ({ id, patch, expectedVersion }: UpdateCredentialVariables) =>
      store.update(id, patch, { expectedVersion }),
    onMutate: async ({ id, patch }) => {
      const snapshot = await takeSnapshot(client, tenant)
      const change = (summary: CredentialSummary) =>
        summary.id === id ? applySummaryPatch(summary, patch, clock.now()) : summary
      client.setQueriesData<CredentialSummary[]>({ queryKey: credentialKeys.lists(tenant) }, (list) =>
        list?.map(change),
      )
      client.setQueryData<CredentialSummary>(credentialKeys.detail(tenant, id), (summary) =>
        summary ? change(summary) : summary,
      )
      return snapshot
    },
    onError: (_error, _variables, snapshot) => restore(client, snapshot),
    onSuccess: (updated) => {
      client.setQueryData(credentialKeys.detail(tenant, updated.id), updated)
    },
    // Always refetch: after a success to pick up the server's stamps, after a conflict to show the change
    // that won.
    onSettled: () => client.invalidateQueries({ queryKey: credentialKeys.all(tenant) }),
  })
}

export function useRemoveCredential(): UseMutationResult<void, Error, RemoveCredentialVariables, Snapshot> {
  const { store } = useA2F()
  const client = useQueryClient()
  const tenant = store.tenant
  return useMutation({
    mutationFn: ({ id, expectedVersion }: RemoveCredentialVariables) =>
      store.remove(id, expectedVersion === undefined ? {} : { expectedVersion }),
    onMutate: async ({ id }) => {
      const snapshot = await takeSnapshot(client, tenant)
      client.setQueriesData<CredentialSummary[]>({ queryKey: credentialKeys.lists(tenant) }, (list) =>
        list?.filter((summary) => summary.id !== id),
      )
      return snapshot
    },
    onError: (_error, _variables, snapshot) => restore(client, snapshot),
    onSuccess: (_result, { id }) => client.removeQueries({ queryKey: credentialKeys.detail(tenant, id) }),
    onSettled: () => client.invalidateQueries({ queryKey: credentialKeys.lists(tenant) }),
  })
}

async function takeSnapshot(client: ReturnType<typeof useQueryClient>, tenant: string): Promise<Snapshot> {
  // A list fetch in flight would overwrite the optimistic change with older data.
  await client.cancelQueries({ queryKey: credentialKeys.all(tenant) })
  return client.getQueriesData({ queryKey: credentialKeys.all(tenant) })
}

function restore(client: ReturnType<typeof useQueryClient>, snapshot: Snapshot | undefined): void {
  for (const [key, data] of snapshot ?? []) client.setQueryData(key, data)
}
