/**
 * React Query keys of a2f, scoped by tenant so two stores never share a cache entry. Hosts use them to
 * invalidate or prefetch: `queryClient.invalidateQueries({ queryKey: credentialKeys.all(store.tenant) })`.
 */
import type { CredentialQuery } from '@a2f/storage'

export const credentialKeys = {
  all: (tenant: string) => ['a2f', tenant] as const,
  lists: (tenant: string) => ['a2f', tenant, 'list'] as const,
  list: (tenant: string, query: CredentialQuery = {}) => ['a2f', tenant, 'list', query] as const,
  details: (tenant: string) => ['a2f', tenant, 'summary'] as const,
  detail: (tenant: string, id: string) => ['a2f', tenant, 'summary', id] as const,
}
