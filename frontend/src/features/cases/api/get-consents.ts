import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf, type ApiClient } from '@/lib/api/client';
import type { Consent } from '../types';
import { caseKeys } from './query-keys';

/** The case's consent ledger, active and withdrawn. */
export async function getConsents(client: ApiClient, id: string, signal?: AbortSignal): Promise<Consent[]> {
  const body = dataOf(await client.GET('/api/v1/cases/{caseId}/consents', { params: { path: { caseId: id } }, signal }));
  return body.items ?? [];
}

export function getConsentsQueryOptions(client: ApiClient, id: string) {
  return queryOptions({
    queryKey: caseKeys.consents(id),
    queryFn: ({ signal }) => getConsents(client, id, signal),
  });
}

export function useConsents(id: string) {
  return useQuery(getConsentsQueryOptions(useApiClient(), id));
}
