import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf, etagOf, type ApiClient } from '@/lib/api/client';
import type { CaseView, Versioned } from '../types';
import { caseKeys } from './query-keys';

/** A case as the API answers it, with the ETag to send in If-Match when changing it. */
export function versionedCase(result: { data?: CaseView; response: Response }): Versioned<CaseView> {
  const data = dataOf(result);
  return { data, etag: etagOf(result.response, data.version) };
}

export async function getCase(client: ApiClient, id: string, signal?: AbortSignal): Promise<Versioned<CaseView>> {
  return versionedCase(await client.GET('/api/v1/cases/{id}', { params: { path: { id } }, signal }));
}

export function getCaseQueryOptions(client: ApiClient, id: string) {
  return queryOptions({
    queryKey: caseKeys.detail(id),
    queryFn: ({ signal }) => getCase(client, id, signal),
  });
}

export function useCase(id: string) {
  return useQuery(getCaseQueryOptions(useApiClient(), id));
}
