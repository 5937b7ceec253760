import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf } from '@/lib/api/client';

/** The staff of the caller's organization, to pick whose actions to see (supervisors only; 503 while Keycloak is away). */
export function useAuditStaff(enabled: boolean) {
  const client = useApiClient();
  return useQuery({
    queryKey: ['audit', 'staff'],
    queryFn: async ({ signal }) =>
      dataOf(await client.GET('/api/v1/staff', { params: { query: { purpose: 'tickets' } }, signal })).items ?? [],
    enabled,
    staleTime: 5 * 60_000,
  });
}

/** The organization's cases whose number or person's name matches, to pick the record whose events to see. */
export function useAuditCaseSearch(q: string) {
  const client = useApiClient();
  const term = q.trim();
  return useQuery({
    queryKey: ['audit', 'case-search', term],
    queryFn: async ({ signal }) =>
      dataOf(await client.POST('/api/v1/cases/search', { body: { q: term, size: 10 }, signal })).items ?? [],
    enabled: term.length >= 3,
  });
}
