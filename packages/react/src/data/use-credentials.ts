/**
 * Credential summaries (never secrets) through React Query: cached, shared between widgets, fetched again
 * when the store reports a change (see A2FProvider).
 *
 * @example
 * const { data: credentials = [], isPending, error } = useCredentials({ status: 'pending' })
 */
import type { CredentialQuery, CredentialSummary } from '@a2f/storage'
import { useQuery, type UseQueryResult } from '@tanstack/react-query'
import { useA2F } from '../provider/a2f-context.js'
import { credentialKeys } from './query-keys.js'

export function useCredentials(query: CredentialQuery = {}): UseQueryResult<CredentialSummary[]> {
  const { store } = useA2F()
  return useQuery({
    queryKey: credentialKeys.list(store.tenant, query),
    queryFn: () => store.list(query),
  })
}

/** One credential's summary (for edit forms); no secret is opened or audited. */
export function useCredential(id: string | undefined): UseQueryResult<CredentialSummary> {
  const { store } = useA2F()
  return useQuery({
    queryKey: credentialKeys.detail(store.tenant, id ?? ''),
    queryFn: () => store.getSummary(id as string),
    enabled: id !== undefined && id !== '',
  })
}
