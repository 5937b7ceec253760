import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf, etagOf, type ApiClient } from '@/lib/api/client';
import type { Organization, Versioned } from '../types';
import { directoryKeys } from './query-keys';

export async function getOrganization(
  client: ApiClient,
  id: string,
  signal?: AbortSignal,
): Promise<Versioned<Organization>> {
  const result = await client.GET('/api/v1/organizations/{id}', { params: { path: { id } }, signal });
  const data = dataOf(result);
  return { data, etag: etagOf(result.response, data.version) };
}

export function getOrganizationQueryOptions(client: ApiClient, id: string) {
  return queryOptions({
    queryKey: directoryKeys.organization(id),
    queryFn: ({ signal }) => getOrganization(client, id, signal),
  });
}

export function useOrganization(id: string) {
  return useQuery(getOrganizationQueryOptions(useApiClient(), id));
}
